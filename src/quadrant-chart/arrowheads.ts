import type { QuadrantAxisLayout } from "./layout";

/** Length and half-width of an axis's arrowhead, in px. */
const LENGTH = 9;
const HALF_WIDTH = 4.5;

/** The path of the arrowhead at the high end of an axis line (its second point). */
export function arrowheadPath({ line }: QuadrantAxisLayout): string {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const base = { x: line.x2 - ux * LENGTH, y: line.y2 - uy * LENGTH };
  const r = (v: number) => Math.round(v * 100) / 100;
  return `M${r(line.x2)} ${r(line.y2)}L${r(base.x - uy * HALF_WIDTH)} ${r(base.y + ux * HALF_WIDTH)}L${r(base.x + uy * HALF_WIDTH)} ${r(base.y - ux * HALF_WIDTH)}Z`;
}
