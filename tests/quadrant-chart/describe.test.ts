import fixture from "../../stories/fixtures/quadrant-chart.json";
import { itemWords, quadrantListName, quadrantName, quadrantOf } from "../../src/quadrant-chart/describe";

const axes = { xAxis: fixture.backlog.xAxis, yAxis: fixture.backlog.yAxis };

describe("quadrant words", () => {
  it("names a quadrant from the axis ends, y first, when the author gave no name", () => {
    expect(quadrantName("topLeft", axes)).toBe("High impact, low effort");
    expect(quadrantName("bottomRight", axes)).toBe("Low impact, high effort");
    expect(quadrantName("topLeft", { ...axes, quadrants: { topLeft: "Quick wins" } })).toBe("Quick wins");
  });

  it("keeps abbreviations as written", () => {
    expect(quadrantName("topRight", { xAxis: { label: "Cost", low: "Low", high: "High" }, yAxis: { label: "ROI", low: "Low", high: "High" } })).toBe("High ROI, high cost");
  });

  it("says where an item sits: 'Ship onboarding checklist — effort low (0.2), impact high (0.9)'", () => {
    expect(itemWords({ label: "Ship onboarding checklist", x: 0.2, y: 0.9 }, axes)).toBe("Ship onboarding checklist — effort low (0.2), impact high (0.9)");
  });

  it("puts a point on a middle line on the high side", () => {
    expect(quadrantOf(0.5, 0.5)).toBe("topRight");
    expect(quadrantOf(0.49, 0.5)).toBe("topLeft");
    expect(quadrantOf(0.5, 0.49)).toBe("bottomRight");
  });

  it("names an author-named quadrant's list with where it lies", () => {
    expect(quadrantListName({ name: "Quick wins", named: true, derived: "High impact, low effort" })).toBe("Quick wins (high impact, low effort)");
    expect(quadrantListName({ name: "High impact, low effort", named: false, derived: "High impact, low effort" })).toBe("High impact, low effort");
  });
});
