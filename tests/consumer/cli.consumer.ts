// The command as a user gets it: `npm install` of the packed tarball in an empty folder (dependencies and React
// from npm's cache), then `npx react-infographics render`. The optional PNG renderer is not installed at first,
// so PNG export must say how to get it; after that install, PNG works.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodePng } from "../cli/png-pixels";
import { createConsumerProject, htmlText, readContent, repoRoot, run, type ConsumerProject, type RunResult } from "./harness";

const content = readContent();
let project: ConsumerProject;
let install: RunResult;

/** npm in the project, from the cache when it can; peer dependencies installed the way npm does by default. */
const npm = (args: string[]) =>
  run("npm", [...args, "--prefer-offline", "--no-audit", "--no-fund", "--legacy-peer-deps=false"], { cwd: project.dir, timeout: 240_000 });
const cli = (args: string[]) => run(project.path("node_modules/.bin/react-infographics"), ["render", ...args], { cwd: project.dir });

beforeAll(async () => {
  project = createConsumerProject("cli");
  project.write("content/roles.json", JSON.stringify({ kind: "venn-diagram", props: content.venn }));
  project.write("content/lifecycle.yaml", `kind: lifecycle-timeline\nprops: ${JSON.stringify(content.timeline)}\n`);
  install = await npm(["install", inject("tarball")]);
});
afterAll(() => project?.remove());

describe("npx react-infographics in a project that installed the tarball", () => {
  it("installs, with the command linked into node_modules/.bin", () => {
    expect(install.code, install.output).toBe(0);
    expect(existsSync(project.path("node_modules/.bin/react-infographics"))).toBe(true);
    expect(existsSync(project.path("node_modules/@resvg/resvg-js"))).toBe(false);
  });

  it("renders JSON and YAML content to SVG and HTML", async () => {
    const svg = await cli(["content/*", "--out", "svg"]);
    expect(svg.code, svg.output).toBe(0);
    expect(htmlText(readFileSync(project.path("svg/roles.svg"), "utf8"))).toContain(content.venn.title);
    expect(htmlText(readFileSync(project.path("svg/lifecycle.svg"), "utf8"))).toContain(content.timeline.title);
    const html = await cli(["content/roles.json", "--out", "roles.html"]);
    expect(html.code, html.output).toBe(0);
    expect(readFileSync(project.path("roles.html"), "utf8")).toContain("<figure");
  });

  it("says what to install for PNG while @resvg/resvg-js is missing, and exits with 1", async () => {
    const png = await cli(["content/roles.json", "--out", "roles.png"]);
    expect(png.code).toBe(1);
    expect(png.stderr.trim()).toBe("PNG export needs the optional package @resvg/resvg-js: npm install @resvg/resvg-js");
    expect(existsSync(project.path("roles.png"))).toBe(false);
  });

  it("renders PNG with the bundled font once @resvg/resvg-js is installed", async () => {
    const added = await npm(["install", "@resvg/resvg-js@2.6.2"]);
    expect(added.code, added.output).toBe(0);
    const png = await cli(["content/roles.json", "--out", "roles.png", "--width", "500"]);
    expect(png.code, png.output).toBe(0);
    expect(decodePng(readFileSync(project.path("roles.png"))).width).toBe(1000);
    expect(existsSync(project.path("node_modules/react-infographics/dist/fonts/OFL.txt"))).toBe(true);
  });

  it("runs the README's Export commands as written", async () => {
    const readme = readFileSync(`${repoRoot}/README.md`, "utf8");
    const example = /```yaml\n# roles\.yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    const commands = /```sh\n(npx react-infographics render[\s\S]*?)```/.exec(readme)?.[1]?.trim().split("\n");
    expect(example && commands?.length, "the README's Export section has the roles.yaml example and the commands").toBeTruthy();
    project.write("roles.yaml", example!);
    project.write("content/roles.yaml", example!);
    for (const command of commands!) {
      const result = await run("sh", ["-c", command], { cwd: project.dir });
      expect(result.code, `${command}\n${result.output}`).toBe(0);
    }
    expect(htmlText(readFileSync(project.path("roles.svg"), "utf8"))).toContain("Product manager vs. project manager");
    expect(decodePng(readFileSync(project.path("roles.png"))).width).toBe(1440);
    expect(readFileSync(project.path("figures/roles.html"), "utf8")).toContain("<figure");
  });
});
