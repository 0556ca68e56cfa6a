import { round2, type Circle } from "./geometry";

interface Arc {
  circle: number;
  /** Start and end angles in the direction of travel (radians). */
  from: number;
  to: number;
  /** 1 when travelling towards larger angles (clockwise on screen), 0 otherwise. */
  sweep: 0 | 1;
}

const TAU = Math.PI * 2;
const EPSILON = 1e-6;

function pointOn(c: Circle, angle: number): [number, number] {
  return [c.cx + c.r * Math.cos(angle), c.cy + c.r * Math.sin(angle)];
}

/** Angles (about circle a's centre) where circle b crosses it; none when they do not cross. */
function crossingAngles(a: Circle, b: Circle): number[] {
  const d = Math.hypot(b.cx - a.cx, b.cy - a.cy);
  if (d < EPSILON || d >= a.r + b.r || d <= Math.abs(a.r - b.r)) return [];
  const base = Math.atan2(b.cy - a.cy, b.cx - a.cx);
  const spread = Math.acos((a.r * a.r + d * d - b.r * b.r) / (2 * a.r * d));
  return [base - spread, base + spread];
}

/** The pieces of circle `i` between crossings that bound the region inside exactly `members`. */
function boundaryArcs(circles: readonly Circle[], i: number, members: readonly number[]): Arc[] {
  const circle = circles[i]!;
  const angles = circles
    .flatMap((other, j) => (j === i ? [] : crossingAngles(circle, other)))
    .map((a) => ((a % TAU) + TAU) % TAU)
    .sort((a, b) => a - b);
  const pieces: [number, number][] =
    angles.length === 0 ? [[0, Math.PI], [Math.PI, TAU]] : angles.map((a, k) => [a, k + 1 < angles.length ? angles[k + 1]! : angles[0]! + TAU]);
  const inside = members.includes(i);
  return pieces
    .filter(([from, to]) => {
      if (to - from < EPSILON) return false;
      const [mx, my] = pointOn(circle, (from + to) / 2);
      return circles.every((other, j) => j === i || Math.hypot(mx - other.cx, my - other.cy) < other.r === members.includes(j));
    })
    .map(([from, to]) => (inside ? { circle: i, from, to, sweep: 1 } : { circle: i, from: to, to: from, sweep: 0 }));
}

/**
 * The SVG path of the region inside exactly the `members` circles and outside the others, built from circle
 * arcs chained end to start. Empty when the region does not exist for these circles.
 */
export function regionPath(circles: readonly Circle[], members: readonly number[]): string {
  const arcs = circles.flatMap((_, i) => boundaryArcs(circles, i, members));
  const start = (arc: Arc) => pointOn(circles[arc.circle]!, arc.from);
  let path = "";
  // Each loop starts at the first arc left and follows, each time, the first arc left that starts where it ends.
  for (let arc = arcs.shift(); arc; arc = arcs.shift()) {
    const [sx, sy] = start(arc);
    path += `M${round2(sx)} ${round2(sy)}`;
    for (let next: Arc | undefined = arc; next; ) {
      const { r } = circles[next.circle]!;
      const [ex, ey] = pointOn(circles[next.circle]!, next.to);
      path += `A${round2(r)} ${round2(r)} 0 ${Math.abs(next.to - next.from) > Math.PI ? 1 : 0} ${next.sweep} ${round2(ex)} ${round2(ey)}`;
      const k = arcs.findIndex((other) => {
        const [nx, ny] = start(other);
        return Math.hypot(nx - ex, ny - ey) < 0.01;
      });
      next = k < 0 ? undefined : arcs.splice(k, 1)[0];
    }
    path += "Z";
  }
  return path;
}
