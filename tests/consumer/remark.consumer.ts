// A static-site build in plain Node with the package installed: the remark plugin and the JSON Schemas by their
// published paths (react-infographics/remark, react-infographics/schemas/<kind>.json).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, repoRoot, runReport, type ConsumerProject } from "./harness";

interface Report {
  error: string | null;
  figures?: number;
  messages?: string[];
  mdxImports?: string[];
  failure?: string;
  schemaTitle?: string;
}

let project: ConsumerProject;
let report: Report;
let failure = "";

beforeAll(async () => {
  const site = ["unified", "remark-parse", "remark-rehype", "rehype-stringify", "vfile", "@mdx-js/mdx"];
  project = createConsumerProject("remark", { link: ["react", "react-dom", ...site] });
  project.write("article.md", article);
  project.fixture("node/remark-article.mjs");
  const ran = await runReport<Report>(project, "remark-article.mjs");
  // Without a report the first test fails on `failure`, which holds the script's output.
  [report, failure] = [ran.report as Report, ran.failure];
});
afterAll(() => project?.remove());

const article = readFileSync(`${repoRoot}/stories/showcase/article.md`, "utf8");
/** The kind of each fenced infographic block in the showcase article, in order. */
const articleKinds = [...article.matchAll(/^```([a-z]+(?:-[a-z]+)+)\s*$/gm)].map((match) => match[1]);
/** `stat-callouts` → `StatCallouts`. */
const componentName = (kind: string) => kind.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase());

describe("react-infographics/remark as installed", () => {
  it("turns every block of the showcase article into a figure in a Markdown pipeline", () => {
    expect(failure).toBe("");
    expect(report.error).toBeNull();
    expect(report).toMatchObject({ figures: articleKinds.length, messages: [] });
  });

  it("turns them into components imported from the package in MDX", () => {
    expect(report.mdxImports?.sort()).toEqual([...new Set(articleKinds.map((kind) => componentName(kind ?? "")))].sort().map((name) => `import {${name}} from "react-infographics";`));
  });

  it("stops a build on invalid content with the file, line and column", () => {
    expect(report.failure).toBe("bad.md:3:1: sets: must have 2 to 3 entries, got 0");
  });

  it("publishes the JSON Schema of a kind at react-infographics/schemas/<kind>.json", () => {
    expect(report.schemaTitle).toBe("VennDiagram content");
  });
});
