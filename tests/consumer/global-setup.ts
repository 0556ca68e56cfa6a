// Packs the package once for every consumer test (the tarball a user would install), and records what the built
// entries export so that checks of components not yet exported are skipped instead of failing mid-way.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";
import { COMPONENTS, LAYOUTS, VALIDATORS } from "./names";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the packed tarball. */
    tarball: string;
    /** Paths inside the tarball, without the `package/` prefix, sorted. */
    packedFiles: string[];
    /** Names exported at run time by dist/index.js and dist/layout.js. */
    indexExports: string[];
    layoutExports: string[];
  }
}

const root = resolve(import.meta.dirname, "../..");

/**
 * The names an entry exports at run time. When the entry cannot even be imported here, every public name is
 * assumed, so that the consumer tests run and show the real error instead of being skipped.
 */
function exportsOf(file: string, assumed: string[]): string[] {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(JSON.stringify(Object.keys(m).sort()));`;
  try {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return JSON.parse(out.trim().split("\n").at(-1) ?? "[]") as string[];
  } catch {
    return assumed;
  }
}

export default function setup(project: TestProject) {
  for (const entry of ["dist/index.js", "dist/layout.js"]) {
    if (!existsSync(join(root, entry))) throw new Error(`${entry} is missing: run \`npm run build\` before the consumer tests.`);
  }
  const dir = mkdtempSync(join(tmpdir(), "ri-pack-"));
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error(`npm pack printed no result: ${out}`);
  project.provide("tarball", join(dir, info.filename));
  project.provide("packedFiles", info.files.map((file) => file.path).sort());
  project.provide("indexExports", exportsOf(join(root, "dist/index.js"), [...COMPONENTS, ...VALIDATORS]));
  project.provide("layoutExports", exportsOf(join(root, "dist/layout.js"), [...LAYOUTS]));
  return () => rmSync(dir, { recursive: true, force: true });
}
