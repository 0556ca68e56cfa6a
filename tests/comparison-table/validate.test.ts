import { describe, expect, it } from "vitest";
import { validateComparisonTable } from "../../src/comparison-table/validate";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";

const reference = fixture.comparison;
const paths = (props: unknown) => validateComparisonTable(props).map((p) => p.path);
const columns = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `Column ${i}` }));

describe("validateComparisonTable", () => {
  it("accepts the reference content", () => {
    expect(validateComparisonTable(reference)).toEqual([]);
  });

  it("accepts every kind of value: text, numbers, yes/no, null and lists of items", () => {
    const rows = [{ label: "All", values: { c0: "text", c1: 3.5 } }, { label: "More", values: { c0: true, c1: null } }, { label: "List", values: { c0: ["a", { label: "b", href: "https://x.org" }] } }];
    expect(validateComparisonTable({ title: "T", columns: columns(2), rows })).toEqual([]);
  });

  it("asks for 2 to 6 columns", () => {
    const rows = [{ label: "Aspect", values: {} }];
    expect(validateComparisonTable({ title: "T", columns: columns(1), rows })).toEqual([{ path: "columns", message: "must have 2 to 6 entries, got 1" }]);
    expect(paths({ title: "T", columns: columns(7), rows })).toEqual(["columns"]);
    expect(paths({ title: "T", columns: columns(6), rows })).toEqual([]);
  });

  it("names duplicate column ids", () => {
    const problems = validateComparisonTable({ ...reference, columns: [{ id: "a", label: "A" }, { id: "a", label: "B" }] });
    expect(problems).toContainEqual({ path: "columns[1].id", message: 'duplicate id "a"' });
  });

  it("names a value keyed by an unknown column", () => {
    const rows = [{ label: "Aspect", values: { c0: "x", ghost: "y" } }];
    expect(validateComparisonTable({ title: "T", columns: columns(2), rows })).toEqual([{ path: "rows[0].values.ghost", message: 'unknown column id "ghost"' }]);
  });

  it("names values of unsupported types", () => {
    const rows = [{ label: "Aspect", values: { c0: { nested: true }, c1: Number.NaN } }, { label: "Empty", values: { c0: [], c1: [42] } }];
    expect(paths({ title: "T", columns: columns(2), rows })).toEqual(["rows[0].values.c0", "rows[0].values.c1", "rows[1].values.c0", "rows[1].values.c1[0]"]);
  });

  it("says when columns or rows are not arrays, and when there are no rows", () => {
    expect(validateComparisonTable({ title: "T", columns: "a,b", rows: {} })).toEqual([
      { path: "columns", message: "must be an array, got a string" },
      { path: "rows", message: "must be an array, got an object" },
    ]);
    expect(paths({ title: "T", columns: columns(2), rows: [] })).toEqual(["rows"]);
  });

  it("checks labels, row ids, the highlighted column and the locale", () => {
    const rows = [{ id: "r", label: "", values: {} }, { id: "r", label: "Two", values: "nope" }];
    expect(paths({ title: "", columns: columns(2), rows, highlightColumnId: "zzz", locale: "not a locale!" })).toEqual([
      "title",
      "rows[0].label",
      "rows[1].id",
      "rows[1].values",
      "highlightColumnId",
      "locale",
    ]);
  });

  it("rejects props that are not an object", () => {
    expect(paths(null)).toEqual(["props"]);
  });
});
