import { StaticDetailItems } from "../lifecycle-timeline/static-detail-items";
import { StaticBlockText } from "../lifecycle-timeline/static-text";
import { SvgText } from "../static/parts/SvgText";
import type { StaticPalette } from "../theme/static-palette";
import type { AnchoredText, CycleDetailsLayout, CycleStrokes } from "./layout-types";
import type { CycleStep } from "./types";

/** An anchored text block as literal SVG text. */
export function StaticAnchoredText({ block, fill }: { block: AnchoredText; fill: string }) {
  const lines = block.lines.map((text, i) => ({ text, x: block.x, y: block.y + i * block.lineHeight }));
  return <SvgText lines={lines} fontSize={block.fontSize} bold={block.bold} fill={fill} anchor={block.anchor} />;
}

/** Links and arrowheads in the neutral rule colour. */
export function StaticStrokes({ strokes, fill }: { strokes: CycleStrokes; fill: string }) {
  const transform = strokes.x === 0 && strokes.y === 0 ? undefined : `translate(${strokes.x} ${strokes.y})`;
  return (
    <g aria-hidden="true" fill={fill} transform={transform}>
      {[...strokes.links, ...strokes.arrowheads].map((d, i) => (
        <path key={i} d={d} />
      ))}
    </g>
  );
}

/** The active step's panel: heading, description and items as a named list. */
export function StaticCycleDetails({ layout, step, palette }: { layout: CycleDetailsLayout; step: CycleStep; palette: StaticPalette }) {
  const { box } = layout;
  return (
    <g>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={8} fill={palette.surface} stroke={palette.border} strokeWidth={1} />
      {layout.heading ? <StaticBlockText block={layout.heading} fill={palette.text} /> : null}
      {layout.description ? <StaticBlockText block={layout.description} fill={palette.text} /> : null}
      {layout.items.length > 0 ? <StaticDetailItems items={step.items ?? []} layouts={layout.items} name={`${step.label}: details`} palette={palette} /> : null}
    </g>
  );
}
