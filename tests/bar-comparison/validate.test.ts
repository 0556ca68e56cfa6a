import { describe, expect, it } from "vitest";
import { validateBarComparison } from "../../src/bar-comparison/validate";
import fixture from "../../stories/fixtures/bar-comparison.json";

const reference = fixture.salaries;
const paths = (props: unknown) => validateBarComparison(props).map((p) => p.path);
const series = (values: Record<string, unknown>) => [{ id: "s", label: "Series", values }];

describe("validateBarComparison", () => {
  it("accepts every fixture", () => {
    for (const [name, content] of Object.entries(fixture)) if (name !== "about") expect(validateBarComparison(content), name).toEqual([]);
  });

  it("names the key of a value that names no category", () => {
    const problems = validateBarComparison({ ...reference, series: [{ ...reference.series[0], values: { junior: 1, b: 2 } }] });
    expect(problems).toEqual([{ path: "series[0].values.b", message: 'names no category: unknown id "b"' }]);
  });

  it("refuses numbers that are not finite, and values that are not numbers or null", () => {
    expect(paths({ ...reference, series: series({ junior: Infinity, mid: Number.NaN, senior: "12", lead: null }) })).toEqual(["series[0].values.junior", "series[0].values.mid", "series[0].values.senior"]);
  });

  it("refuses duplicate ids of categories and series", () => {
    expect(paths({ ...reference, categories: [...reference.categories, reference.categories[0]] })).toEqual(["categories[4].id"]);
    expect(paths({ ...reference, series: [reference.series[0], reference.series[0]] })).toEqual(["series[1].id"]);
  });

  it("holds 1 to 12 categories and 1 to 4 series", () => {
    expect(paths({ ...reference, categories: [], series: series({}) })).toEqual(["categories"]);
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ id: `c${i}`, label: `C${i}` }));
    expect(paths({ ...reference, categories: thirteen, series: series({}) })).toEqual(["categories"]);
    expect(paths({ ...reference, series: [] })).toEqual(["series"]);
    const five = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, label: `S${i}`, values: {} }));
    expect(validateBarComparison({ ...reference, series: five })[0]).toEqual({ path: "series", message: "must have 1 to 4 entries, got 5" });
  });

  it("refuses a domain that is not [min, max] around zero and every value", () => {
    expect(validateBarComparison({ ...reference, domain: [10, 0] })[0]?.message).toMatch(/min must be less than max/);
    expect(validateBarComparison({ ...reference, domain: [1000, 200000] })[0]?.message).toMatch(/must include 0/);
    expect(validateBarComparison({ ...reference, domain: [0, 100000] })[0]?.message).toBe("must include every value: series[0].values.mid is 104000, outside [0, 100000]");
    expect(paths({ ...reference, domain: [0] })).toEqual(["domain"]);
    expect(validateBarComparison({ ...reference, domain: [0, 200000] })).toEqual([]);
  });

  it("refuses an invalid locale and a number format Intl rejects", () => {
    expect(paths({ ...reference, locale: "not a locale!" })).toEqual(["locale"]);
    expect(paths({ ...reference, valueFormat: { style: "currency" } })).toEqual(["valueFormat"]);
    expect(paths({ ...reference, valueFormat: "dollars" })).toEqual(["valueFormat"]);
  });

  it("checks labels, colours and showValues", () => {
    expect(paths({ ...reference, categories: [{ id: "junior", label: "" }], series: series({}), showValues: "yes" })).toEqual(["categories[0].label", "showValues"]);
    expect(paths({ ...reference, series: [{ id: "s", label: "S", color: "url(x)", values: {} }] })).toEqual(["series[0].color"]);
    expect(paths("bars")).toEqual(["props"]);
  });
});
