import { useEffect, useState, type RefObject } from "react";

/**
 * How much wider the page's real font draws than the built-in metrics, measured once the fonts have loaded; 1
 * until then, on the server, and whenever the estimate already fits. A layout given it wraps again, and only
 * when text would otherwise overflow its box.
 */
export function useTextScale(rootRef: RefObject<Element | null>): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    let live = true;
    // The measuring code loads only now: the first paint never needs it.
    void import("./after-hydration").then((module) => module.growTextScale(rootRef, setScale, () => live));
    return () => {
      live = false;
    };
  }, [rootRef]);
  return scale;
}
