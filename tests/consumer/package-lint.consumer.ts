// The two linters npm users and tooling authors rely on, run on the packed tarball exactly as published.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { repoModules, repoRoot, run } from "./harness";

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
  resolutionOption?: string;
  fileName?: string;
  moduleSpecifier?: string;
  /** 1: resolved from CommonJS, 99: from ESM. */
  resolutionMode?: number;
}

describe("package linters", () => {
  it("publint (strict, every level down to suggestions) reports nothing", async () => {
    const result = await run(process.execPath, [`${repoModules}/publint/src/cli.js`, "run", inject("tarball"), "--strict", "--level", "suggestion"], {
      cwd: repoRoot,
    });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("All good");
  });

  it("Are the Types Wrong (ESM-only profile) finds no problem with the types of any entry", async () => {
    const result = await run(
      process.execPath,
      [`${repoModules}/@arethetypeswrong/cli/dist/index.js`, inject("tarball"), "--profile", "esm-only", "--no-definitely-typed", "--format", "json"],
      { cwd: repoRoot },
    );
    const report = JSON.parse(result.stdout) as { analysis: { entrypoints: object; problems: AttwProblem[] } };
    // The ESM-only profile ignores CommonJS (node16-cjs) and node10 consumers; every other problem counts.
    const ignored = new Set(["node10", "node16-cjs"]);
    const problems = report.analysis.problems
      .filter((p) => !ignored.has(p.resolutionKind ?? "") && p.resolutionOption !== "node10" && p.resolutionMode !== 1)
      .map((p) => [p.kind, p.resolutionKind ?? p.resolutionOption, p.entrypoint ?? p.fileName?.replace(/^\/node_modules\//, ""), p.moduleSpecifier].filter(Boolean).join(" "));
    const declared = Object.keys((JSON.parse(readFileSync(`${repoRoot}/package.json`, "utf8")) as { exports: object }).exports);
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(declared.sort());
    expect(problems).toEqual([]);
    expect(result.code, result.stderr).toBe(0);
  });
});
