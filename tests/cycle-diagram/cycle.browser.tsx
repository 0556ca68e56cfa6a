import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { CycleDiagram, type CycleDiagramProps } from "../../src/cycle-diagram";
import fixture from "../../stories/fixtures/cycle-diagram.json";
import { interact, settle } from "../browser/waits";
import { chromiumAccessibilityTree } from "../lifecycle-timeline/chromium-ax-tree";

const reference: CycleDiagramProps = fixture.reference;
let root: Root | undefined;
let host: HTMLElement | undefined;

async function show(props: CycleDiagramProps, width = 760): Promise<HTMLElement> {
  host = document.createElement("div");
  host.style.width = `${width}px`;
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(<CycleDiagram animation="none" {...props} />));
  await settle();
  return host;
}

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  host?.remove();
});

const visibleButtons = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<SVGGElement>('[role="button"]')).filter((button) => button.getClientRects().length > 0);

describe("CycleDiagram in Chromium", () => {
  it("reads as a list of steps that says it repeats, the current step marked and its details inside its item", async () => {
    await show(reference);
    const tree = await chromiumAccessibilityTree();
    expect(tree).toMatch(/list "Steps, in a repeating cycle"\n\s+listitem\n\s+StaticText "1"\n\s+button "Listen"/);
    expect(tree).toMatch(/button "Listen"[\s\S]*list "Listen: details"\n\s+listitem\n\s+StaticText "Customer interviews"/);
    expect(tree).toContain('StaticText "After Measure and learn comes Listen again."');
    expect(document.querySelector('[aria-current="step"]')?.textContent).toBe("Listen");
  });

  it("has one Tab stop; arrows go round and wrap; Enter makes a step current", async () => {
    const onChange = vi.fn();
    const container = await show({ ...reference, defaultActiveStepId: undefined, onActiveStepChange: onChange });
    const buttons = visibleButtons(container);
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    await interact(() => userEvent.tab());
    expect(document.activeElement).toBe(buttons[0]);
    await interact(() => userEvent.keyboard("{ArrowLeft}"));
    expect(document.activeElement?.textContent).toBe("Measure and learn");
    await interact(() => userEvent.keyboard("{ArrowRight}{ArrowRight}{Enter}"));
    expect(onChange).toHaveBeenLastCalledWith("frame");
    expect(document.activeElement?.getAttribute("aria-current")).toBe("step");
    expect(container.textContent).toContain("Write down who hurts");
    await interact(() => userEvent.tab());
    expect(container.contains(document.activeElement) && document.activeElement?.getAttribute("role") === "button").toBe(false);
  });

  it("hover previews a step as focus does", async () => {
    const container = await show(reference);
    const item = visibleButtons(container)[2]!.closest('[role="listitem"]')!;
    await interact(() => userEvent.hover(item.querySelector(".ri-cy-hit")!));
    expect(item.getAttribute("data-state")).toBe("preview");
  });

  it("shows the list with the ring glyph and the centre label in a narrow container before any script runs", async () => {
    host = document.createElement("div");
    host.style.width = "360px";
    host.innerHTML = renderToString(<CycleDiagram {...reference} />);
    document.body.append(host);
    await settle();
    const shown = Array.from(host.querySelectorAll("svg")).filter((svg) => svg.getClientRects().length > 0);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.getAttribute("data-mode")).toBe("list");
    expect(shown[0]!.textContent).toContain("Discovery–delivery loop");
    expect(host.scrollWidth).toBeLessThanOrEqual(360);
    // At full opacity: nothing waits for script.
    for (const element of host.querySelectorAll<SVGElement>("[data-ri-enter]")) expect(getComputedStyle(element).opacity).toBe("1");
  });

  it("keeps the ring where it fits after measuring, and its text at 12 px or more", async () => {
    const container = await show(fixture.eightSteps as CycleDiagramProps, 680);
    const svg = Array.from(container.querySelectorAll("svg")).find((element) => element.getClientRects().length > 0)!;
    expect(svg.getAttribute("data-mode")).toBe("ring");
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    expect(12 * scale).toBeGreaterThanOrEqual(11.99);
  });
});
