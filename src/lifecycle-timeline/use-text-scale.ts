import { useEffect, useState, type RefObject } from "react";
import { measureTextWidth } from "../core/text/measure";

/** Ratios this close to 1 are measurement noise, not overflow. */
const TOLERANCE = 1.01;

/** The largest ratio of drawn to estimated width among the text lines shown in `root` (0 when none is shown). */
function widestRatio(root: Element): number {
  let ratio = 0;
  for (const line of root.querySelectorAll<SVGTSpanElement>("svg text tspan")) {
    const text = line.textContent ?? "";
    const parent = line.parentElement;
    if (text.length < 3 || !parent || typeof line.getComputedTextLength !== "function") continue;
    const fontSize = Number(parent.getAttribute("font-size")) || 14;
    const estimate = measureTextWidth(text, { fontSize, fontWeight: Number(parent.getAttribute("font-weight")) || 400 });
    const drawn = line.getComputedTextLength();
    if (estimate > 0 && drawn > 0) ratio = Math.max(ratio, drawn / estimate);
  }
  return ratio;
}

/**
 * How much wider the page's real font draws than the built-in metrics, measured once the fonts have loaded; 1
 * until then, on the server, and whenever the estimate already fits. The layout wraps again with it only where
 * text would otherwise overflow its box.
 */
export function useTextScale(rootRef: RefObject<Element | null>): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const fonts = typeof document === "undefined" ? undefined : document.fonts;
    if (!fonts) return;
    let cancelled = false;
    void fonts.ready.then(() => {
      const root = rootRef.current;
      if (cancelled || !root) return;
      const ratio = widestRatio(root);
      if (ratio > TOLERANCE) setScale((current) => Math.ceil(current * ratio * 100) / 100);
    });
    return () => {
      cancelled = true;
    };
  }, [rootRef]);
  return scale;
}
