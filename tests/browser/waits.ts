import { act } from "react";
import { expect } from "vitest";
import { ENTRANCE_STATE_ATTRIBUTE } from "../../src/motion/run-entrance";

/**
 * Resolves once the browser has drawn `count` more frames. Resize and intersection observers report within a
 * frame, so two frames are enough for their callbacks to have run, however loaded the machine is.
 */
export async function nextFrames(count = 2): Promise<void> {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
}

/** Lets React commit what observers and effects scheduled during the next frames, inside act(). */
export async function settle(frames = 2): Promise<void> {
  await act(async () => nextFrames(frames));
}

/** Waits until the entrance of the figure (or element) `root` has finished; no fixed delay. */
export async function entranceFinished(root: Element): Promise<void> {
  await expect.poll(() => root.getAttribute(ENTRANCE_STATE_ATTRIBUTE), { timeout: 15_000, interval: 20 }).toBe("done");
}

/** Runs a user interaction (real browser events) inside act(), so React's updates are flushed before assertions. */
export async function interact(action: () => Promise<unknown>): Promise<void> {
  await act(async () => {
    await action();
  });
}
