import { arc, line } from "d3-shape";

/** Length of an arrowhead along the direction of travel. */
export const ARROW_LENGTH = 10;
/** Half the width of an arrowhead's base. */
const ARROW_HALF_WIDTH = 5.5;
/** Thickness of a link. */
const LINK_WIDTH = 2.5;

const band = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>()
  .cornerRadius(LINK_WIDTH / 2)
  .digits(2);
const polyline = line().digits(2);

/** A point on a circle of radius `r` round the origin at d3's angle `a` (0 at 12 o'clock, clockwise). */
export function polar(r: number, a: number): [number, number] {
  return [r * Math.sin(a), -r * Math.cos(a)];
}

/** A link along a circle of radius `r` from angle `from` to `to` (either way round), as a thin filled band. */
export function arcLink(r: number, from: number, to: number): string {
  return band({ innerRadius: r - LINK_WIDTH / 2, outerRadius: r + LINK_WIDTH / 2, startAngle: from, endAngle: to }) ?? "";
}

/** A closed arrowhead whose tip is at `tip`, pointing along the unit vector `direction`. */
export function arrowhead(tip: readonly [number, number], direction: readonly [number, number]): string {
  const [tx, ty] = tip;
  const [dx, dy] = direction;
  const bx = tx - dx * ARROW_LENGTH;
  const by = ty - dy * ARROW_LENGTH;
  // The normal to the direction of travel spreads the base.
  const nx = -dy * ARROW_HALF_WIDTH;
  const ny = dx * ARROW_HALF_WIDTH;
  return `${polyline([[bx + nx, by + ny], [tx, ty], [bx - nx, by - ny]]) ?? ""}Z`;
}

/** A straight link between two points, as a thin closed band (so that it is filled like the arcs). */
export function straightLink(from: readonly [number, number], to: readonly [number, number]): string {
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
  const nx = (-(to[1] - from[1]) / length) * (LINK_WIDTH / 2);
  const ny = ((to[0] - from[0]) / length) * (LINK_WIDTH / 2);
  return `${polyline([[from[0] + nx, from[1] + ny], [to[0] + nx, to[1] + ny], [to[0] - nx, to[1] - ny], [from[0] - nx, from[1] - ny]]) ?? ""}Z`;
}

/**
 * The links of a ring of `count` markers of radius `markerRadius` on a circle of radius `r`, each from one marker
 * to the next with an arrowhead, the last back to the first. `sense` is 1 for clockwise (LTR), -1 for RTL.
 */
export function ringLinks(count: number, r: number, markerRadius: number, sense: 1 | -1): { links: string[]; arrowheads: string[] } {
  const step = (2 * Math.PI) / count;
  const clear = (markerRadius + 5) / r;
  const links: string[] = [];
  const arrowheads: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = sense * (i * step + clear);
    const tipAngle = sense * ((i + 1) * step - clear);
    // The band stops a pixel inside the arrowhead's base so that the two join without a seam.
    const end = tipAngle - (sense * (ARROW_LENGTH - 1)) / r;
    links.push(arcLink(r, start, end));
    arrowheads.push(arrowhead(polar(r, tipAngle), [sense * Math.cos(tipAngle), sense * Math.sin(tipAngle)]));
  }
  return { links, arrowheads };
}

/** The small ring glyph of the list layout: a circle of radius `r` that almost closes, with an arrowhead. */
export function ringGlyph(r: number, sense: 1 | -1): { links: string[]; arrowheads: string[] } {
  const tipAngle = sense * (2 * Math.PI - 0.5);
  const end = tipAngle - (sense * (ARROW_LENGTH - 1)) / r;
  return {
    links: [arcLink(r, sense * 0.35, end)],
    arrowheads: [arrowhead(polar(r, tipAngle), [sense * Math.cos(tipAngle), sense * Math.sin(tipAngle)])],
  };
}
