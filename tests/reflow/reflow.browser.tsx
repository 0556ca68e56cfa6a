import type { ReactNode } from "react";
import { page } from "vitest/browser";
import { BarComparison } from "../../src/bar-comparison";
import { ComparisonTable } from "../../src/comparison-table";
import { CycleDiagram } from "../../src/cycle-diagram";
import { LifecycleTimeline } from "../../src/lifecycle-timeline";
import { StatCallouts } from "../../src/stat-callouts";
import { VennDiagram } from "../../src/venn";
import { clearStage, stage } from "../browser/stage";
import { bars, cycle, raci, stats, table, timeline, venn } from "./content";
import { RaciMatrix } from "../../src/raci-matrix";
import { settle } from "../browser/waits";

async function show(node: ReactNode, width?: number): Promise<HTMLElement> {
  const host = await stage(node, `${width ? `width: ${width}px; ` : ""}font-family: Arial, 'Liberation Sans', sans-serif`);
  await document.fonts.ready;
  // Components that measure their container lay out again after one ResizeObserver round: wait for the frame after it.
  await settle();
  return host;
}

afterEach(clearStage);

type Rect = Pick<DOMRect, "left" | "right" | "top" | "bottom">;
// Text clipped to nothing (read by assistive technology, never drawn) is not shown.
const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden" && getComputedStyle(element).clipPath !== "inset(50%)";

/** Every place where `inner` pokes out of `outer` by more than half a pixel, as readable lines. */
function overflows(label: string, inner: Rect, outer: Rect): string[] {
  const out = [inner.left < outer.left - 0.5 && "left", inner.right > outer.right + 0.5 && "right", inner.top < outer.top - 0.5 && "top", inner.bottom > outer.bottom + 0.5 && "bottom"];
  return out.filter(Boolean).map((side) => `${label} sticks out ${side} (${Math.round(inner.left)}-${Math.round(inner.right)} in ${Math.round(outer.left)}-${Math.round(outer.right)})`);
}

/** Each non-empty text node of the shown HTML inside `root`, with the box it must stay in. */
function htmlTextOutside(root: Element, boxSelector: string): string[] {
  const problems: string[] = [];
  for (const box of root.querySelectorAll(boxSelector)) {
    if (!shown(box)) continue;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || parent.closest(".ri-visually-hidden") || parent.closest("svg")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) problems.push(...overflows(`"${node.textContent.slice(0, 24)}"`, rect, box.getBoundingClientRect()));
    }
  }
  return problems;
}

/** Each shown SVG text inside `root`, checked against the box that `boxOf` names for it. */
function svgTextOutside(root: Element, boxOf: (text: SVGTextElement) => Element | null): string[] {
  const problems: string[] = [];
  for (const text of root.querySelectorAll<SVGTextElement>("svg text")) {
    const box = boxOf(text);
    if (!box || !shown(text) || text.closest("[data-state='closed'], .ri-venn-tooltip:not([data-state='open'])")) continue;
    problems.push(...overflows(`"${text.textContent?.slice(0, 24)}"`, text.getBoundingClientRect(), box.getBoundingClientRect()));
  }
  return problems;
}

const KINDS = [
  ["Venn diagram", () => <VennDiagram {...venn} />, ".ri-venn-card"],
  ["lifecycle timeline", () => <LifecycleTimeline {...timeline} />, ".ri-figure"],
  ["comparison table", () => <ComparisonTable {...table} />, ".ri-ct-card"],
  ["stat callouts", () => <StatCallouts {...stats} />, ".ri-figure"],
  ["bar comparison", () => <BarComparison {...bars} />, ".ri-figure"],
  ["RACI matrix", () => <RaciMatrix {...raci} />, ".ri-rm-card"],
  ["cycle diagram", () => <CycleDiagram {...cycle} />, ".ri-figure"],
] as const;

describe.each(KINDS)("a %s with unbreakable words, URLs, emoji and mixed-direction text", (_kind, element, cardSelector) => {
  it("reflows at 320 px: no sideways scroll, every line inside its box", async () => {
    await page.viewport(320, 800);
    const figure = (await show(element())).querySelector(".ri-figure")!;
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth);
    expect(htmlTextOutside(figure, ".ri-figure")).toEqual([]);
    expect(htmlTextOutside(figure, cardSelector)).toEqual([]);
    // Once the page's fonts are measured the figure may lay itself out again (a lazy chunk, later on a busy
    // machine): what must hold is the picture it settles on.
    await expect.poll(() => svgTextOutside(figure, (text) => text.closest("svg"))).toEqual([]);
  });

  it.each(["ltr", "rtl"] as const)("keeps every drawn line inside its box in the wide picture (%s)", async (dir) => {
    await page.viewport(1000, 800);
    const figure = (await show(<div dir={dir}>{element()}</div>, 960)).querySelector(".ri-figure")!;
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(1000);
    const boxOf = (text: SVGTextElement) =>
      text.closest(".ri-venn-item")?.querySelector("rect") ??
      text.closest(".ri-ct-cell")?.querySelector(".ri-ct-cell-bg") ??
      text.closest(".ri-sc-stat")?.querySelector(".ri-sc-card") ??
      text.closest(".ri-rm-cell")?.querySelector(".ri-rm-cell-bg") ??
      text.closest("svg");
    await expect.poll(() => svgTextOutside(figure, boxOf)).toEqual([]);
  });
});
