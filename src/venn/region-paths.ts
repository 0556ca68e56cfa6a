import { round2, type Circle } from "./geometry";

/** A piece of a region's outline: where it starts and ends, and its SVG arc command. */
interface Arc {
  start: [number, number];
  end: [number, number];
  command: string;
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
    .map(([a, b]) => {
      // Inside the circle the outline travels towards larger angles (clockwise on screen), outside it back.
      const [start, end] = inside ? [pointOn(circle, a), pointOn(circle, b)] : [pointOn(circle, b), pointOn(circle, a)];
      const r = round2(circle.r);
      return { start, end, command: `A${r} ${r} 0 ${b - a > Math.PI ? 1 : 0} ${inside ? 1 : 0} ${round2(end[0])} ${round2(end[1])}` };
    });
}

/**
 * The SVG path of the region inside exactly the `members` circles and outside the others, built from circle
 * arcs chained end to start. Empty when the region does not exist for these circles.
 */
export function regionPath(circles: readonly Circle[], members: readonly number[]): string {
  const arcs = circles.flatMap((_, i) => boundaryArcs(circles, i, members));
  let path = "";
  // Each loop starts at the first arc left and follows, each time, the first arc left that starts where it ends.
  for (let arc = arcs.shift(); arc; arc = arcs.shift()) {
    path += `M${round2(arc.start[0])} ${round2(arc.start[1])}`;
    for (let next: Arc | undefined = arc; next; ) {
      const [ex, ey] = next.end;
      path += next.command;
      const k = arcs.findIndex(({ start: [nx, ny] }) => Math.hypot(nx - ex, ny - ey) < 0.01);
      next = k < 0 ? undefined : arcs.splice(k, 1)[0];
    }
    path += "Z";
  }
  return path;
}
