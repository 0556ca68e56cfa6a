import { useRef, useSyncExternalStore, type RefObject } from "react";
import type { AnimationMode } from "../core/types";
import { useIsomorphicLayoutEffect } from "../core/use-isomorphic-layout-effect";

/** Attribute that marks an element for the entrance, with its kind: `fade`, `pop`, `draw` or `grow` (from its `transform-origin`, along x). */
export const ENTER_ATTRIBUTE = "data-ri-enter";
/** Attribute that gives an element's place in the entrance sequence (0 first). */
export const ORDER_ATTRIBUTE = "data-ri-order";


/** Share of the figure that must be in view before an `on-view` entrance starts. */
const VIEW_SHARE = 1 / 3;

/** An element the entrance can animate: HTML or SVG. */
export type AnimatableElement = HTMLElement | SVGElement;

const subscribeToNothing = () => () => {};

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
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
  // The server snapshot is used while hydrating, so this is true exactly when the markup came from the server.
  const hydrating = useSyncExternalStore(subscribeToNothing, () => false, () => true);
  const cameFromServer = useRef(hydrating);

  useIsomorphicLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || mode === "none" || prefersReducedMotion()) return;
    const targets = Array.from(root.querySelectorAll<AnimatableElement>(`[${ENTER_ATTRIBUTE}]`));
    if (targets.length === 0) return;
    if (cameFromServer.current && isInViewport(root)) return;

    let cancelled = false;
    let stop: (() => void) | undefined;
    let observer: IntersectionObserver | undefined;
    setHidden(targets, true);
    const start = () => {
      import("./run-entrance")
        .then(({ runEntrance }) => {
          if (!cancelled) stop = runEntrance(targets, root);
        })
        .catch(() => setHidden(targets, false));
    };

    if (mode === "on-mount" || typeof IntersectionObserver === "undefined") start();
    else {
      observer = new IntersectionObserver(
        (entries) => {
          const entry = entries[0];
          if (!entry) return;
          const viewHeight = entry.rootBounds?.height ?? window.innerHeight;
          // A figure taller than the screen can never be a third in view; half a screen of it is enough.
          if (entry.intersectionRatio >= VIEW_SHARE || entry.intersectionRect.height >= viewHeight / 2) {
            observer?.disconnect();
            start();
          }
        },
        { threshold: [0, 0.1, 0.2, VIEW_SHARE, 0.5, 1] },
      );
      observer.observe(root);
    }

    return () => {
      cancelled = true;
      observer?.disconnect();
      stop?.();
      setHidden(targets, false);
    };
  }, [mode, rootRef]);
}
