import { pathRound } from "d3-path";

/** Length of an arrowhead along the direction of travel. */
export const ARROW_LENGTH = 10;
/** Half the width of an arrowhead's base. */
const ARROW_HALF_WIDTH = 5.5;
/** Half the thickness of a link. */
const HALF_WIDTH = 1.25;
/** A quarter turn: d3-path measures angles from 3 o'clock, the links from 12 o'clock. */
const QUARTER = Math.PI / 2;

/** A closed polygon through `points`, coordinates rounded to 0.01 px. */
function polygon(points: readonly (readonly [number, number])[]): string {
  const p = pathRound(2);
  points.forEach(([x, y], i) => (i === 0 ? p.moveTo(x, y) : p.lineTo(x, y)));
  p.closePath();
  return p.toString();
}

/** A point on a circle of radius `r` round the origin at d3's angle `a` (0 at 12 o'clock, clockwise). */
export function polar(r: number, a: number): [number, number] {
  return [r * Math.sin(a), -r * Math.cos(a)];
}

/**
 * A link along a circle of radius `r` from angle `from` to `to` (either way round), as a thin filled band with round
 * ends: the outer edge, a half-circle cap, the inner edge back, and a cap at the start.
 */
export function arcLink(r: number, from: number, to: number): string {
  const sense = to >= from ? 1 : -1;
  // The caps' centres sit on the centre line, inset so that each cap just reaches its end of the link.
  const inset = Math.asin(Math.min(1, HALF_WIDTH / r));
  let a0 = from + sense * inset;
  let a1 = to - sense * inset;
  if ((a1 - a0) * sense < 0) a0 = a1 = (from + to) / 2;
  const ccw = sense < 0;
  const p = pathRound(2);
  p.arc(0, 0, r + HALF_WIDTH, a0 - QUARTER, a1 - QUARTER, ccw);
  p.arc(...polar(r, a1), HALF_WIDTH, a1 - QUARTER, a1 - QUARTER + sense * Math.PI, ccw);
  p.arc(0, 0, r - HALF_WIDTH, a1 - QUARTER, a0 - QUARTER, !ccw);
  p.arc(...polar(r, a0), HALF_WIDTH, a0 + QUARTER, a0 + QUARTER + sense * Math.PI, ccw);
  p.closePath();
  return p.toString();
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
  return polygon([[bx + nx, by + ny], [tx, ty], [bx - nx, by - ny]]);
}

/** A straight link between two points, as a thin closed band (so that it is filled like the arcs). */
export function straightLink(from: readonly [number, number], to: readonly [number, number]): string {
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
  const nx = (-(to[1] - from[1]) / length) * HALF_WIDTH;
  const ny = ((to[0] - from[0]) / length) * HALF_WIDTH;
  return polygon([[from[0] + nx, from[1] + ny], [to[0] + nx, to[1] + ny], [to[0] - nx, to[1] - ny], [from[0] - nx, from[1] - ny]]);
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
