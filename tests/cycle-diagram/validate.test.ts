import { describe, expect, it } from "vitest";
import { validateCycleDiagram } from "../../src/cycle-diagram";
import { cycleTarget } from "../../src/cycle-diagram/cycle-navigation";
import fixture from "../../stories/fixtures/cycle-diagram.json";

const paths = (props: unknown) => validateCycleDiagram(props).map((problem) => `${problem.path}: ${problem.message}`);
const steps = [
  { id: "plan", label: "Plan" },
  { id: "do", label: "Do" },
];

describe("validateCycleDiagram", () => {
  it("accepts every fixture", () => {
    for (const props of Object.values(fixture)) expect(paths(props)).toEqual([]);
  });

  it("needs two to eight steps", () => {
    expect(paths({ title: "T", steps: [steps[0]] })).toEqual(["steps: must have 2 to 8 entries, got 1"]);
    const nine = Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, label: `Step ${i}` }));
    expect(paths({ title: "T", steps: nine })).toEqual(["steps: must have 2 to 8 entries, got 9"]);
    expect(paths({ title: "T" })).toEqual(["steps: must be an array, got undefined"]);
  });

  it("names the step with an empty label, a duplicate id or bad items", () => {
    const problems = paths({
      title: "T",
      steps: [{ id: "a", label: " " }, { id: "a", label: "B", items: [""] }, "c"],
    });
    expect(problems).toContain("steps[0].label: must be a non-empty string, got an empty string");
    expect(problems).toContain('steps[1].id: duplicate id "a"');
    expect(problems).toContain("steps[1].items[0]: must not be an empty string");
    expect(problems).toContain("steps[2]: must be an object with an id and a label, got a string");
  });

  it("refuses an active step that names no step, and a callback that is no function", () => {
    expect(paths({ title: "T", steps, activeStepId: "act", defaultActiveStepId: "check", onActiveStepChange: "go", centerLabel: 3 })).toEqual([
      "centerLabel: must be a string when given, got a number",
      'activeStepId: names no step: "act"',
      'defaultActiveStepId: names no step: "check"',
      "onActiveStepChange: must be a function when given, got a string",
    ]);
  });

  it("refuses what is not an object", () => {
    expect(paths(null)).toEqual(["props: must be an object, got null"]);
  });
});

describe("arrow keys round the cycle", () => {
  it("wrap from the last step to the first and back, mirrored in RTL", () => {
    expect(cycleTarget("ArrowRight", 3, 4, false)).toBe(0);
    expect(cycleTarget("ArrowDown", 3, 4, false)).toBe(0);
    expect(cycleTarget("ArrowLeft", 0, 4, false)).toBe(3);
    expect(cycleTarget("ArrowUp", 0, 4, false)).toBe(3);
    expect(cycleTarget("ArrowLeft", 3, 4, true)).toBe(0);
    expect(cycleTarget("ArrowRight", 1, 4, false)).toBe(2);
    expect(cycleTarget("Home", 2, 4, false)).toBe(0);
    expect(cycleTarget("End", 0, 4, false)).toBe(3);
    expect(cycleTarget("x", 0, 4, false)).toBeUndefined();
  });
});
