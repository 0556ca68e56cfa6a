import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { nextFrames } from "./waits";

let root: Root | undefined;
let host: HTMLElement | undefined;

/**
 * Renders `node` into a fresh element at the end of the page, styled with `style` (a width, a font), inside act(),
 * and waits there for the loaded fonts and two frames: by then the components have measured their container and
 * the real font, and laid themselves out again if they had to.
 */
export async function stage(node: ReactNode, style: string = "width: 900px"): Promise<HTMLElement> {
  const element = document.createElement("div");
  element.style.cssText = style;
  document.body.append(element);
  host = element;
  await act(async () => {
    root = createRoot(element);
    root.render(node);
  });
  await act(async () => {
    await document.fonts.ready;
    await nextFrames(2);
  });
  return element;
}

/** The element the last `stage` rendered into. */
export function staged(): HTMLElement {
  if (!host) throw new Error("nothing is staged");
  return host;
}

/** Unmounts what `stage` rendered and removes its element; call it in afterEach. */
export function clearStage(): void {
  act(() => root?.unmount());
  host?.remove();
  root = undefined;
  host = undefined;
}
