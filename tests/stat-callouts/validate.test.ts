import { describe, expect, it } from "vitest";
import { validateStatCallouts } from "../../src/stat-callouts";
import type { StatCalloutsProps } from "../../src/stat-callouts";
import fixture from "../../stories/fixtures/stat-callouts.json";

const reference = fixture.reference as StatCalloutsProps;
const withStats = (stats: unknown[], extra: Record<string, unknown> = {}) => ({ ...reference, stats, ...extra });
const stat = { value: 3, label: "releases a quarter" };

describe("validateStatCallouts", () => {
  it("accepts the reference content", () => {
    expect(validateStatCallouts(reference)).toEqual([]);
  });

  it("names the path of a share outside 0 to 1", () => {
    expect(validateStatCallouts(withStats([stat, { value: 1.4, share: true, label: "of teams" }]))).toEqual([
      { path: "stats[1].value", message: "a share must be between 0 and 1, got 1.4" },
    ]);
  });

  it("refuses numbers that are not finite, and values that are not numbers", () => {
    const problems = validateStatCallouts(withStats([{ value: Number.NaN, label: "a" }, { value: Infinity, label: "b" }, { value: "12", label: "c" }]));
    expect(problems.map((p) => p.path)).toEqual(["stats[0].value", "stats[1].value", "stats[2].value"]);
    expect(problems[0]!.message).toMatch(/finite number, got NaN/);
    expect(problems[1]!.message).toMatch(/finite number, got Infinity/);
    expect(problems[2]!.message).toMatch(/must be a number, got a string/);
  });

  it("takes 1 to 6 stats", () => {
    expect(validateStatCallouts(withStats([]))).toEqual([{ path: "stats", message: "must have 1 to 6 entries, got 0" }]);
    expect(validateStatCallouts(withStats(Array.from({ length: 7 }, () => stat)))).toEqual([{ path: "stats", message: "must have 1 to 6 entries, got 7" }]);
    expect(validateStatCallouts({ ...reference, stats: undefined })).toEqual([{ path: "stats", message: "must be an array, got undefined" }]);
  });

  it("names a duplicate id with the first stat that has it", () => {
    expect(validateStatCallouts(withStats([{ ...stat, id: "x" }, stat, { ...stat, id: "x" }]))).toEqual([
      { path: "stats[2].id", message: 'duplicate id "x" (also stats[0])' },
    ]);
  });

  it("refuses an invalid locale and a number format Intl cannot use", () => {
    expect(validateStatCallouts({ ...reference, locale: "not a locale!" })).toEqual([
      { path: "locale", message: 'must be a valid BCP 47 locale such as "en-US", got "not a locale!"' },
    ]);
    const problems = validateStatCallouts(withStats([{ ...stat, format: { style: "currency" } }, { ...stat, format: "percent" }]));
    expect(problems.map((p) => p.path)).toEqual(["stats[0].format", "stats[1].format"]);
    expect(problems[0]!.message).toMatch(/^is not a valid number format: .*currency/i);
  });

  it("needs a label and a boolean share", () => {
    expect(validateStatCallouts(withStats([{ value: 1, label: " ", share: "yes" }, 4]))).toEqual([
      { path: "stats[0].share", message: "must be true or false when given, got a string" },
      { path: "stats[0].label", message: "must be a non-empty string, got an empty string" },
      { path: "stats[1]", message: "must be an object with a value and a label, got a number" },
    ]);
  });
});
