/** What is still held at a moment: listeners on window and document, live observers, pending timers and frames. */
export interface HeldResources {
  listeners: number;
  observers: number;
  timers: number;
  frames: number;
}

type ObserverClass = typeof ResizeObserver | typeof IntersectionObserver | typeof MutationObserver;

/**
 * Wraps the browser APIs a component could leave something behind with, and counts what stays held: a listener
 * added and not removed, an observer observing and not disconnected, a timeout or frame neither run nor cancelled.
 * Only what is created while tracking counts. `stop()` puts the originals back.
 */
export function trackResources(): { held: () => HeldResources; stop: () => void } {
  const listeners = new Set<string>();
  const listenerIds = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (listener: object) => listenerIds.get(listener) ?? (listenerIds.set(listener, ++nextId), nextId);
  const key = (target: string, type: string, listener: unknown, options: unknown) =>
    `${target}|${type}|${typeof listener === "object" || typeof listener === "function" ? idOf(listener as object) : "none"}|${typeof options === "boolean" ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture)}`;
  const restores: (() => void)[] = [];

  for (const [name, target] of [["window", window], ["document", document]] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      listeners.add(key(name, type, listener, options));
      return add.call(this, type, listener, options);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      listeners.delete(key(name, type, listener, options));
      return remove.call(this, type, listener, options);
    } as typeof remove;
    restores.push(() => Object.assign(target, { addEventListener: add, removeEventListener: remove }));
  }

  const observing = new Set<object>();
  for (const name of ["ResizeObserver", "IntersectionObserver", "MutationObserver"] as const) {
    const Original = window[name] as ObserverClass;
    const Tracked = class extends (Original as typeof ResizeObserver) {
      override observe(...args: Parameters<ResizeObserver["observe"]>) {
        observing.add(this);
        return super.observe(...args);
      }
      override disconnect() {
        observing.delete(this);
        return super.disconnect();
      }
    };
    (window as unknown as Record<string, unknown>)[name] = Tracked;
    restores.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }

  const timers = new Set<number>();
  const frames = new Set<number>();
  const { setTimeout: set, clearTimeout: clear, requestAnimationFrame: request, cancelAnimationFrame: cancel } = window;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id: number = set(
      (...args: unknown[]) => {
        timers.delete(id);
        if (typeof handler === "function") (handler as (...a: unknown[]) => void)(...args);
      },
      delay,
      ...rest,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  window.requestAnimationFrame = (callback) => {
    const id = request((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    frames.delete(id);
    cancel(id);
  };
  restores.push(() => Object.assign(window, { setTimeout: set, clearTimeout: clear, requestAnimationFrame: request, cancelAnimationFrame: cancel }));

  return {
    held: () => ({ listeners: listeners.size, observers: observing.size, timers: timers.size, frames: frames.size }),
    stop: () => restores.reverse().forEach((restore) => restore()),
  };
}
