import { describe, expect, it } from "vitest";
import { BarComparison, type BarComparisonProps } from "../../src/bar-comparison";
import fixture from "../../stories/fixtures/bar-comparison.json";
import { hydrateWithoutMismatch } from "../kinds/hydrate";

describe("<BarComparison> hydration", () => {
  it.each([
    ["salaries in en-US", fixture.salaries],
    ["euros in de-DE, right to left", { ...fixture.german, dir: "rtl" }],
    ["missing values", fixture.missing],
  ])("hydrates the server HTML without a mismatch: %s", async (_name, content) => {
    const container = await hydrateWithoutMismatch(<BarComparison {...(content as BarComparisonProps)} />);
    expect(container.querySelector("figure")).toHaveAccessibleName(content.title);
    container.remove();
  });
});
