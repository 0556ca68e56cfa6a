// Packs the package once for every consumer test: the tarball a user would install.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the packed tarball. */
    tarball: string;
    /** Paths inside the tarball, without the `package/` prefix, sorted. */
    packedFiles: string[];
  }
}

const root = resolve(import.meta.dirname, "../..");

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
  return () => rmSync(dir, { recursive: true, force: true });
}
