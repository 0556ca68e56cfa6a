/** An item as the keyboard sees it: its key and position. */
export interface QuadrantFocusItem {
  /** The item's key. */
  key: string;
  /** Position along x, 0 to 1. */
  x: number;
  /** Position along y, 0 to 1 (up). */
  y: number;
}

/** Keys in the order met moving right (by x, then top to bottom) and moving up (by y, then left to right). */
export function focusOrders(items: readonly QuadrantFocusItem[]): { across: string[]; up: string[] } {
  const indexed = items.map((item, index) => ({ ...item, index }));
  const across = [...indexed].sort((a, b) => a.x - b.x || b.y - a.y || a.index - b.index).map((i) => i.key);
  const up = [...indexed].sort((a, b) => a.y - b.y || a.x - b.x || a.index - b.index).map((i) => i.key);
  return { across, up };
}

/**
 * Where a key press moves focus among the items: Right and Left to the next item to the right or left (the
 * picture is never mirrored, so neither are these keys in right-to-left text), Up and Down to the next item
 * above or below, Home and End to the first and last item in reading order (`readingOrder`). `undefined` when
 * the key does nothing here; `current` at an end.
 */
export function nextQuadrantFocus(key: string, current: string, orders: { across: readonly string[]; up: readonly string[] }, readingOrder: readonly string[]): string | undefined {
  const step = (order: readonly string[], by: number) => {
    const index = order.indexOf(current);
    return index < 0 ? undefined : order[Math.min(order.length - 1, Math.max(0, index + by))];
  };
  let next: string | undefined;
  if (key === "ArrowRight") next = step(orders.across, 1);
  else if (key === "ArrowLeft") next = step(orders.across, -1);
  else if (key === "ArrowUp") next = step(orders.up, 1);
  else if (key === "ArrowDown") next = step(orders.up, -1);
  else if (key === "Home") next = readingOrder[0];
  else if (key === "End") next = readingOrder.at(-1);
  return next;
}
