import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { LifecycleTimeline, type LifecycleTimelineProps } from "../../src/lifecycle-timeline";
import { readEnterMark } from "../../src/motion/read-enter-mark";
import { entranceFinished, interact, nextFrames, settle } from "../browser/waits";
import { chromiumAccessibilityTree } from "./chromium-ax-tree";
import { detailed, reference } from "./fixture";


let root: Root | undefined;
let host: HTMLElement | undefined;

async function show(props: LifecycleTimelineProps, width = 760): Promise<HTMLElement> {
  host = document.createElement("div");
  host.style.width = `${width}px`;
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(<LifecycleTimeline animation="none" {...props} />));
  // Let the container measurement settle (one ResizeObserver round).
  await settle();
  return host;
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

const visibleButtons = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<SVGGElement>('[role="button"]')).filter((button) => button.getClientRects().length > 0);

describe("LifecycleTimeline in Chromium", () => {
  it("gives screen readers the figure, an ordered list of stages and the lanes as sentences", async () => {
    await show({ ...reference, loop: true });
    const tree = await chromiumAccessibilityTree();
    expect(tree).toContain(`figure "${reference.title}"`);
    const stages = tree.split("\n").filter((line) => /^\s*listitem/.test(line));
    expect(stages.length).toBe(6 + 2);
    expect(tree).toMatch(/list "Stages, in a repeating cycle"\n\s+listitem\n\s+StaticText "1"\n\s+button "Ideation"/);
    expect(tree).toMatch(/button "Planning"\n(\s+StaticText.*\n)+?\s+StaticText "Turn the ?"/);
    expect(tree).toContain('StaticText "After Marketing and sales, the cycle starts over with Ideation."');
    expect(tree).toContain('StaticText "Project manager: Planning to Launch (The how)"');
    expect(tree).toContain('StaticText "Product manager: Ideation to Marketing and sales (The what and the why)"');
  });

  it("reads the active stage's items inside its list item", async () => {
    await show({ ...detailed, defaultActiveStageId: "launch" });
    const tree = await chromiumAccessibilityTree();
    expect(tree).toMatch(/button "Launch"[\s\S]*list "Launch: details"\n\s+listitem\n\s+StaticText "First task of Launch"/);
    expect(tree).toContain('link "Read more"');
  });

  it("has one Tab stop; arrows, Home and End move between stages; Enter makes one current", async () => {
    const onChange = vi.fn();
    const container = await show({ ...detailed, onActiveStageChange: onChange });
    const buttons = visibleButtons(container);
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    await interact(() => userEvent.tab());
    expect(document.activeElement).toBe(buttons[0]);
    await interact(() => userEvent.keyboard("{ArrowRight}"));
    expect(document.activeElement?.textContent).toBe("Vision and strategy");
    await interact(() => userEvent.keyboard("{End}"));
    expect(document.activeElement?.textContent).toBe("Marketing and sales");
    await interact(() => userEvent.keyboard("{Home}"));
    expect(document.activeElement?.textContent).toBe("Ideation");
    await interact(() => userEvent.keyboard("{ArrowDown}{ArrowDown}{Enter}"));
    expect(onChange).toHaveBeenLastCalledWith("planning");
    const item = document.activeElement?.closest('[role="listitem"]');
    expect(document.activeElement?.getAttribute("aria-current")).toBe("step");
    expect(item?.getAttribute("data-state")).toBe("active");
    await interact(() => userEvent.keyboard("{ArrowRight} "));
    expect(onChange).toHaveBeenLastCalledWith("execution");
    // Tab leaves the timeline: no trap.
    await interact(() => userEvent.tab());
    expect(container.contains(document.activeElement) && document.activeElement?.getAttribute("role") === "button").toBe(false);
  });

  it("mirrors the arrow keys in RTL", async () => {
    await show({ ...reference, dir: "rtl" });
    await interact(() => userEvent.tab());
    await interact(() => userEvent.keyboard("{ArrowLeft}"));
    expect(document.activeElement?.textContent).toBe("Vision and strategy");
    await interact(() => userEvent.keyboard("{ArrowRight}"));
    expect(document.activeElement?.textContent).toBe("Ideation");
  });

  it("previews a stage on hover", async () => {
    const container = await show(reference);
    const execution = visibleButtons(container).find((button) => button.textContent === "Execution");
    if (!execution) throw new Error("no Execution button");
    const area = execution.querySelector(":scope>rect");
    if (!area) throw new Error("no hover area");
    await interact(() => userEvent.hover(area, { force: true }));
    expect(execution.closest('[role="listitem"]')?.getAttribute("data-state")).toBe("preview");
  });

  it("fits its container: across at article width, down at 360 px, never wider than the container", async () => {
    const wide = await show(reference, 760);
    expect(wide.querySelector("svg")?.getAttribute("data-orientation")).toBe("horizontal");
    act(() => root?.unmount());
    host?.remove();
    const narrow = await show(reference, 360);
    const svg = Array.from(narrow.querySelectorAll("svg")).find((element) => element.getClientRects().length > 0);
    expect(svg?.getAttribute("data-orientation")).toBe("vertical");
    expect(narrow.scrollWidth).toBeLessThanOrEqual(360);
    expect(svg?.getBoundingClientRect().width).toBeLessThanOrEqual(360);
  });
});

describe("LifecycleTimeline entrance", () => {
  it("draws the connector first, then markers and labels in stage order, and ends on the finished picture", async () => {
    const container = await show({ ...reference, animation: "on-mount" });
    const connector = container.querySelector('[data-ri-enter^="draw"]');
    expect(readEnterMark(connector!).order).toBe(0);
    const markers = Array.from(container.querySelectorAll<SVGElement>('[role="listitem"] [data-ri-enter^="pop"]'));
    expect(markers.map((marker) => readEnterMark(marker).order)).toEqual([1, 2, 3, 4, 5, 6]);
    const lastMarker = markers[5]!;
    await expect.poll(() => Number(getComputedStyle(lastMarker).opacity), { timeout: 400, interval: 10 }).toBeLessThan(1);
    await act(() => entranceFinished(container.querySelector("figure")!));
    for (const element of container.querySelectorAll<SVGElement>("[data-ri-enter]")) {
      expect(Number(getComputedStyle(element).opacity)).toBe(1);
    }
  });

  it("moves nothing with animation none", async () => {
    const container = await show({ ...reference, animation: "none" });
    for (const element of container.querySelectorAll<SVGElement>("[data-ri-enter]")) {
      expect(element.style.opacity).toBe("");
    }
  });
});

describe("LifecycleTimeline with the reader's own font", () => {
  it("wraps again when a wider font would overflow, keeping every line inside its stage", async () => {
    host = document.createElement("div");
    host.style.width = "760px";
    host.style.fontFamily = '"DejaVu Sans", Verdana, sans-serif';
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root?.render(<LifecycleTimeline animation="none" {...reference} />));
    await act(async () => {
      await document.fonts.ready;
      await nextFrames(2);
    });
    const items = host.querySelectorAll('[role="listitem"]');
    expect(items.length).toBe(6);
    for (const item of items) {
      const area = item.querySelector<SVGRectElement>("[role=button]>rect")!.getBBox();
      for (const text of item.querySelectorAll<SVGTextElement>("text")) {
        const box = text.getBBox();
        expect(box.x).toBeGreaterThanOrEqual(area.x);
        expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
      }
    }
  });
});
