import { animate } from "framer-motion/dom";
import { readEnterMark } from "./read-enter-mark";
import type { AnimatableElement } from "./use-entrance-animation";

/** Seconds per element, between steps of the sequence, and the latest any element may start. */
const DURATION = 0.35;
const STAGGER = 0.045;
const LAST_START = 0.8;

/** Attribute set to `done` on the figure once its entrance has finished (the picture is whole from then on). */
export const ENTRANCE_STATE_ATTRIBUTE = "data-ri-entrance";

/**
 * Runs the entrance of the marked elements in their order and marks `root` when every one has arrived, so that a
 * host or a test can wait for the finished picture. Returns a function that stops it.
 */
export function runEntrance(targets: readonly AnimatableElement[], root: Element): () => void {
  const controls = targets.map((target) => {
    const { kind, order } = readEnterMark(target);
    const options = { duration: DURATION, delay: Math.min(order * STAGGER, LAST_START), ease: "easeOut" } as const;
    target.style.opacity = "";
    switch (kind) {
      case "draw":
        return animate(target, { pathLength: [0, 1], opacity: [0, 1] }, options);
      case "grow":
        return animate(target, { opacity: [0, 1], scaleX: [0, 1] }, options);
      case "pop":
        return animate(target, { opacity: [0, 1], scale: [0.92, 1] }, options);
      default:
        return animate(target, { opacity: [0, 1], y: [6, 0] }, options);
    }
  });
  void Promise.all(controls.map((control) => control.finished)).then(() => root.setAttribute(ENTRANCE_STATE_ATTRIBUTE, "done"));
  return () => controls.forEach((control) => control.stop());
}
