import { describe, expect, it } from "vitest";
import { validateLifecycleTimeline } from "../../src/lifecycle-timeline";
import { reference } from "./fixture";

const paths = (props: unknown) => validateLifecycleTimeline(props).map((p) => `${p.path}: ${p.message}`);

describe("validateLifecycleTimeline", () => {
  it("accepts the reference content", () => {
    expect(validateLifecycleTimeline(reference)).toEqual([]);
  });

  it("names missing or empty stages", () => {
    expect(paths({ title: "T" })).toEqual([expect.stringMatching(/^stages: must be an array/)]);
    expect(paths({ title: "T", stages: [] })).toEqual(["stages: must have at least 1 entries, got 0"]);
    expect(paths({ title: "T", stages: [{ id: "a" }] })).toEqual([expect.stringMatching(/^stages\[0\].label: must be a non-empty string/)]);
  });

  it("names duplicate stage ids", () => {
    expect(paths({ title: "T", stages: [{ id: "a", label: "A" }, { id: "a", label: "B" }] })).toEqual(['stages[1].id: duplicate id "a"']);
  });

  it("names lane spans that point at unknown stages or run backwards", () => {
    const problems = paths({
      ...reference,
      lanes: [
        { id: "x", label: "X", spans: [{ from: "ideation", to: "lunch" }] },
        { id: "y", label: "Y", spans: [{ from: "launch", to: "planning" }] },
      ],
    });
    expect(problems).toEqual(['lanes[0].spans[0].to: names no stage: "lunch"', 'lanes[1].spans[0]: runs backwards: "launch" comes after "planning"']);
  });

  it("names an unknown active stage and wrong types", () => {
    expect(paths({ ...reference, activeStageId: "nope", orientation: "diagonal", loop: "yes", onActiveStageChange: 3 })).toEqual([
      'orientation: must be one of "auto", "horizontal", "vertical", got "diagonal"',
      "loop: must be true or false when given, got a string",
      'activeStageId: names no stage: "nope"',
      "onActiveStageChange: must be a function when given, got a number",
    ]);
    expect(paths(null)).toEqual(["props: must be an object, got null"]);
  });

  it("names duplicate lane ids and lanes without spans", () => {
    expect(paths({ ...reference, lanes: [{ id: "a", label: "A", spans: [] }, { id: "a", label: "B", spans: [{ from: "ideation", to: "ideation" }] }] })).toEqual([
      "lanes[0].spans: must have at least 1 entries, got 0",
      'lanes[1].id: duplicate id "a"',
    ]);
  });
});
