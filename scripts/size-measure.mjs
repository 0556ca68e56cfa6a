// What a consumer's app pays for first paint when it imports some of the package's components: bundles a small app
// that imports the built package (Vite, minified, React external) and gzips the entry chunk and everything it imports
// statically. Chunks loaded with import() (the motion code) are counted apart as lazy. Used by size-budget.mjs and the
// floor benchmark.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const dist = join(resolve(import.meta.dirname, ".."), "dist/index.js");

/** First-paint and lazy bytes (min + gzip) of an app importing `imports` (component names) from the built package. */
export async function measure(imports) {
  const dir = mkdtempSync(join(tmpdir(), "ri-size-"));
  try {
    const entry = join(dir, "app.js");
    // Keeping the components reachable from a global stops the bundler from dropping them as unused.
    writeFileSync(entry, `import { ${imports.join(", ")} } from "react-infographics";\nwindow.__components = [${imports.join(", ")}];\n`);
    const output = await build({
      configFile: false,
      logLevel: "silent",
      root: dir,
      resolve: { alias: { "react-infographics": dist } },
      build: {
        write: false,
        minify: true,
        modulePreload: false,
        rolldownOptions: { input: entry, external: (id) => /^react(-dom)?(\/|$)/.test(id), output: { format: "es" } },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === "chunk");
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const firstPaint = new Set();
    const visit = (chunk) => {
      if (!chunk || firstPaint.has(chunk)) return;
      firstPaint.add(chunk);
      chunk.imports.forEach((name) => visit(byName.get(name)));
    };
    visit(chunks.find((chunk) => chunk.isEntry));
    const gzip = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
    const initial = [...firstPaint].reduce((sum, chunk) => sum + gzip(chunk), 0);
    const lazy = chunks.filter((chunk) => !firstPaint.has(chunk)).reduce((sum, chunk) => sum + gzip(chunk), 0);
    return { initial, lazy };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
