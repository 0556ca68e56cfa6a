import { useState, type RefObject } from "react";
import { useIsomorphicLayoutEffect } from "../core/use-isomorphic-layout-effect";

/** Attribute on the elements whose numbers count up while they enter. */
export const COUNT_ATTRIBUTE = "data-ri-count";

const DURATION_MS = 900;

/** Ease-out cubic: fast at first, settling on the final value. */
const easeOut = (t: number) => 1 - (1 - t) ** 3;

/**
 * How far the numbers have counted up, from 0 to 1. It follows the entrance rather than deciding anything itself:
 * it is 1 (the final values) on the server, under reduced motion, with `animation="none"` and whenever the entrance
 * does not play; only when the entrance hides the `[data-ri-count]` elements does it drop to 0, and it counts up
 * once they start to appear. Call it after `useEntranceAnimation`, whose layout effect hides them first.
 */
export function useCountUp(rootRef: RefObject<Element | null>): number {
  const [progress, setProgress] = useState(1);
  useIsomorphicLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || typeof MutationObserver === "undefined") return;
    const anyHidden = () => Array.from(root.querySelectorAll<HTMLElement | SVGElement>(`[${COUNT_ATTRIBUTE}]`)).some((el) => el.style.opacity === "0");
    let hidden = false;
    let frame = 0;
    let start: number | undefined;
    const tick = (now: number) => {
      start ??= now;
      const t = Math.min(1, (now - start) / DURATION_MS);
      setProgress(t < 1 ? easeOut(t) : 1);
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    const check = () => {
      if (!hidden && anyHidden()) {
        hidden = true;
        setProgress(0);
      } else if (hidden && !anyHidden()) {
        observer.disconnect();
        frame = requestAnimationFrame(tick);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { attributes: true, attributeFilter: ["style"], subtree: true });
    check();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      setProgress(1);
    };
  }, [rootRef]);
  return progress;
}

/** The value shown at `progress`: whole numbers stay whole while they count. */
export function countedValue(value: number, progress: number): number {
  if (progress >= 1) return value;
  const partial = value * progress;
  return Number.isInteger(value) ? Math.round(partial) : partial;
}
