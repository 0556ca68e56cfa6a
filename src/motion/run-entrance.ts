import { animate } from "framer-motion/dom";
import { ENTER_ATTRIBUTE, ORDER_ATTRIBUTE, type AnimatableElement } from "./use-entrance-animation";

/** Seconds per element, between steps of the sequence, and the latest any element may start. */
const DURATION = 0.35;
const STAGGER = 0.045;
const LAST_START = 0.8;

/** Runs the entrance of the marked elements in their order; returns a function that stops it. */
export function runEntrance(targets: readonly AnimatableElement[]): () => void {
  const controls = targets.map((target) => {
    const order = Number(target.getAttribute(ORDER_ATTRIBUTE) ?? 0);
    const options = { duration: DURATION, delay: Math.min(order * STAGGER, LAST_START), ease: "easeOut" } as const;
    target.style.opacity = "";
    switch (target.getAttribute(ENTER_ATTRIBUTE)) {
      case "draw":
        return animate(target, { pathLength: [0, 1], opacity: [0, 1] }, options);
      case "pop":
        return animate(target, { opacity: [0, 1], scale: [0.92, 1] }, options);
      default:
        return animate(target, { opacity: [0, 1], y: [6, 0] }, options);
    }
  });
  return () => controls.forEach((control) => control.stop());
}
