import type { AnimationMode } from "../core/types";
import type { AnimatableElement } from "./use-entrance-animation";

/** Share of the figure that must be in view before an `on-view` entrance starts. */
const VIEW_SHARE = 1 / 3;

/**
 * Starts the entrance of the (already hidden) `targets` now (`on-mount`) or once `root` comes into view, loading
 * Framer Motion only then; shows them again if it cannot load. Loaded lazily, after hydration. Returns a function
 * that stops watching and stops the entrance.
 */
export function startEntrance(targets: readonly AnimatableElement[], root: Element, mode: AnimationMode): () => void {
  let cancelled = false;
  let stop: (() => void) | undefined;
  let observer: IntersectionObserver | undefined;
  const start = () => {
    import("./run-entrance")
      .then((module) => {
        if (!cancelled) stop = module.runEntrance(targets, root);
      })
      .catch(() => {
        for (const target of targets) target.style.opacity = "";
      });
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
  };
}
