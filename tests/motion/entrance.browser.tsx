import { act } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { ENTRANCE_STATE_ATTRIBUTE } from "../../src/motion/run-entrance";
import { entranceFinished, nextFrames } from "../browser/waits";
import { EntranceDemo } from "./EntranceDemo";

let container: HTMLDivElement;
let root: Root | undefined;
const originalMatchMedia = window.matchMedia;

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  window.matchMedia = originalMatchMedia;
});

const opacityOf = (testId: string) => getComputedStyle(container.querySelector(`[data-testid="${testId}"]`)!).opacity;

function preferReducedMotion() {
  window.matchMedia = ((query: string) => ({ ...originalMatchMedia.call(window, query), matches: query.includes("reduce") })) as typeof window.matchMedia;
}

describe("entrance animation in the browser", () => {
  it("plays on mount and ends with everything fully visible", async () => {
    act(() => {
      root = createRoot(container);
      root.render(<EntranceDemo animation="on-mount" />);
    });
    expect(opacityOf("label")).toBe("0");
    await entranceFinished(container.querySelector('[data-testid="root"]')!);
    expect(opacityOf("label")).toBe("1");
    expect(opacityOf("dot")).toBe("1");
  });

  it("moves nothing when the reader prefers reduced motion", () => {
    preferReducedMotion();
    act(() => {
      root = createRoot(container);
      root.render(<EntranceDemo animation="on-mount" />);
    });
    expect(opacityOf("label")).toBe("1");
    expect(container.querySelector('[data-testid="label"]')!.getAttribute("style")).toBeNull();
  });

  it("moves nothing with animation none", () => {
    act(() => {
      root = createRoot(container);
      root.render(<EntranceDemo animation="none" />);
    });
    expect(opacityOf("label")).toBe("1");
  });

  it("never hides server-rendered content that is already on screen", () => {
    container.innerHTML = renderToString(<EntranceDemo animation="on-mount" />);
    act(() => {
      root = hydrateRoot(container, <EntranceDemo animation="on-mount" />);
    });
    expect(opacityOf("label")).toBe("1");
    expect(opacityOf("line")).toBe("1");
  });

  it("waits for the figure to scroll into view when the animation is on-view", async () => {
    const spacer = document.createElement("div");
    spacer.style.height = "3000px";
    container.before(spacer);
    act(() => {
      root = createRoot(container);
      root.render(<EntranceDemo animation="on-view" />);
    });
    // The observer reports the first intersection within a frame; a few frames later nothing may have started.
    await nextFrames(3);
    expect(opacityOf("label")).toBe("0");
    expect(container.querySelector('[data-testid="root"]')!.hasAttribute(ENTRANCE_STATE_ATTRIBUTE)).toBe(false);
    container.scrollIntoView();
    await entranceFinished(container.querySelector('[data-testid="root"]')!);
    expect(opacityOf("label")).toBe("1");
    spacer.remove();
  });
});
