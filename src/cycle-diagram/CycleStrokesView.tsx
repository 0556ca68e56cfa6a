import type { CycleStrokes } from "./layout-types";
import { enterMark } from "../motion/enter-mark";

/** The links and arrowheads of a layout (or its glyph), drawn from their origin; decoration only. */
export function CycleStrokesView({ strokes, order }: { strokes: CycleStrokes; order: number }) {
  const transform = strokes.x === 0 && strokes.y === 0 ? undefined : `translate(${strokes.x} ${strokes.y})`;
  return (
    <g className="ri-cy-link" aria-hidden="true" transform={transform} {...enterMark("fade", order)}>
      {strokes.links.map((d, i) => (
        <path key={`l${i}`} d={d} />
      ))}
      {strokes.arrowheads.map((d, i) => (
        <path key={`a${i}`} d={d} />
      ))}
    </g>
  );
}
