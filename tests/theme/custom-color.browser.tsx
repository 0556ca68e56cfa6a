import { cdp } from "vitest/browser";
import { BarComparison, type BarComparisonProps } from "../../src/bar-comparison";
import { ComparisonTable, type ComparisonTableProps } from "../../src/comparison-table";
import { LifecycleTimeline, type LifecycleTimelineProps } from "../../src/lifecycle-timeline";
import { parseCssColor } from "../../src/theme/css-color";
import { namedColorNames } from "../../src/theme/named-colors";
import { VennDiagram, type VennDiagramProps } from "../../src/venn";
import bars from "../../stories/fixtures/bar-comparison.json";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { clearStage, stage as show, staged } from "../browser/stage";
import { computedRgb, drawnContrast } from "./drawn-colors";

afterEach(async () => {
  clearStage();
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

const one = <T extends Element>(selector: string) => {
  const element = staged().querySelector<T>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element;
};
const figure = () => one(".ri-figure");

// Pale yellow disappears on white, navy on the dark background; orange and a custom property are ordinary cases.
const CASES = [
  ["#fff3a0", "light"],
  ["#fff3a0", "dark"],
  ["navy", "light"],
  ["navy", "dark"],
  ["rgb(255 140 0)", "light"],
  ["navy", "auto, the reader preferring dark"],
] as const;

describe.each(CASES)("the custom colour %s, %s theme", (color, themeCase) => {
  const theme: "light" | "dark" | "auto" = themeCase.startsWith("auto") ? "auto" : (themeCase as "light" | "dark");
  beforeEach(async () => {
    if (theme === "auto") await cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "prefers-color-scheme", value: "dark" }] });
  });

  it("Venn: the circle outline reaches 3:1 on the background and the items 4.5:1 on the set's area", async () => {
    const venn = fixture.venn as VennDiagramProps;
    await show(<VennDiagram {...venn} theme={theme} animation="none" sets={[{ ...venn.sets[0]!, color }, venn.sets[1]!]} />);
    expect(drawnContrast(one(".ri-venn-circle[data-set='0']"), "stroke", figure(), "background-color")).toBeGreaterThanOrEqual(3);
    const area = one(".ri-venn-region-fill[data-region='0']");
    const item = one(".ri-venn-region[data-region='0'] text");
    expect(drawnContrast(item, "fill", area, "fill")).toBeGreaterThanOrEqual(4.5);
  });

  it("Timeline: the lane bar's outline reaches 3:1 on the background and its label 4.5:1 on the bar", async () => {
    const timeline = fixture.timeline as LifecycleTimelineProps;
    const lanes = [{ ...timeline.lanes![0]!, color }, timeline.lanes![1]!];
    await show(<LifecycleTimeline {...timeline} lanes={lanes} theme={theme} animation="none" />);
    const bar = one("[data-lane] .ri-lt-bar:not([height='0'])");
    const label = one("[data-lane] .ri-lt-bar-label");
    expect(drawnContrast(bar, "stroke", figure(), "background-color")).toBeGreaterThanOrEqual(3);
    expect(drawnContrast(label, "fill", bar, "fill")).toBeGreaterThanOrEqual(4.5);
  });

  it("Table: the highlight outline, the header border and the Yes disc reach 3:1, the header text 4.5:1", async () => {
    const table = fixture.comparison as ComparisonTableProps;
    const columns = [{ ...table.columns[0]!, color }, table.columns[1]!];
    await show(<ComparisonTable {...table} columns={columns} highlightColumnId={columns[0]!.id} theme={theme} animation="none" />);
    expect(drawnContrast(one(".ri-ct-outline"), "stroke", figure(), "background-color")).toBeGreaterThanOrEqual(3);
    const header = one("[data-key='0:1'] > .ri-ct-cell-bg");
    expect(drawnContrast(header, "stroke", figure(), "background-color")).toBeGreaterThanOrEqual(3);
    expect(drawnContrast(one("[data-key='0:1'] .ri-ct-ink"), "fill", header, "fill")).toBeGreaterThanOrEqual(4.5);
    const disc = one(".ri-ct-yes-disc");
    const cell = disc.closest(".ri-ct-cell")!.querySelector(".ri-ct-cell-bg")!;
    expect(drawnContrast(disc, "fill", cell, "fill")).toBeGreaterThanOrEqual(3);
    expect(drawnContrast(disc, "fill", figure(), "background-color")).toBeGreaterThanOrEqual(3);
  });

  it("Bars: the series' bars and markers reach 3:1 on the background, a value inside its bar (narrow) 4.5:1 on its pill", async () => {
    const salaries = bars.salaries as BarComparisonProps;
    await show(<BarComparison {...salaries} series={[{ ...salaries.series[0]!, color }, salaries.series[1]!]} theme={theme} animation="none" />);
    const wide = ".ri-wide [data-series='0']";
    expect(drawnContrast(one(`${wide} .ri-bars-bar`), "fill", figure(), "background-color")).toBeGreaterThanOrEqual(3);
    expect(drawnContrast(one(`${wide} .ri-bars-value`).previousElementSibling!, "fill", figure(), "background-color")).toBeGreaterThanOrEqual(3);
    const pill = one(".ri-narrow .ri-bars-pill");
    expect(drawnContrast(pill.parentElement!.querySelector(".ri-bars-value")!, "fill", pill, "fill")).toBeGreaterThanOrEqual(4.5);
  });
});

describe("colour names", () => {
  it("of CSS 2.1 are all known, and read as Chromium reads them", () => {
    const probe = document.createElement("span");
    document.body.append(probe);
    const names = [...namedColorNames(), "grey", "Navy"];
    expect(names.length).toBe(17 + 2);
    for (const name of names) {
      probe.style.color = name;
      expect(parseCssColor(name), name).toEqual(computedRgb(getComputedStyle(probe).color));
    }
    probe.remove();
  });
});
