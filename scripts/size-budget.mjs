// Bundles small apps that import the built package the way a consumer would (Vite, minified, React external)
// and checks what each pays for first paint: the entry chunk and everything it imports statically, gzipped.
// Chunks loaded with import() (the motion code) are reported but do not count against first paint.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { measureEmbed } from "./size-embed.mjs";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist/index.js");
if (!existsSync(dist)) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}

const KB = 1000;
const scenarios = [
  { name: "VennDiagram", imports: ["VennDiagram"], budget: 15 * KB },
  { name: "LifecycleTimeline", imports: ["LifecycleTimeline"], budget: 15 * KB },
  { name: "ComparisonTable", imports: ["ComparisonTable"], budget: 15 * KB },
  { name: "CycleDiagram", imports: ["CycleDiagram"], budget: 15 * KB },
  { name: "all three", imports: ["VennDiagram", "LifecycleTimeline", "ComparisonTable"], budget: 30 * KB },
];

async function measure(imports) {
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

let failed = 0;
console.log("first paint, min + gzip, React external (lazy motion chunks listed apart)");
for (const scenario of scenarios) {
  const missing = [];
  const { initial, lazy } = await measure(scenario.imports).catch((error) => {
    missing.push(String(error.message ?? error).split("\n")[0]);
    return { initial: NaN, lazy: NaN };
  });
  const ok = initial <= scenario.budget;
  if (!ok) failed++;
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${scenario.name.padEnd(18)} ${kb(initial).padStart(8)} of ${kb(scenario.budget)}   lazy ${kb(lazy)}${missing.length ? `   (${missing[0]})` : ""}`,
  );
}
const EMBED_BUDGET = 75 * KB;
console.log("\nreact-infographics/embed, min + gzip, React and React DOM bundled in");
const embed = await measureEmbed();
const embedOk = embed.entry <= EMBED_BUDGET;
if (!embedOk) failed++;
const kB = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
console.log(
  `${embedOk ? "ok  " : "FAIL"} ${"embed entry".padEnd(18)} ${kB(embed.entry).padStart(8)} of ${kB(EMBED_BUDGET)}   (React and React DOM alone ${kB(embed.react)})`,
);
for (const chunk of embed.lazy) console.log(`     ${`+ ${chunk.name}`.padEnd(20)} ${kB(chunk.bytes).padStart(8)}   loaded when needed`);
if (failed > 0) {
  console.error(`${failed} size budget(s) exceeded`);
  process.exit(1);
}
