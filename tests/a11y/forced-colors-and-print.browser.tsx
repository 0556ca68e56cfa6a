import { act } from "react";
import { cdp, userEvent } from "vitest/browser";
import { ComparisonTable, type ComparisonTableProps } from "../../src/comparison-table";
import { LifecycleTimeline, type LifecycleTimelineProps } from "../../src/lifecycle-timeline";
import { deriveCustomColor } from "../../src/theme/custom-color";
import { VennDiagram, type VennDiagramProps } from "../../src/venn";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { KIND_NAMES, loadKind } from "../../src/kinds";
import { clearStage, stage as show, staged } from "../browser/stage";
import { KIND_EXAMPLES } from "../kinds/examples";
import { computedRgb, drawnContrast } from "../theme/drawn-colors";

const venn = fixture.venn as VennDiagramProps;
const timeline = fixture.timeline as LifecycleTimelineProps;
const table = fixture.comparison as ComparisonTableProps;
const emulate = (media: string, features: { name: string; value: string }[] = []) => cdp().send("Emulation.setEmulatedMedia", { media, features });

afterEach(async () => {
  clearStage();
  await emulate("");
});

/** The colour a system colour keyword resolves to right now, read from a probe element. */
function systemColor(keyword: string): string {
  const probe = document.createElement("span");
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const one = (selector: string) => staged().querySelector(selector)!;
const rgbOf = (element: Element, property: "fill" | "stroke" | "color" | "background-color") => computedRgb(getComputedStyle(element).getPropertyValue(property));

describe("forced colours (high contrast)", () => {
  beforeEach(async () => {
    await emulate("", [{ name: "forced-colors", value: "active" }]);
    expect(matchMedia("(forced-colors: active)").matches).toBe(true);
  });

  it("draws every infographic in the reader's system colours, custom colours included, with outlines kept", async () => {
    await show(
      <>
        <VennDiagram {...venn} sets={[{ ...venn.sets[0]!, color: "#ffd166" }, venn.sets[1]!]} theme="dark" animation="none" />
        <LifecycleTimeline {...timeline} lanes={[{ ...timeline.lanes![0]!, color: "navy" }]} animation="none" />
        <ComparisonTable {...table} columns={[{ ...table.columns[0]!, color: "#ffd166" }, table.columns[1]!]} highlightColumnId="product" animation="none" />
      </>,
    );
    const text = computedRgb(systemColor("CanvasText"));
    const canvas = computedRgb(systemColor("Canvas"));
    const marks = [
      [one(".ri-venn-circle[data-set='0']"), "stroke"],
      [one(".ri-venn-circle[data-set='1']"), "stroke"],
      [one("[data-lane] .ri-lt-bar"), "stroke"],
      [one(".ri-ct-outline"), "stroke"],
      [one(".ri-ct-yes-disc"), "fill"],
      [one(".ri-ct-datacell > .ri-ct-cell-bg"), "stroke"],
    ] as const;
    for (const [element, property] of marks) expect(rgbOf(element, property), `${element.getAttribute("class")} ${property}`).toEqual(text);
    for (const figure of staged().querySelectorAll(".ri-figure")) expect(rgbOf(figure, "background-color")).toEqual(canvas);
    for (const label of staged().querySelectorAll(".ri-venn-item text, .ri-lt-bar-label, .ri-ct-ink")) expect(rgbOf(label, "fill")).toEqual(text);
  });

  it.each(KIND_NAMES)("writes every word of a %s in a system colour, on the system background", async (name) => {
    const { Component } = await loadKind(name);
    const props = KIND_EXAMPLES[name]!;
    await show(<Component {...props} title={props.title as string} theme="dark" animation="none" />);
    const allowed = ["CanvasText", "LinkText", "GrayText", "HighlightText", "Highlight"].map((keyword) => computedRgb(systemColor(keyword)));
    const wide = one(".ri-figure");
    expect(rgbOf(wide, "background-color")).toEqual(computedRgb(systemColor("Canvas")));
    const words = [...wide.querySelectorAll("svg text")].filter((text) => text.getClientRects().length > 0 && text.textContent!.trim());
    expect(words.length, "visible SVG text").toBeGreaterThan(0);
    for (const text of words) expect(allowed, `"${text.textContent}" fill`).toContainEqual(rgbOf(text, "fill"));
    const html = [...wide.querySelectorAll(".ri-title, .ri-description, .ri-source, li, td, th")].filter((element) => element.getClientRects().length > 0);
    for (const element of html) expect(allowed, `"${element.textContent}" colour`).toContainEqual(rgbOf(element, "color"));
  });

  it("shows the focus ring in the Highlight colour", async () => {
    await show(<VennDiagram {...venn} animation="none" />);
    await act(() => userEvent.tab());
    const ring = one(".ri-venn-region[data-region='0'] > .ri-focus-ring");
    expect(getComputedStyle(ring).visibility).toBe("visible");
    expect(rgbOf(ring, "stroke")).toEqual(computedRgb(systemColor("Highlight")));
  });
});

describe("print", () => {
  beforeEach(async () => {
    await emulate("print");
    expect(matchMedia("print").matches).toBe(true);
  });

  it("prints a dark-themed figure in light colours, custom colours in their light versions", async () => {
    await show(<VennDiagram {...venn} sets={[{ ...venn.sets[0]!, color: "#ffd166" }, venn.sets[1]!]} theme="dark" animation="none" />);
    expect(getComputedStyle(one(".ri-figure")).backgroundColor).toBe("rgb(255, 255, 255)");
    expect(rgbOf(one(".ri-title"), "color")).toEqual(computedRgb("#1b1d22"));
    expect(rgbOf(one(".ri-venn-circle[data-set='0']"), "stroke")).toEqual(computedRgb(deriveCustomColor("#ffd166", "light")!.stroke));
    expect(drawnContrast(one(".ri-venn-circle[data-set='1']"), "stroke", one(".ri-figure"), "background-color")).toBeGreaterThanOrEqual(3);
  });

  it("hides the keyboard hint and focus ring and dims nothing, even with keyboard focus in the figure", async () => {
    await show(<VennDiagram {...venn} animation="none" />);
    await act(() => userEvent.tab());
    expect(one(".ri-venn-region[data-region='0']").getAttribute("data-state")).toBe("active");
    expect(getComputedStyle(one(".ri-keyboard-hint")).display).toBe("none");
    expect(getComputedStyle(one(".ri-venn-region[data-region='0'] > .ri-focus-ring")).display).toBe("none");
    for (const fill of staged().querySelectorAll(".ri-venn-region-fill")) expect(getComputedStyle(fill).opacity).toBe("1");
  });

  it("prints every element of a figure still waiting for its entrance", async () => {
    // Far below the fold, the on-view entrance has hidden its elements and waits for the reader to scroll.
    const spacer = document.createElement("div");
    spacer.style.height = "3000px";
    document.body.prepend(spacer);
    try {
      await show(<ComparisonTable {...table} animation="on-view" />);
      const waiting = staged().querySelectorAll<SVGElement>("[data-ri-enter]");
      expect([...waiting].some((element) => element.style.opacity === "0")).toBe(true);
      for (const element of waiting) expect(getComputedStyle(element).opacity).toBe("1");
    } finally {
      spacer.remove();
    }
  });
});
