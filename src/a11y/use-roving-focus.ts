import { useRef, useState } from "react";

/** What the roving-focus hook gives a component. */
export interface RovingFocus {
  /** The key that holds the single Tab stop. */
  currentKey: string | undefined;
  /** Moves focus (and the Tab stop) to the element with this key. */
  focusKey: (key: string) => void;
  /** Props for the focusable element with this key: tab index, ref and focus tracking. */
  getItemProps: (key: string) => {
    tabIndex: 0 | -1;
    ref: (element: HTMLElement | SVGElement | null) => void;
    onFocus: () => void;
  };
}

/**
 * One Tab stop for a whole infographic (roving tabindex): only the current element is tabbable, arrow keys
 * (handled by the component) move focus between elements, and Tab leaves, so there is never a trap.
 */
export function useRovingFocus(keys: readonly string[]): RovingFocus {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const elements = useRef(new Map<string, HTMLElement | SVGElement>());
  const currentKey = current !== undefined && keys.includes(current) ? current : keys[0];

  // Plain functions: the item props hold a fresh ref callback on every call anyway, and no caller memoises on them.
  const focusKey = (key: string) => {
    setCurrent(key);
    elements.current.get(key)?.focus();
  };

  const getItemProps = (key: string) => ({
    tabIndex: (key === currentKey ? 0 : -1) as 0 | -1,
    ref: (element: HTMLElement | SVGElement | null) => {
      if (element) elements.current.set(key, element);
      else elements.current.delete(key);
    },
    onFocus: () => setCurrent(key),
  });

  return { currentKey, focusKey, getItemProps };
}
