import { describe, expect, it } from "vitest";
import { QuadrantChart, type QuadrantChartProps } from "../../src/quadrant-chart";
import fixture from "../../stories/fixtures/quadrant-chart.json";
import { hydrateWithoutMismatch } from "../kinds/hydrate";

const reference = fixture.backlog as QuadrantChartProps;

describe("<QuadrantChart> hydration", () => {
  it("hydrates the server HTML without a mismatch: labels are placed the same on both sides", async () => {
    const container = await hydrateWithoutMismatch(<QuadrantChart {...reference} dir="rtl" />);
    expect(container.querySelector("figure")).toHaveAccessibleName(reference.title);
    container.remove();
  });
});
