// Writes dist/schemas/<kind>.json for every kind in the registry, so that editors complete and check content files
// (`react-infographics/schemas/venn-diagram.json`). Runs after `vite build` and reads the registry from dist/, so
// that no kind is named here.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { schemasFor } from "./schema-from-types.mjs";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "dist/schemas");
const { KIND_NAMES, loadKind } = await import(join(root, "dist/kinds.js"));
const kinds = await Promise.all(KIND_NAMES.map(loadKind));
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(schemasFor(kinds))) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`dist/schemas/${name}.json`);
}
