// `react-infographics render` as a writer uses it: the built command run in a shell-like child process.
import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { svgText } from "../../src/cli/svg-text";
import { reference, runCli, workFolder } from "./run-cli";

let work: ReturnType<typeof workFolder>;
beforeEach(() => {
  work = workFolder();
});
afterEach(() => work.remove());

const text = (file: string) => work.read(file).toString("utf8");
/** What a reader gets from a written SVG or HTML file: its text, entities decoded. */
const readable = (file: string) => svgText(text(file));

function writeReferenceContent() {
  work.write("content/venn.json", { kind: "venn-diagram", props: reference.venn });
  work.write("content/timeline.yaml", { kind: "lifecycle-timeline", props: reference.timeline });
  work.write("content/comparison.yml", { kind: "comparison-table", props: reference.comparison });
}

describe("react-infographics render, content that is right", () => {
  it("writes one SVG per content file, JSON and YAML alike, into the --out folder", async () => {
    writeReferenceContent();
    const run = await runCli(["render", "content/venn.json", "content/timeline.yaml", "content/comparison.yml", "--out", "pictures"], work.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(text("pictures/venn.svg")).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(readable("pictures/venn.svg")).toContain(reference.venn.title);
    expect(readable("pictures/timeline.svg")).toContain(reference.timeline.title);
    expect(readable("pictures/comparison.svg")).toContain(reference.comparison.title);
  });

  it("expands a quoted glob itself and prints a progress line per file on stderr", async () => {
    writeReferenceContent();
    const run = await runCli(["render", "content/*", "--out", "pictures"], work.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    const progress = run.stderr.split("\n").filter((line) => /^\[\d+\/3\] /.test(line));
    expect(progress).toEqual([
      `[1/3] content/comparison.yml -> pictures/comparison.svg`,
      `[2/3] content/timeline.yaml -> pictures/timeline.svg`,
      `[3/3] content/venn.json -> pictures/venn.svg`,
    ]);
  });

  it("writes a single content file to the --out file, in the format its extension names", async () => {
    writeReferenceContent();
    const html = await runCli(["render", "content/venn.json", "--out", "venn.html"], work.dir);
    expect(html.code, html.stderr).toBe(0);
    expect(text("venn.html").trim()).toMatch(/^<figure[\s>][\s\S]*<\/figure>$/);
    expect(readable("venn.html")).toContain(reference.venn.title);
    expect(html.stderr).toBe("");

    const svg = await runCli(["render", "content/timeline.yaml", "--out", "out/timeline-picture.svg"], work.dir);
    expect(svg.code, svg.stderr).toBe(0);
    expect(text("out/timeline-picture.svg")).toContain("<svg");
  });

  it("draws at the width and in the theme asked for", async () => {
    writeReferenceContent();
    const light = await runCli(["render", "content/comparison.yml", "--out", "light.svg", "--width", "480"], work.dir);
    const dark = await runCli(["render", "content/comparison.yml", "--out", "dark.svg", "--width", "480", "--theme", "dark"], work.dir);
    expect([light.code, dark.code], light.stderr + dark.stderr).toEqual([0, 0]);
    expect(text("light.svg")).toMatch(/<svg[^>]*\swidth="480(px)?"/);
    expect(text("dark.svg")).not.toBe(text("light.svg"));
  });
});

describe("react-infographics render, content that is wrong", () => {
  it("reports every problem as `file: path: message`, exits with 1, and still writes the valid file beside it", async () => {
    work.write("content/good.json", { kind: "venn-diagram", props: reference.venn });
    work.write("content/bad.yaml", { kind: "venn-diagram", props: { title: "", sets: [{ id: "a", label: "Design" }] } });
    const run = await runCli(["render", "content/good.json", "content/bad.yaml", "--out", "pictures"], work.dir);
    expect(run.code).toBe(1);
    const lines = run.stderr.split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^content\/bad\.yaml: props\.title: \S.*/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/bad\.yaml: props\.sets: \S.*/));
    expect(existsSync(work.path("pictures/good.svg"))).toBe(true);
    expect(existsSync(work.path("pictures/bad.svg"))).toBe(false);
  });

  it("names an unknown kind and lists the known ones", async () => {
    work.write("pie.json", { kind: "pie-chart", props: { title: "Shares" } });
    const run = await runCli(["render", "pie.json", "--out", "pie.svg"], work.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pie.json: kind: unknown kind "pie-chart"; known kinds: venn-diagram, lifecycle-timeline, comparison-table');
    expect(existsSync(work.path("pie.svg"))).toBe(false);
  });

  it("points at the line and column of a syntax error in YAML and in JSON", async () => {
    work.write("broken.yaml", "kind: venn-diagram\nprops:\n  title: a: b\n");
    work.write("missing-comma.json", '{\n  "kind": "venn-diagram"\n  "props": {}\n}\n');
    const run = await runCli(["render", "broken.yaml", "missing-comma.json", "--out", "pictures"], work.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^broken\.yaml: line 3, column \d+: not valid YAML: \S/m);
    expect(run.stderr).toMatch(/^missing-comma\.json: line 3, column 3: not valid JSON: \S/m);
  });

  it("never lets one content file overwrite the output of another with the same name", async () => {
    work.write("team-a/roles.json", { kind: "venn-diagram", props: reference.venn });
    work.write("team-b/roles.yaml", { kind: "venn-diagram", props: { ...reference.venn, title: "Second" } });
    const run = await runCli(["render", "team-a/roles.json", "team-b/roles.yaml", "--out", "pictures"], work.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("team-b/roles.yaml: not written: pictures/roles.svg is already the output of team-a/roles.json");
    expect(readable("pictures/roles.svg")).toContain(reference.venn.title);
  });

  it("says when a file or a glob names nothing", async () => {
    const run = await runCli(["render", "missing.json", "content/*.yaml", "--out", "pictures"], work.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("missing.json: no such file");
    expect(run.stderr).toContain("content/*.yaml: no file matches this pattern");
  });

  it("explains a wrong command line and exits with 1", async () => {
    writeReferenceContent();
    const format = await runCli(["render", "content/venn.json", "--out", "venn.gif", "--format", "gif"], work.dir);
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('--format must be one of svg, png, html, got "gif"');
    const out = await runCli(["render", "content/venn.json"], work.dir);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("--out is required");
    const width = await runCli(["render", "content/venn.json", "--out", "v.svg", "--width", "wide"], work.dir);
    expect(width.stderr).toContain('--width must be a positive whole number, got "wide"');
    const mismatch = await runCli(["render", "content/venn.json", "--out", "venn.svg", "--format", "png"], work.dir);
    expect(mismatch.stderr).toContain("--out venn.svg ends in .svg, but --format is png");
    const many = await runCli(["render", "content/*", "--out", "all.svg"], work.dir);
    expect(many.code).toBe(1);
    expect(many.stderr).toContain("--out all.svg names a file; several content files or a glob need a folder");
    expect(existsSync(work.path("venn.svg")) || existsSync(work.path("all.svg"))).toBe(false);
  });

  it("lists its options in --help", async () => {
    const run = await runCli(["render", "--help"], work.dir);
    expect(run.code).toBe(0);
    for (const option of ["--out", "--format", "--width", "--theme", "--scale"]) expect(run.stdout).toContain(option);
  });
});
