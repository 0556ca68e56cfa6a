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

/**
 * The SVG path of an arc covering `share` of a circle, clockwise from the top. Written by hand rather than with
 * d3-shape's `arc` (about 4.9 kB min + gzip): a stroked SVG arc needs two commands, and a whole circle two arcs.
 */
export function arcPath(cx: number, cy: number, r: number, share: number): string {
  const s = Math.min(1, Math.max(0, share));
  if (s === 0) return "";
  const top = `M${round(cx)} ${round(cy - r)}`;
  if (s >= 1) return `${top}A${round(r)} ${round(r)} 0 1 1 ${round(cx)} ${round(cy + r)}A${round(r)} ${round(r)} 0 1 1 ${round(cx)} ${round(cy - r)}`;
  const angle = s * 2 * Math.PI;
  const x = cx + r * Math.sin(angle);
  const y = cy - r * Math.cos(angle);
  return `${top}A${round(r)} ${round(r)} 0 ${s > 0.5 ? 1 : 0} 1 ${round(x)} ${round(y)}`;
}

/** The ring of a share, centred at (cx, cy) with outer diameter `size`. */
export function ringLayout(cx: number, cy: number, size: number, share: number): RingLayout {
  const thickness = Math.max(4, Math.round(size / 7));
  const r = (size - thickness) / 2;
  return { cx: round(cx), cy: round(cy), r: round(r), thickness, arc: arcPath(cx, cy, r, share), share: Math.min(1, Math.max(0, share)) };
}
