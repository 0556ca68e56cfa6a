// The embed script's share of the size budgets: builds it as `npm run build` does (vite.embed.config.ts, nothing
// written) and measures what a page pays, gzipped at level 9: the entry with its static imports (React included),
// then what each chunk loaded by import() adds (a kind, the motion code), shared chunks counted with it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const root = resolve(import.meta.dirname, "..");
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Chunks reachable from `start` by static imports, skipping those in `known`. */
function closure(start, byName, known = new Set()) {
  const found = new Set();
  const visit = (chunk) => {
    if (!chunk || found.has(chunk) || known.has(chunk)) return;
    found.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  visit(start);
  return found;
}

/** Sizes of the embed entry (and how much of it is React) and of each lazily loaded chunk. */
export async function measureEmbed() {
  const output = await build({ configFile: resolve(root, "vite.embed.config.ts"), root, logLevel: "silent", build: { write: false, emptyOutDir: false } });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === "chunk");
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entryChunks = closure(chunks.find((chunk) => chunk.isEntry), byName);
  const sum = (set) => [...set].reduce((total, chunk) => total + gzip(chunk.code), 0);
  const lazy = chunks
    .filter((chunk) => chunk.isDynamicEntry)
    .map((chunk) => ({ name: chunk.fileName.replace(/-[\w-]{8}\.js$/, ""), bytes: sum(closure(chunk, byName, entryChunks)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { entry: sum(entryChunks), react: await measureReactAlone(), lazy };
}

/** React and React DOM's client as the embed uses them, bundled and minified on their own: React's share of the entry. */
async function measureReactAlone() {
  // Inside the repository, so that React resolves from its node_modules.
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  const dir = mkdtempSync(join(root, "node_modules/.cache/ri-size-react-"));
  try {
    const entry = join(dir, "react.js");
    writeFileSync(entry, `import { Component, createElement } from "react";\nimport { createRoot, hydrateRoot } from "react-dom/client";\nwindow.__react = [Component, createElement, createRoot, hydrateRoot];\n`);
    const output = await build({
      configFile: false,
      logLevel: "silent",
      root,
      define: { "process.env.NODE_ENV": JSON.stringify("production") },
      build: { write: false, minify: true, modulePreload: false, rolldownOptions: { input: entry, output: { format: "es" } } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === "chunk");
    return chunks.reduce((total, chunk) => total + gzip(chunk.code), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
