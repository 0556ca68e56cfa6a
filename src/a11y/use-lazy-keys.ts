import { useEffect, useRef, type KeyboardEvent } from "react";
import { useIsomorphicLayoutEffect } from "../core/use-isomorphic-layout-effect";

/** Keys a figure may answer to: only these wait (and keep the page from scrolling) while the keyboard code loads. */
const FIGURE_KEYS = /^(Arrow.*|Home|End|Enter| |Escape)$/;

/**
 * A keydown handler whose logic (`handle`, given what `load` imports) is fetched after hydration, off the first
 * paint. A key pressed before it has arrived is handled once it has, in order, each a task after the one before so
 * that React has drawn its result.
 */
export function useLazyKeys<M, E extends Element>(load: () => Promise<M>, handle: (module: M, event: KeyboardEvent<E>) => void) {
  const latest = useRef(handle);
  const lazy = useRef<{ module?: M; queue?: Promise<M> }>({});
  useIsomorphicLayoutEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    // A module that cannot load leaves the keys doing nothing, as they do while it loads.
    lazy.current.queue ??= load().then((module) => (lazy.current.module = module), () => new Promise<M>(() => {}));
  }, [load]);

  return (event: KeyboardEvent<E>) => {
    const { module, queue } = lazy.current;
    if (module) return latest.current(module, event);
    if (!FIGURE_KEYS.test(event.key) || !queue) return;
    event.preventDefault();
    lazy.current.queue = queue.then((loaded) => {
      latest.current(loaded, event);
      return new Promise<M>((resolve) => setTimeout(resolve, 0, loaded));
    });
  };
}
