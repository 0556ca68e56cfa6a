// A build script or CMS with no React installed: the headless entry must load and lay out content in plain Node.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KIND_NAMES } from "../../src/kinds";
import { KIND_EXAMPLES } from "../kinds/examples";
import { contentFile, createConsumerProject, LAYOUTS, readContent, runReport, VALIDATORS, type ConsumerProject } from "./harness";

interface Report {
  reactResolvable: boolean;
  exports: string[];
  layouts: Record<string, { type: string; width?: unknown; height?: unknown; text: string }>;
  wrapped?: string[];
  validation?: Record<string, { valid: unknown[]; invalid: { path: string; message: string }[] }>;
  kinds?: Record<string, { width?: number; height?: number; problems?: unknown[]; error?: string }>;
  error: string | null;
}

const content = readContent();
/** `stat-callouts` → `StatCallouts`. */
const componentName = (kind: string) => kind.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase());
let project: ConsumerProject;
let report: Report;
let failure = "";

beforeAll(async () => {
  // The package's own dependencies are installed (as npm does), its peer dependencies React and React DOM are not.
  project = createConsumerProject("no-react");
  project.write("content.json", readFileSync(contentFile, "utf8"));
  project.write("examples.json", JSON.stringify(Object.fromEntries(KIND_NAMES.map((name) => [componentName(name), KIND_EXAMPLES[name]]))));
  project.fixture("node/layout-without-react.mjs");
  const ran = await runReport<Report>(project, "layout-without-react.mjs");
  // Without a report the first test fails on `failure`, which holds the script's output.
  [report, failure] = [ran.report as Report, ran.failure];
});
afterAll(() => project?.remove());

describe("react-infographics/layout in plain Node without React", () => {
  it("runs in a project where React cannot be resolved", () => {
    expect(failure).toBe("");
    expect(report.reactResolvable).toBe(false);
  });

  it("imports without error", () => {
    expect(report.error).toBeNull();
    expect(report.exports).toEqual(expect.arrayContaining(["measureTextWidth", "wrapText"]));
    expect(report.wrapped?.join(" ")).toBe(content.venn.title);
  });

  it.for(LAYOUTS.map((name) => [name] as const))("lays out the reference content with %s", ([name]) => {
    const layout = report.layouts[name];
    expect(layout?.type).toBe("object");
    expect(Number(layout?.width)).toBeGreaterThan(0);
    expect(Number(layout?.height)).toBeGreaterThan(0);
  });

  it("places every item of the reference Venn diagram in the layout", () => {
    const items = [...content.venn.sets, ...(content.venn.overlaps ?? [])].flatMap((group) => group.items ?? []);
    const labels = items.map((item) => (typeof item === "string" ? item : item.label));
    const text = report.layouts.computeVennLayout?.text ?? "";
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.filter((label) => !text.includes(JSON.stringify(label).slice(1, -1)))).toEqual([]);
  });

  it.for(VALIDATORS.map((name) => [name] as const))("checks content with %s: the reference passes, a broken copy gets paths and messages", ([name]) => {
    const outcome = report.validation?.[name];
    expect(outcome?.valid).toEqual([]);
    expect(outcome?.invalid.length).toBeGreaterThan(0);
    for (const problem of outcome?.invalid ?? []) {
      expect(typeof problem.path).toBe("string");
      expect(problem.message).toMatch(/\w/);
    }
  });

  it.for(KIND_NAMES.map((name) => [componentName(name)] as const))("lays out and validates the registry example of the %s", ([name]) => {
    const outcome = report.kinds?.[name];
    expect(outcome?.error ?? null).toBeNull();
    expect(outcome?.problems).toEqual([]);
    expect(outcome?.width).toBeGreaterThan(0);
    expect(outcome?.height).toBeGreaterThan(0);
  });

  it("exports computeVennLayout, computeLifecycleTimelineLayout and computeComparisonTableLayout", () => {
    expect(report.exports).toEqual(expect.arrayContaining([...LAYOUTS]));
  });
});
