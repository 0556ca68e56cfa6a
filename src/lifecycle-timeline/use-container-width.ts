import { startTransition, useState, type RefObject } from "react";
import { useIsomorphicLayoutEffect } from "../core/use-isomorphic-layout-effect";

/**
 * The content width of an element in whole px, once it is in the page and has a width; `undefined` on the
 * server, on the first render and while the element is hidden. Lets a layout fit its real container after
 * hydration without any server/client mismatch.
 */
export function useContainerWidth(ref: RefObject<Element | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      // A transition: the new layout renders in slices that yield to the browser, and input goes first.
      if (measured > 0) startTransition(() => setWidth(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
