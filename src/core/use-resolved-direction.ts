import { useState, type RefObject } from "react";
import type { Direction } from "./types";
import { useIsomorphicLayoutEffect } from "./use-isomorphic-layout-effect";

/**
 * The direction to lay out in. `auto` renders left-to-right on the server, then reads the element's computed
 * direction (which follows the nearest `dir` attribute) once it is in the page.
 */
export function useResolvedDirection(dir: Direction | undefined, ref: RefObject<Element | null>): "ltr" | "rtl" {
  const [inherited, setInherited] = useState<"ltr" | "rtl">("ltr");
  useIsomorphicLayoutEffect(() => {
    if (dir !== undefined && dir !== "auto") return;
    const element = ref.current;
    if (element) setInherited(getComputedStyle(element).direction === "rtl" ? "rtl" : "ltr");
  }, [dir, ref]);
  return dir === "ltr" || dir === "rtl" ? dir : inherited;
}
