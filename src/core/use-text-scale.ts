import { useEffect, useState, type RefObject } from "react";

/** Ratios this close to 1 are measurement noise, not overflow. */
const TOLERANCE = 1.01;

/**
 * How much wider the page's real font draws than the built-in metrics, measured once the fonts have loaded; 1
 * until then, on the server, and whenever the estimate already fits. A layout given it wraps again, and only
 * when text would otherwise overflow its box.
 */
export function useTextScale(rootRef: RefObject<Element | null>): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const fonts = typeof document === "undefined" ? undefined : document.fonts;
    if (!fonts) return;
    let cancelled = false;
    // The measuring code loads only now: the first paint never needs it.
    void Promise.all([fonts.ready, import("./text/widest-text-ratio")]).then(([, { widestTextRatio }]) => {
      const root = rootRef.current;
      if (cancelled || !root) return;
      const ratio = widestTextRatio(root);
      if (ratio > TOLERANCE) setScale((current) => Math.ceil(current * ratio * 100) / 100);
    });
    return () => {
      cancelled = true;
    };
  }, [rootRef]);
  return scale;
}
