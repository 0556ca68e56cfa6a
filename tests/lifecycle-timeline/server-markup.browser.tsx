import { act } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LifecycleTimeline } from "../../src/lifecycle-timeline";
import { settle } from "../browser/waits";
import { reference } from "./fixture";

let host: HTMLElement | undefined;
let root: Root | undefined;

function serverMarkup(width: number): HTMLElement {
  host = document.createElement("div");
  host.style.width = `${width}px`;
  host.innerHTML = renderToString(<LifecycleTimeline {...reference} />);
  document.body.append(host);
  return host;
}

const shownOrientation = (container: HTMLElement) =>
  Array.from(container.querySelectorAll("svg"))
    .filter((svg) => svg.getClientRects().length > 0)
    .map((svg) => svg.getAttribute("data-orientation"));

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  host?.remove();
});

describe("LifecycleTimeline server markup, before any script", () => {
  it("shows the stages across in an article column", () => {
    expect(shownOrientation(serverMarkup(760))).toEqual(["horizontal"]);
  });

  it("shows the stages down in a phone-wide column, with no text under 12 px", () => {
    const container = serverMarkup(360);
    expect(shownOrientation(container)).toEqual(["vertical"]);
    const svg = Array.from(container.querySelectorAll("svg")).find((element) => element.getClientRects().length > 0)!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    expect(12 * scale).toBeGreaterThanOrEqual(11.5);
  });

  it("hydrates without a mismatch, then fits the measured width", async () => {
    const container = serverMarkup(360);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await act(async () => {
      root = hydrateRoot(container, <LifecycleTimeline {...reference} />);
    });
    await settle();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(shownOrientation(container)).toEqual(["vertical"]);
    const svg = container.querySelector("svg")!;
    expect(svg.viewBox.baseVal.width).toBe(360 - 32);
  });
});
