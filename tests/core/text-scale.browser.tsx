import type { ReactNode } from "react";
import { ComparisonTable, computeComparisonTableLayout, type ComparisonTableProps } from "../../src/comparison-table";
import { computeVennLayout, VennDiagram, type VennDiagramProps } from "../../src/venn";
import { boxInRegion } from "../../src/venn/geometry";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { clearStage, stage } from "../browser/stage";
import { settle } from "../browser/waits";

/** A font about a sixth wider than the Arial-like metrics the layout estimates with. */
const WIDE_FONT = '"DejaVu Sans", Verdana, sans-serif';
const ARIAL = "Arial, 'Liberation Sans', sans-serif";
const venn = { ...(fixture.venn as VennDiagramProps), animation: "none" as const };
const table = { ...(fixture.comparison as ComparisonTableProps), animation: "none" as const };
const show = (node: ReactNode, fontFamily: string) => stage(node, `width: 1100px; font-family: ${fontFamily}`);

/** Resolves once the component has measured the loaded font and laid out again (two frames after fonts.ready). */
async function settled(): Promise<void> {
  await document.fonts.ready;
  await settle();
}

afterEach(clearStage);

/** The text of each drawn line matching `selector`. */
const drawnLines = (figure: Element, selector: string) => Array.from(figure.querySelectorAll(selector), (line) => (line.textContent ?? "").trim());

/** Items whose drawn text leaves its Venn region, in the picture's own coordinates. */
function itemsOutsideRegions(figure: Element): string[] {
  const circles = Array.from(figure.querySelectorAll<SVGCircleElement>(".ri-venn-circle")).map((c) => ({ cx: c.cx.baseVal.value, cy: c.cy.baseVal.value, r: c.r.baseVal.value }));
  const outside: string[] = [];
  for (const region of figure.querySelectorAll(".ri-venn-region")) {
    const members = region.getAttribute("data-region")!.split("-").map(Number);
    for (const text of region.querySelectorAll<SVGTextElement>(".ri-venn-item text")) {
      if (!boxInRegion(text.getBBox(), circles, members, 0)) outside.push(text.textContent ?? "");
    }
  }
  return outside;
}

/** Table texts whose drawn box leaves their cell. */
function textsOutsideCells(figure: Element): string[] {
  return Array.from(figure.querySelectorAll<SVGTextElement>(".ri-ct-cell text")).filter((text) => {
    const cell = text.closest(".ri-ct-cell")!.querySelector(".ri-ct-cell-bg")!.getBoundingClientRect();
    const box = text.getBoundingClientRect();
    return box.left < cell.left - 0.5 || box.right > cell.right + 0.5 || box.top < cell.top - 0.5 || box.bottom > cell.bottom + 0.5;
  }).map((text) => text.textContent ?? "");
}

describe("re-measuring the real font after it loads", () => {
  it("keeps every Venn item inside its region in a wide font", async () => {
    const figure = await show(<VennDiagram {...venn} />, WIDE_FONT);
    await settled();
    // Laid out again for the wider font: the items no longer break where the built-in metrics would break them.
    const estimated = computeVennLayout(venn).regions.flatMap((region) => region.items.flatMap((item) => item.lines.map((line) => line.text)));
    await vi.waitFor(() => expect(drawnLines(figure, ".ri-venn-item tspan, .ri-venn-item text:not(:has(tspan))")).not.toEqual(estimated), { timeout: 5000 });
    expect(itemsOutsideRegions(figure)).toEqual([]);
  });

  it("keeps every table text inside its cell in a wide font", async () => {
    const figure = await show(<ComparisonTable {...table} />, WIDE_FONT);
    await settled();
    // Laid out again for the wider font: more lines, so a taller table than the built-in metrics give.
    const estimated = computeComparisonTableLayout(table);
    await vi.waitFor(() => expect(figure.querySelector("svg")!.viewBox.baseVal.height).toBeGreaterThan(estimated.height), { timeout: 5000 });
    expect(textsOutsideCells(figure)).toEqual([]);
  });

  it("leaves the layout alone when the estimate already fits (Arial-like fonts)", async () => {
    const figure = await show(<VennDiagram {...venn} />, ARIAL);
    await settled();
    const expected = computeVennLayout(venn);
    expect(figure.querySelector("svg")!.getAttribute("viewBox")).toBe(`0 0 ${expected.width} ${expected.height}`);
    expect(itemsOutsideRegions(figure)).toEqual([]);
  });

  it("reads the width of each distinct line once, however often it appears", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ label: `Row ${i % 3}`, values: { product: "The what and the why", project: "The how" } }));
    const measure = vi.spyOn(SVGTextContentElement.prototype, "getComputedTextLength");
    await show(<ComparisonTable {...table} rows={rows} />, WIDE_FONT);
    await settled();
    await vi.waitFor(() => expect(measure).toHaveBeenCalled());
    const lines = new Set(measure.mock.contexts.map((line) => `${getComputedStyle((line as Element).parentElement!).fontSize}|${(line as Element).textContent}`));
    expect(measure.mock.calls.length).toBe(lines.size);
    expect(measure.mock.calls.length).toBeLessThan(20);
    measure.mockRestore();
  });
});
