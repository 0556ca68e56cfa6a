import { pathRound } from "d3-path";

/** A ring (stroked arc) of the given share, its geometry in the picture's coordinates. */
export interface RingLayout {
  /** Centre x. */
  cx: number;
  /** Centre y. */
  cy: number;
  /** Radius of the stroke's centre line. */
  r: number;
  /** Stroke width of the filled arc. */
  thickness: number;
  /** The filled arc, clockwise from twelve o'clock; empty for a share of 0. */
  arc: string;
  /** The share drawn, from 0 to 1. */
  share: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The SVG path of an arc covering `share` of a circle, clockwise from the top (d3-path draws a whole circle as two arcs). */
export function arcPath(cx: number, cy: number, r: number, share: number): string {
  const s = Math.min(1, Math.max(0, share));
  if (s === 0) return "";
  const p = pathRound(2);
  p.arc(cx, cy, r, -Math.PI / 2, (s * 2 - 0.5) * Math.PI);
  return p.toString();
}

/** The ring of a share, centred at (cx, cy) with outer diameter `size`. */
export function ringLayout(cx: number, cy: number, size: number, share: number): RingLayout {
  const thickness = Math.max(4, Math.round(size / 7));
  const r = (size - thickness) / 2;
  return { cx: round(cx), cy: round(cy), r: round(r), thickness, arc: arcPath(cx, cy, r, share), share: Math.min(1, Math.max(0, share)) };
}
