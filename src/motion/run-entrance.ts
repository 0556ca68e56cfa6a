import { animate } from "framer-motion/dom";
import { ENTER_ATTRIBUTE, ORDER_ATTRIBUTE, type AnimatableElement } from "./use-entrance-animation";

/** Seconds per element, between steps of the sequence, and the latest any element may start. */
const DURATION = 0.35;
const STAGGER = 0.045;
const LAST_START = 0.8;

/** A running entrance: how to stop it, and a promise that settles when every element has arrived. */
export interface RunningEntrance {
  /** Stops every element where it is. */
  stop: () => void;
  /** Resolves once every element has finished its entrance. */
  finished: Promise<void>;
}

/** Runs the entrance of the marked elements in their order. */
export function runEntrance(targets: readonly AnimatableElement[]): RunningEntrance {
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
  return {
    stop: () => controls.forEach((control) => control.stop()),
    finished: Promise.all(controls.map((control) => control.finished)).then(() => undefined),
  };
}
