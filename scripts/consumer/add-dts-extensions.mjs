// Runs after `npm run build` (the "postbuild" script). tsc writes the declaration files with the extensionless
// relative imports of the sources ("./core/types"), which TypeScript consumers on moduleResolution "node16" or
// "nodenext" cannot resolve: every type turns into an error or `any`. This gives each relative specifier in
// dist/**/*.d.ts the file it names, as Node's ESM resolution requires ("./core/types.js", "./venn/index.js").
// Idempotent; checked by tests/consumer (attw on the tarball, and a strict node16 consumer project).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const dist = resolve(import.meta.dirname, "../../dist");
if (!existsSync(dist)) {
  console.error("dist/ is missing: run the build first.");
  process.exit(1);
}

const declarations = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".d.ts"));
const specifier = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*)\2/g;
let rewritten = 0;
for (const file of declarations) {
  const path = join(dist, file);
  const source = readFileSync(path, "utf8");
  const output = source.replace(specifier, (match, lead, quote, target) => {
    if (/\.(js|mjs|cjs|json)$/.test(target)) return match;
    const base = resolve(dirname(path), target);
    const replacement = existsSync(`${base}.d.ts`) ? `${target}.js` : existsSync(join(base, "index.d.ts")) ? `${target}/index.js` : null;
    if (!replacement) return match;
    rewritten++;
    return `${lead}${quote}${replacement}${quote}`;
  });
  if (output !== source) writeFileSync(path, output);
}
console.log(`declaration imports: ${rewritten} relative specifier(s) given their .js file in ${declarations.length} file(s)`);
