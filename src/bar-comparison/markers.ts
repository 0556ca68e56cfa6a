import { round } from "./text-block";

/** The marker shapes that tell series apart besides colour, by series index: circle, square, triangle, diamond. */
export const MARKER_SHAPES = ["circle", "square", "triangle", "diamond"] as const;

/** The SVG path of series `index`'s marker, centred on (cx, cy), about `size` px across. */
export function markerPath(index: number, cx: number, cy: number, size: number): string {
  const r = size / 2;
  const p = (x: number, y: number) => `${round(cx + x)} ${round(cy + y)}`;
  switch (MARKER_SHAPES[index % MARKER_SHAPES.length]) {
    case "square":
      return `M${p(-r * 0.85, -r * 0.85)}H${round(cx + r * 0.85)}V${round(cy + r * 0.85)}H${round(cx - r * 0.85)}Z`;
    case "triangle":
      return `M${p(0, -r)}L${p(r, r * 0.8)}L${p(-r, r * 0.8)}Z`;
    case "diamond":
      return `M${p(0, -r * 1.1)}L${p(r * 1.1, 0)}L${p(0, r * 1.1)}L${p(-r * 1.1, 0)}Z`;
    default:
      return `M${p(-r, 0)}A${r} ${r} 0 1 0 ${p(r, 0)}A${r} ${r} 0 1 0 ${p(-r, 0)}Z`;
  }
}
