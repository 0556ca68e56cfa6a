// What `npm install react-infographics` puts on a user's disk: only the built package, complete and coherent.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

let dir = "";
let files: string[] = [];
const read = (file: string) => readFileSync(join(dir, file), "utf8");
const pkg = () => JSON.parse(read("package.json")) as Record<string, unknown> & { dependencies?: object; peerDependencies?: object; exports: unknown };

/** Module specifiers a JavaScript or declaration file imports or re-exports (the dist is unminified ESM). */
function specifiers(source: string): string[] {
  const found = new Set<string>();
  const patterns = [/\b(?:import|export)\s[^"';]*?\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}
const isRelative = (specifier: string) => specifier.startsWith("./") || specifier.startsWith("../");
const packageName = (specifier: string) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
const resolveIn = (from: string, specifier: string) => posix.normalize(posix.join(posix.dirname(from), specifier));

/** Every shipped JavaScript file reachable from an entry through static and dynamic imports, and the bare imports met. */
function importGraph(entry: string) {
  const modules = new Set<string>();
  const bare = new Map<string, string>();
  const visit = (file: string) => {
    if (modules.has(file) || !files.includes(file)) return;
    modules.add(file);
    for (const specifier of specifiers(read(file))) {
      if (isRelative(specifier)) visit(resolveIn(file, specifier));
      else if (!bare.has(specifier)) bare.set(specifier, file);
    }
  };
  visit(entry);
  return { modules, bare };
}

beforeAll(() => {
  files = inject("packedFiles");
  dir = mkdtempSync(join(tmpdir(), "ri-unpacked-"));
  const untar = spawnSync("tar", ["-xzf", inject("tarball"), "-C", dir, "--strip-components=1"], { encoding: "utf8" });
  if (untar.status !== 0) throw new Error(untar.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the packed tarball", () => {
  it("holds only dist/, README.md, LICENSE and package.json", () => {
    const extra = files.filter((file) => !file.startsWith("dist/") && !["README.md", "LICENSE", "package.json"].includes(file));
    expect(extra).toEqual([]);
    for (const file of ["README.md", "LICENSE", "package.json", "dist/index.js", "dist/index.d.ts", "dist/layout.js", "dist/layout.d.ts"]) {
      expect(files, `${file} is shipped`).toContain(file);
    }
  });

  it("ships no tests, stories, fixtures, screenshots or TypeScript sources", () => {
    const leaked = files.filter((file) =>
      /(\.(test|spec|ssr|browser|consumer|stories)\.|__screenshots__|\/fixtures\/|\.mdx$|\.tsx?$)/.test(file.replace(/\.d\.ts$/, ".d")),
    );
    expect(leaked).toEqual([]);
  });

  it("has no source map or declaration map pointing at a file that is not shipped", () => {
    const broken: string[] = [];
    for (const file of files.filter((name) => /\.(js|d\.ts|css)$/.test(name))) {
      for (const match of read(file).matchAll(/[#@]\s*sourceMappingURL=(\S+)/g)) {
        const target = match[1]!;
        if (target.startsWith("data:")) continue;
        if (!files.includes(resolveIn(file, target))) broken.push(`${file} -> ${target}`);
      }
    }
    for (const map of files.filter((name) => name.endsWith(".map"))) {
      const { sources = [], sourceRoot = "" } = JSON.parse(read(map)) as { sources?: string[]; sourceRoot?: string };
      for (const source of sources) {
        if (!files.includes(resolveIn(map, posix.join(sourceRoot, source)))) broken.push(`${map} -> ${source}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("ships every file package.json points at", () => {
    const targets: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === "string") targets.push(value);
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    const manifest = pkg();
    collect(manifest.exports);
    for (const field of ["main", "module", "types", "typings"]) collect(manifest[field]);
    const missing = targets.filter((target) => !target.includes("*") && !files.includes(posix.normalize(target)));
    expect(targets.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("has every relative import in dist/ resolve to a shipped file", () => {
    const unresolved: string[] = [];
    for (const file of files.filter((name) => name.endsWith(".js"))) {
      for (const specifier of specifiers(read(file)).filter(isRelative)) {
        if (!files.includes(resolveIn(file, specifier))) unresolved.push(`${file}: ${specifier}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it("imports only Node's built-in modules and packages it declares as dependencies or peer dependencies", () => {
    const manifest = pkg();
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    const undeclared: string[] = [];
    for (const file of files.filter((name) => name.endsWith(".js"))) {
      for (const specifier of specifiers(read(file)).filter((s) => !isRelative(s) && !s.startsWith("node:"))) {
        if (!declared.has(packageName(specifier))) undeclared.push(`${file}: ${specifier}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});

describe("the entries", () => {
  it('marks the React entry with "use client" on its first line, so a Next.js server component can import it', () => {
    expect(read("dist/index.js").split("\n")[0]?.trim()).toMatch(/^["']use client["'];?$/);
  });

  it('leaves "use client" off the headless layout entry', () => {
    expect(read("dist/layout.js")).not.toMatch(/^\s*["']use client["']/m);
  });

  it("ships the command as an executable script with the Arimo font and its licence", () => {
    const { bin } = pkg() as { bin?: Record<string, string> };
    expect(bin).toEqual({ "react-infographics": "./dist/cli.js" });
    expect(read("dist/cli.js").split("\n")[0]).toBe("#!/usr/bin/env node");
    for (const file of ["dist/fonts/Arimo-Regular.ttf", "dist/fonts/Arimo-Bold.ttf", "dist/fonts/OFL.txt"]) expect(files).toContain(file);
    expect(read("dist/fonts/OFL.txt")).toContain("SIL OPEN FONT LICENSE Version 1.1");
  });

  it("keeps react, react-dom and framer-motion out of everything the layout entry loads", () => {
    const { modules, bare } = importGraph("dist/layout.js");
    expect(modules.size).toBeGreaterThan(0);
    const forbidden = [...bare].filter(([specifier]) => ["react", "react-dom", "framer-motion", "motion"].includes(packageName(specifier)));
    expect(forbidden.map(([specifier, file]) => `${file} imports ${specifier}`)).toEqual([]);
  });

  it("keeps Node-only code (built-ins, file reading, YAML, PNG) out of everything the React and static entries load", () => {
    for (const entry of ["dist/index.js", "dist/static.js"]) {
      const { modules, bare } = importGraph(entry);
      expect(modules.size).toBeGreaterThan(0);
      const nodeOnly = [...bare].filter(([specifier]) =>
        specifier.startsWith("node:") || ["fs", "path", "yaml", "cac", "tinyglobby", "@resvg/resvg-js"].includes(packageName(specifier)),
      );
      expect(nodeOnly.map(([specifier, file]) => `${file} imports ${specifier}`)).toEqual([]);
      expect([...modules].filter((file) => file.startsWith("dist/cli")), `${entry} loads the command line's modules`).toEqual([]);
    }
  });
});
