/** An axis-aligned rectangle, in px. */
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

/** A point drawn as a dot. */
export interface Dot {
  /** Centre x. */
  x: number;
  /** Centre y. */
  y: number;
}

/** Rounds to 2 decimals, so that layouts print and compare the same everywhere. */
export const round2 = (value: number) => Math.round(value * 100) / 100;

/** True when two boxes overlap once each is grown by `gap` on every side. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** True when `inner` lies inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** The point of a box nearest to `p`. */
export function nearestOnBox(box: Box, p: Dot): Dot {
  return { x: Math.min(Math.max(p.x, box.x), box.x + box.width), y: Math.min(Math.max(p.y, box.y), box.y + box.height) };
}

/** Distance from a point to a box (0 inside it). */
export function distanceToBox(box: Box, p: Dot): number {
  const q = nearestOnBox(box, p);
  return Math.hypot(q.x - p.x, q.y - p.y);
}

/** Distance from point `p` to the segment from `a` to `b`. */
export function distanceToSegment(p: Dot, a: Dot, b: Dot): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

/** True when the segment from `a` to `b` passes through the box (Liang-Barsky clipping). */
export function segmentHitsBox(a: Dot, b: Dot, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
