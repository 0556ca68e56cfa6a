import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { LifecycleTimelineProps } from "../../src/lifecycle-timeline";
import { renderToSVG } from "../../src/static";
import { contrastRatio } from "../../src/theme/contrast";
import { detailed, reference } from "./fixture";

/** The standalone SVG of `props` at `width`, parsed. */
async function svgOf(props: LifecycleTimelineProps, options: { width: number; theme?: "light" | "dark" }): Promise<Element> {
  const svg = await renderToSVG("lifecycle-timeline", props, options);
  return new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.documentElement;
}

/** Centres of the stage markers, in the stages' order. */
const markersOf = (root: Element) =>
  Array.from(root.querySelectorAll('[aria-label^="Stages"] > [role="listitem"] > circle'), (circle) => ({
    cx: Number(circle.getAttribute("cx")),
    cy: Number(circle.getAttribute("cy")),
  }));

/** The size a text is drawn at, once every `scale()` around it is applied. */
function drawnFontSize(text: Element): number {
  let size = Number(text.getAttribute("font-size"));
  for (let node = text.parentElement; node; node = node.parentElement) {
    const scale = /scale\(([\d.]+)\)/.exec(node.getAttribute("transform") ?? "");
    if (scale) size *= Number(scale[1]);
  }
  return size;
}

describe("the lifecycle timeline as a standalone SVG", () => {
  it("runs its stages across at 720 px and down the page at 360 px", async () => {
    const across = markersOf(await svgOf(reference, { width: 720 }));
    expect(new Set(across.map((m) => m.cy)).size).toBe(1);
    expect(across.map((m) => m.cx)).toEqual([...across.map((m) => m.cx)].sort((a, b) => a - b));
    const down = markersOf(await svgOf(reference, { width: 360 }));
    expect(new Set(down.map((m) => m.cx)).size).toBe(1);
    expect(down.map((m) => m.cy)).toEqual([...down.map((m) => m.cy)].sort((a, b) => a - b));
  });

  it.each([
    ["the reference at 360 px", reference, 360],
    ["periods and items at 480 px", { ...detailed, defaultActiveStageId: "launch" }, 480],
    ["six stages forced across at 360 px", { ...detailed, orientation: "horizontal" as const }, 360],
  ])("draws no text under 12 px: %s", async (_, props, width) => {
    const texts = Array.from((await svgOf(props, { width })).querySelectorAll("text"));
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(drawnFontSize(text)).toBeGreaterThanOrEqual(12);
  });

  it("scales a forced horizontal picture down where its text stays at 12 px or more", async () => {
    const four: LifecycleTimelineProps = { ...reference, stages: reference.stages.slice(0, 4), lanes: [], orientation: "horizontal" };
    const root = await svgOf(four, { width: 360 });
    expect(root.querySelector('[transform^="scale("]')).not.toBeNull();
    expect(new Set(markersOf(root).map((m) => m.cy)).size).toBe(1);
  });

  it.each([720, 360])("draws the current stage's details as a named list at %i px", async (width) => {
    const root = await svgOf({ ...detailed, defaultActiveStageId: "execution" }, { width });
    const current = root.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain("Execution");
    const details = root.querySelector('[role="list"][aria-label="Execution: details"]');
    expect(details?.querySelectorAll('[role="listitem"]')).toHaveLength(2);
    expect(details?.textContent).toContain("First task of Execution");
    expect(details?.querySelector("a")?.getAttribute("href")).toBe("https://example.com/");
    expect(root.textContent).not.toContain("First task of Planning");
  });

  it.each(["light", "dark"] as const)("keeps every lane bar at 3:1 against the background, with a pale custom colour too (%s)", async (theme) => {
    const lanes = [...(reference.lanes ?? []), { id: "pale", label: "Pale", color: "#fff3b0", spans: [{ from: "ideation", to: "planning" }] }];
    for (const width of [720, 360]) {
      const root = await svgOf({ ...reference, lanes }, { width, theme });
      const bg = root.querySelector("rect")!.getAttribute("fill")!;
      const bars = Array.from(root.querySelectorAll('[aria-label="Who is involved when"] rect'));
      expect(bars.length).toBeGreaterThanOrEqual(3);
      for (const bar of bars) expect(contrastRatio(bar.getAttribute("stroke")!, bg)).toBeGreaterThanOrEqual(3);
      // Colour is not the only cue: the second lane's bars are dashed, the first's are not.
      const [first, second] = Array.from(root.querySelectorAll('[aria-label="Who is involved when"] > [role="listitem"]'));
      expect(first!.querySelector("rect")!.hasAttribute("stroke-dasharray")).toBe(false);
      expect(second!.querySelector("rect")!.getAttribute("stroke-dasharray")).toBeTruthy();
    }
  });

  it("mirrors for right-to-left reading: the first stage on the right, the loop arrow drawn", async () => {
    const ltr = markersOf(await svgOf({ ...reference, loop: true }, { width: 720 }));
    const rtlRoot = await svgOf({ ...reference, loop: true, dir: "rtl" }, { width: 720 });
    const rtl = markersOf(rtlRoot);
    expect(rtlRoot.getAttribute("direction")).toBe("rtl");
    expect(rtl[0]!.cx).toBeGreaterThan(rtl[1]!.cx);
    const pictureWidth = ltr[0]!.cx + rtl[0]!.cx;
    rtl.forEach((marker, i) => expect(marker.cx).toBeCloseTo(pictureWidth - ltr[i]!.cx, 1));
    expect(rtlRoot.querySelectorAll('[aria-hidden="true"] path')).toHaveLength(3);
    expect(rtlRoot.textContent).toContain("the cycle starts over with Ideation.");
  });
});
