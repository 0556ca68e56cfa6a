// A user who has not installed the optional @resvg/resvg-js. Here it is installed (a devDependency), so the run
// is given an importer that fails the way Node does for a missing package; the consumer test
// (tests/consumer/cli.consumer.ts) checks the same in a project where the package is really absent.
import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RenderRequest } from "../../src/cli/arguments";
import { renderFiles } from "../../src/cli/render-files";
import { reference, workFolder } from "./run-cli";

let work: ReturnType<typeof workFolder>;
beforeEach(() => {
  work = workFolder();
  work.write("venn.json", { kind: "venn-diagram", props: reference.venn });
});
afterEach(() => work.remove());

const missingResvg = () =>
  Promise.reject(Object.assign(new Error("Cannot find package '@resvg/resvg-js' imported from cli/png.js"), { code: "ERR_MODULE_NOT_FOUND" }));

async function run(format: RenderRequest["format"], out: string) {
  const lines: string[] = [];
  const request: RenderRequest = { inputs: [work.path("venn.json")], out: work.path(out), format, width: 720, theme: "light", scale: 2 };
  const code = await renderFiles(request, { report: (line) => lines.push(line), importResvg: missingResvg });
  return { code, lines };
}

describe("PNG export without @resvg/resvg-js installed", () => {
  it("says exactly what to install, writes nothing and exits with 1", async () => {
    const { code, lines } = await run("png", "venn.png");
    expect(code).toBe(1);
    expect(lines[0]).toBe("PNG export needs the optional package @resvg/resvg-js: npm install @resvg/resvg-js");
    expect(existsSync(work.path("venn.png"))).toBe(false);
  });

  it("still writes SVG and HTML", async () => {
    expect(await run("svg", "venn.svg")).toEqual({ code: 0, lines: [] });
    expect(await run("html", "venn.html")).toEqual({ code: 0, lines: [] });
    expect(work.read("venn.svg").toString()).toContain(reference.venn.title);
    expect(work.read("venn.html").toString()).toContain(reference.venn.title);
  });
});
