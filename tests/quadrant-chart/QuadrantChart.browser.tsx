import { act } from "react";
import { createRoot } from "react-dom/client";
import { page, userEvent } from "vitest/browser";
import fixture from "../../stories/fixtures/quadrant-chart.json";
import { QuadrantChart, type QuadrantChartProps } from "../../src/quadrant-chart";
import { clearStage, stage } from "../browser/stage";
import { entranceFinished, interact } from "../browser/waits";

const reference = fixture.backlog as QuadrantChartProps;
const originalMatchMedia = window.matchMedia;
let container: HTMLElement;

async function mount(width: number, props: Partial<QuadrantChartProps> = {}) {
  container = await stage(<QuadrantChart {...reference} animation="none" {...props} />, `width: ${width}px`);
}

/** Renders with the entrance on mount and looks before any frame has passed. */
function mountUnsettled(): () => void {
  container = document.createElement("div");
  container.style.width = "800px";
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<QuadrantChart {...reference} animation="on-mount" />));
  return () => {
    act(() => root.unmount());
    container.remove();
  };
}

afterEach(() => {
  clearStage();
  window.matchMedia = originalMatchMedia;
});

type Rect = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("<QuadrantChart> in Chromium", () => {
  it("gives screen readers one named list per quadrant, each item with its position in words", async () => {
    await mount(800);
    const quickWins = page.getByRole("list", { name: "Quick wins (high impact, low effort)" });
    await expect.element(quickWins).toBeInTheDocument();
    await expect.element(quickWins.getByRole("listitem", { name: "Onboarding checklist — effort low (0.2), impact high (0.88)" })).toBeInTheDocument();
    await expect.element(page.getByRole("list", { name: "Money pits (low impact, high effort)" })).toBeInTheDocument();
    expect(page.getByRole("listitem").all()).toHaveLength(reference.items.length);
  });

  it("draws labels in the real font clear of each other and of every dot", async () => {
    await mount(800, { items: fixture.backlog.items.map((item, i) => ({ ...item, x: 0.45 + (i % 4) * 0.03, y: 0.45 + Math.floor(i / 4) * 0.03 })) });
    const labels = [...container.querySelectorAll(".ri-quadrant-item text")].map((t) => t.getBoundingClientRect());
    const dots = [...container.querySelectorAll(".ri-quadrant-dot")].map((d) => d.getBoundingClientRect());
    labels.forEach((label, i) => {
      labels.slice(i + 1).forEach((other) => expect(overlap(label, other)).toBe(false));
      dots.forEach((dot) => expect(overlap(label, dot)).toBe(false));
    });
  });

  it("shows the cards, with both axes and their ends and every quadrant name, in a 360 px container", async () => {
    await mount(360);
    expect(getComputedStyle(container.querySelector(".ri-wide")!).display).toBe("none");
    const cards = container.querySelector<HTMLElement>(".ri-narrow")!;
    expect(cards.innerText).toContain("Effort: low to high, left to right");
    expect(cards.innerText).toContain("Impact: low to high, bottom to top");
    for (const name of ["Quick wins", "Big bets", "Fill-ins", "Money pits", ...reference.items.map((i) => i.label)]) expect(cards.innerText).toContain(name);
    await expect.element(page.getByRole("list", { name: "Quick wins High impact, low effort" })).toBeInTheDocument();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });

  it("keeps 14 px text at 12 px or more down to the width where the cards take over", async () => {
    await mount(800);
    const svg = container.querySelector<SVGSVGElement>("svg.ri-quadrant-picture")!;
    const narrowest = Math.ceil((svg.viewBox.baseVal.width * 12) / 14) + 1 + 32;
    container.style.width = `${narrowest}px`;
    expect(getComputedStyle(container.querySelector(".ri-wide")!).display).not.toBe("none");
    expect((svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * 14).toBeGreaterThanOrEqual(11.99);
    container.style.width = `${narrowest - 1}px`;
    expect(getComputedStyle(container.querySelector(".ri-wide")!).display).toBe("none");
  });

  it("takes one Tab stop, moves with arrows, shows the hint, focus ring and description, and lets Tab leave", async () => {
    await mount(800);
    const after = document.createElement("button");
    after.textContent = "after";
    document.body.append(after);
    await interact(() => userEvent.tab());
    const first = page.getByRole("listitem", { name: /^Onboarding checklist/ });
    await expect.element(first).toHaveFocus();
    await expect.element(first).toHaveAttribute("data-state", "active");
    await expect.element(first).toHaveAccessibleDescription(/first steps/);
    const ring = container.querySelector(".ri-quadrant-item[data-state='active'] > .ri-focus-ring")!;
    expect(getComputedStyle(ring).visibility).toBe("visible");
    expect(getComputedStyle(container.querySelector(".ri-keyboard-hint")!).visibility).toBe("visible");
    const tip = container.querySelector(".ri-quadrant-tooltip[data-state='open']")!;
    expect(tip.textContent).toContain("first steps");
    await interact(() => userEvent.keyboard("{ArrowRight}"));
    await expect.element(page.getByRole("listitem", { name: /^Dark mode/ })).toHaveFocus();
    await interact(() => userEvent.tab());
    expect(document.activeElement).toBe(after);
    after.remove();
  });

  it("opens an item's description on hover as on focus", async () => {
    await mount(800);
    const item = page.getByRole("listitem", { name: /^Single sign-on/ });
    await interact(() => userEvent.hover(item));
    await expect.element(item).toHaveAttribute("data-state", "active");
    expect(container.querySelector(".ri-quadrant-tooltip[data-state='open']")!.textContent).toContain("enterprise deals");
  });

  it("plays the entrance on mount and ends with every item shown", async () => {
    const unmount = mountUnsettled();
    expect(getComputedStyle(container.querySelector(".ri-quadrant-item")!).opacity).toBe("0");
    await act(() => entranceFinished(container.querySelector("figure")!));
    for (const element of container.querySelectorAll<SVGElement>(".ri-quadrant-item")) expect(getComputedStyle(element).opacity).toBe("1");
    unmount();
  });

  it("moves nothing when the reader prefers reduced motion", async () => {
    window.matchMedia = ((query: string) => ({ ...originalMatchMedia.call(window, query), matches: query.includes("reduce") })) as typeof window.matchMedia;
    const unmount = mountUnsettled();
    for (const element of container.querySelectorAll<SVGElement>("[data-ri-enter]")) expect(getComputedStyle(element).opacity).toBe("1");
    unmount();
  });
});
