import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { validateVennDiagram } from "../../src/venn";

const reference = fixture.venn;
const paths = (props: unknown) => validateVennDiagram(props).map((p) => p.path);

describe("validateVennDiagram", () => {
  it("accepts the reference content", () => {
    expect(validateVennDiagram(reference)).toEqual([]);
  });

  it("refuses 1 set and 4 sets", () => {
    expect(validateVennDiagram({ ...reference, sets: [reference.sets[0]], overlaps: [] })).toEqual([{ path: "sets", message: "must have 2 to 3 entries, got 1" }]);
    const four = ["a", "b", "c", "d"].map((id) => ({ id, label: id }));
    expect(paths({ ...reference, sets: four, overlaps: [] })).toEqual(["sets"]);
  });

  it("names a duplicate set id by its path", () => {
    const problems = validateVennDiagram({ title: "T", sets: [{ id: "a", label: "A" }, { id: "a", label: "B" }] });
    expect(problems).toEqual([{ path: "sets[1].id", message: 'duplicate id "a"' }]);
  });

  it("refuses an overlap naming an unknown set, a single set, or a set twice", () => {
    const sets = [{ id: "a", label: "A" }, { id: "b", label: "B" }];
    expect(validateVennDiagram({ title: "T", sets, overlaps: [{ sets: ["a", "z"] }] })).toEqual([{ path: "overlaps[0].sets[1]", message: 'names no set: unknown id "z"' }]);
    expect(paths({ title: "T", sets, overlaps: [{ sets: ["a"] }] })).toEqual(["overlaps[0].sets"]);
    expect(paths({ title: "T", sets, overlaps: [{ sets: ["a", "a"] }] })).toEqual(["overlaps[0].sets[1]"]);
    expect(paths({ title: "T", sets, overlaps: [{ sets: ["a", "b"] }, { sets: ["b", "a"] }] })).toEqual(["overlaps[1].sets"]);
  });

  it("refuses an item that is neither a string nor an object with a label", () => {
    expect(paths({ title: "T", sets: [{ id: "a", label: "A", items: [42, { text: "x" }] }, { id: "b", label: "B" }] })).toEqual(["sets[0].items[0]", "sets[0].items[1].label"]);
  });

  it("refuses a colour that could break out of a style attribute", () => {
    const sets = (color: string) => [{ id: "a", label: "A", color }, { id: "b", label: "B" }];
    expect(paths({ title: "T", sets: sets("#0072b2") })).toEqual([]);
    expect(paths({ title: "T", sets: sets("oklch(70% 0.1 200)") })).toEqual([]);
    expect(paths({ title: "T", sets: sets("red;background:url(x)") })).toEqual(["sets[0].color"]);
  });

  it("refuses a missing title and props that are not an object", () => {
    expect(paths({ sets: reference.sets })).toEqual(["title"]);
    expect(paths(null)).toEqual(["props"]);
  });
});
