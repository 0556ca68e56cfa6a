import { useRef, useSyncExternalStore, type RefObject } from "react";
import type { AnimationMode } from "../core/types";
import { useIsomorphicLayoutEffect } from "../core/use-isomorphic-layout-effect";

/** Attribute that marks an element for the entrance with its kind (`fade`, `pop`, `draw`, or `grow` from its `transform-origin` along x) and place: written by `enterMark`. */
export const ENTER_ATTRIBUTE = "data-ri-enter";

/** An element the entrance can animate: HTML or SVG. */
export type AnimatableElement = HTMLElement | SVGElement;

const subscribeToNothing = () => () => {};

/** True when the reader asked the system for less motion (called in the browser only; test DOMs may lack matchMedia). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

function isInViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
}

function setHidden(targets: readonly AnimatableElement[], hidden: boolean): void {
  for (const target of targets) target.style.opacity = hidden ? "0" : "";
}

/**
 * Plays the entrance of the elements marked with `data-ri-enter` inside `rootRef`, once. The markup is always the
 * finished picture: nothing is hidden on the server, nothing already seen is hidden again after hydration, and
 * under reduced motion or `none` nothing moves at all. Framer Motion is loaded only when an entrance plays.
 */
export function useEntranceAnimation(rootRef: RefObject<Element | null>, mode: AnimationMode): void {
  // React asks for the server snapshot only while hydrating, so asking for it marks markup that came from the server.
  // Both snapshots are equal, so hydration does not re-render the whole figure to swap one for the other.
  const cameFromServer = useRef(false);
  useSyncExternalStore(subscribeToNothing, () => false, () => !(cameFromServer.current = true));

  useIsomorphicLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || mode === "none" || prefersReducedMotion()) return;
    const targets = Array.from(root.querySelectorAll<AnimatableElement>(`[${ENTER_ATTRIBUTE}]`));
    if (targets.length === 0) return;
    if (cameFromServer.current && isInViewport(root)) return;

    let cancelled = false;
    let stop: (() => void) | undefined;
    setHidden(targets, true);
    // Watching the viewport and the animation itself live in lazy chunks: none of it is needed for first paint.
    import("../core/after-hydration")
      .then((module) => {
        if (!cancelled) stop = module.startEntrance(targets, root, mode);
      })
      .catch(() => setHidden(targets, false));

    return () => {
      cancelled = true;
      stop?.();
      setHidden(targets, false);
    };
  }, [mode, rootRef]);
}
