import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { userEvent } from "vitest/browser";
import { BarComparison, type BarComparisonProps } from "../../src/bar-comparison";
import fixture from "../../stories/fixtures/bar-comparison.json";
import { entranceFinished, interact, nextFrames } from "../browser/waits";

const reference = fixture.salaries as BarComparisonProps;
let container: HTMLDivElement;
let root: Root | undefined;

async function mount(width: number, props: Partial<BarComparisonProps> = {}) {
  container = document.createElement("div");
  container.style.width = `${width}px`;
  document.body.append(container);
  await act(async () => {
    root = createRoot(container);
    root.render(<BarComparison {...reference} animation="none" {...props} />);
    await nextFrames(2);
  });
  await act(async () => {
    await document.fonts.ready;
    await nextFrames(2);
  });
}

const visiblePicture = () => [...container.querySelectorAll<SVGSVGElement>(".ri-bars-picture")].find((svg) => svg.getBoundingClientRect().width > 0)!;
const bar = (name: string) => [...visiblePicture().querySelectorAll<SVGGElement>('[role="img"]')].find((g) => g.getAttribute("aria-label") === name)!;
const dimmed = () => [...visiblePicture().querySelectorAll('[role="img"]')].map((g) => g.getAttribute("data-ri-dim"));
const originalMatchMedia = window.matchMedia;

afterEach(() => {
  window.matchMedia = originalMatchMedia;
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

describe("<BarComparison> in Chromium", () => {
  it("takes one Tab stop; arrows, Home and End move between bars and the focused bar's series is highlighted", async () => {
    await mount(760);
    await interact(() => userEvent.tab());
    expect(document.activeElement).toBe(bar("Junior, Product manager: $78,000"));
    expect(getComputedStyle(container.querySelector(".ri-wide .ri-keyboard-hint")!).visibility).toBe("visible");
    await interact(() => userEvent.keyboard("{ArrowDown}"));
    expect(document.activeElement).toBe(bar("Junior, Project manager: $66,000"));
    expect(dimmed()).toEqual(["true", "false", "true", "false", "true", "false", "true", "false"]);
    await interact(() => userEvent.keyboard("{End}"));
    expect(document.activeElement).toBe(bar("Lead or head, Project manager: $134,000"));
    await interact(() => userEvent.keyboard("{Home}"));
    expect(document.activeElement).toBe(bar("Junior, Product manager: $78,000"));
    const ring = getComputedStyle(document.activeElement!.querySelector(".ri-focus-ring")!);
    expect(ring.visibility).toBe("visible");
    // Tab leaves the picture at once: the bars are one stop, not eight.
    await interact(() => userEvent.tab());
    expect(visiblePicture().contains(document.activeElement)).toBe(false);
  });

  it("highlights a series on hover as it does on focus", async () => {
    await mount(760);
    await interact(() => userEvent.hover(bar("Senior, Project manager: $111,000").querySelector("rect.ri-bars-bar")!));
    expect(dimmed()).toEqual(["true", "false", "true", "false", "true", "false", "true", "false"]);
    await interact(() => userEvent.unhover(visiblePicture()));
  });

  it("switches to the narrow drawing by container query and keeps every value there", async () => {
    await mount(400);
    expect(visiblePicture().closest(".ri-narrow")).not.toBeNull();
    const text = visiblePicture().textContent ?? "";
    for (const value of ["$78,000", "$104,000", "$136,000", "$165,000", "$66,000", "$87,000", "$111,000", "$134,000"]) expect(text).toContain(value);
    container.style.width = "760px";
    await nextFrames(2);
    expect(visiblePicture().closest(".ri-wide")).not.toBeNull();
  });

  it("draws no text under 12 px, wide at the narrowest width that keeps it and narrow on a 320 px phone", async () => {
    await mount(760);
    const wide = visiblePicture();
    const smallest = () => Math.min(...[...visiblePicture().querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * (visiblePicture().getBoundingClientRect().width / visiblePicture().viewBox.baseVal.width)));
    container.style.width = `${Math.ceil((wide.viewBox.baseVal.width * 12) / 13) + 1 + 32}px`;
    await nextFrames(2);
    expect(visiblePicture()).toBe(wide);
    expect(smallest()).toBeGreaterThanOrEqual(11.99);
    container.style.width = "320px";
    await nextFrames(2);
    expect(visiblePicture()).not.toBe(wide);
    expect(smallest()).toBeGreaterThanOrEqual(11.99);
  });

  it("plays the bars' entrance after mounting, and ends at full opacity", async () => {
    await mount(760, { animation: "on-mount" });
    const figure = container.querySelector("figure")!;
    await entranceFinished(figure);
    for (const rect of figure.querySelectorAll<SVGElement>(".ri-wide .ri-bars-bar")) expect(getComputedStyle(rect).opacity).toBe("1");
  });

  it("moves nothing under reduced motion", async () => {
    window.matchMedia = ((query: string) => ({ ...originalMatchMedia.call(window, query), matches: query.includes("reduce") })) as typeof window.matchMedia;
    await mount(760, { animation: "on-mount" });
    await nextFrames(3);
    const bars = [...container.querySelectorAll<SVGElement>(".ri-wide .ri-bars-bar")];
    expect(bars.every((rect) => rect.style.opacity === "" && rect.style.transform === "")).toBe(true);
    expect(container.querySelector("figure")!.hasAttribute("data-ri-entrance")).toBe(false);
  });
});
