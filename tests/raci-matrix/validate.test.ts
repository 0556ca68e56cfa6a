import { describe, expect, it } from "vitest";
import { validateRaciMatrix } from "../../src/raci-matrix";
import fixture from "../../stories/fixtures/raci-matrix.json";

const roles = [
  { id: "pm", label: "Product manager" },
  { id: "eng", label: "Engineering lead" },
];
const valid = { title: "Who does what", roles, tasks: [{ label: "Roadmap", assignments: { pm: ["R", "A"], eng: "C" } }] };
const paths = (props: unknown) => validateRaciMatrix(props).map((p) => `${p.path}: ${p.message}`);

describe("validateRaciMatrix", () => {
  it("accepts the reference content and a minimal matrix", () => {
    expect(validateRaciMatrix(fixture)).toEqual([]);
    expect(validateRaciMatrix(valid)).toEqual([]);
    expect(validateRaciMatrix({ ...valid, tasks: [{ label: "Nobody yet", assignments: {} }], legend: false })).toEqual([]);
  });

  it('names the key that holds a second "A", in the same role or another', () => {
    const tasks = (assignments: object) => [{ label: "A", assignments: {} }, { label: "B", assignments: {} }, { label: "C", assignments }];
    expect(paths({ ...valid, tasks: tasks({ pm: ["A", "A"] }) })).toEqual(['tasks[2].assignments.pm: more than one "A": only one role is accountable for a task']);
    expect(paths({ ...valid, tasks: tasks({ pm: "A", eng: ["R", "A"] }) })).toEqual(['tasks[2].assignments.eng: more than one "A": only one role is accountable for a task']);
  });

  it("names an assignment for no role, an unknown code and a code given twice", () => {
    expect(paths({ ...valid, tasks: [{ label: "X", assignments: { zz: "R" } }] })).toEqual(['tasks[0].assignments.zz: unknown role id "zz"']);
    expect(paths({ ...valid, tasks: [{ label: "X", assignments: { pm: "X", eng: ["R", "Q"] } }] })).toEqual([
      'tasks[0].assignments.pm: must be one of "R", "A", "C", "I", got "X"',
      'tasks[0].assignments.eng[1]: must be one of "R", "A", "C", "I", got "Q"',
    ]);
    expect(paths({ ...valid, tasks: [{ label: "X", assignments: { pm: ["C", "C"], eng: [] } }] })).toEqual([
      'tasks[0].assignments.pm[1]: duplicate code "C"',
      'tasks[0].assignments.eng: must list at least 1 code (leave the role out for "not involved")',
    ]);
  });

  it("checks the roles: 2 to 8, unique ids, labels and colours", () => {
    expect(paths({ ...valid, roles: roles.slice(0, 1), tasks: [{ label: "X", assignments: {} }] })).toEqual(["roles: must have 2 to 8 entries, got 1"]);
    const nine = Array.from({ length: 9 }, (_, i) => ({ id: `r${i}`, label: `Role ${i}` }));
    expect(paths({ ...valid, roles: nine, tasks: [{ label: "X", assignments: {} }] })).toEqual(["roles: must have 2 to 8 entries, got 9"]);
    expect(paths({ ...valid, roles: [...roles, { id: "pm", label: "Again", color: "url(x)" }] })).toEqual([
      'roles[2].color: must be a CSS colour such as "#0072b2" or "teal", got "url(x)"',
      'roles[2].id: duplicate id "pm"',
    ]);
  });

  it("checks the tasks: at least one, each with a label and assignments, ids unique", () => {
    expect(paths({ ...valid, tasks: [] })).toEqual(["tasks: must have at least 1 entries, got 0"]);
    expect(paths({ ...valid, tasks: [{ id: "t", label: "", assignments: [] }, { id: "t", label: "Y", assignments: {} }] })).toEqual([
      "tasks[0].label: must be a non-empty string, got an empty string",
      "tasks[0].assignments: must be an object keyed by role id, got an array",
      'tasks[1].id: duplicate id "t"',
    ]);
    expect(paths({ ...valid, legend: "yes" })).toEqual(["legend: must be true or false when given, got a string"]);
    expect(paths(null)).toEqual(["props: must be an object, got null"]);
  });
});
