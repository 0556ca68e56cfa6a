/** A circle: centre and radius. */
export interface Circle {
  /** Centre x. */
  cx: number;
  /** Centre y. */
  cy: number;
  /** Radius. */
  r: number;
}

/** An axis-aligned box. */
export interface Box {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
}

/**
 * Circle centres for `count` sets of radius `r` whose centres are `d` apart, with the centroid at the origin:
 * two side by side, or three on an equilateral triangle (two on top, one below) for the symmetric seven regions.
 */
export function placeCircles(count: 2 | 3, r: number, d: number): Circle[] {
  if (count === 2) return [{ cx: -d / 2, cy: 0, r }, { cx: d / 2, cy: 0, r }];
  const h = (d * Math.sqrt(3)) / 2;
  return [
    { cx: -d / 2, cy: -h / 3, r },
    { cx: d / 2, cy: -h / 3, r },
    { cx: 0, cy: (2 * h) / 3, r },
  ];
}

/**
 * True when the box lies inside every member circle and outside every other circle, at least `pad` px from each
 * of those edges. Exact: a circle is convex, so the corners decide "inside"; the box's nearest point decides "outside".
 */
export function boxInRegion({ x, y, width, height }: Box, circles: readonly Circle[], members: readonly number[], pad: number): boolean {
  return circles.every(({ cx, cy, r }, i) =>
    members.includes(i)
      ? Math.max((x - cx) ** 2, (x + width - cx) ** 2) + Math.max((y - cy) ** 2, (y + height - cy) ** 2) <= (r - pad) ** 2
      : (Math.min(Math.max(cx, x), x + width) - cx) ** 2 + (Math.min(Math.max(cy, y), y + height) - cy) ** 2 >= (r + pad) ** 2,
  );
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Unit vector from the origin towards the mean of the member centres, or zero when that mean is the origin. */
export function regionDirection(circles: readonly Circle[], members: readonly number[]): { x: number; y: number } {
  const x = members.reduce((sum, m) => sum + circles[m]!.cx, 0) / members.length;
  const y = members.reduce((sum, m) => sum + circles[m]!.cy, 0) / members.length;
  const length = Math.hypot(x, y);
  return length < 1e-9 ? { x: 0, y: 0 } : { x: x / length, y: y / length };
}

/** Rounds to 2 decimals, the precision of every number a layout returns. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}
