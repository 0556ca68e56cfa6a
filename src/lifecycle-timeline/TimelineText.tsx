import { Fragment, type SVGProps } from "react";
import type { TextBlock } from "./layout-types";
import { TIMELINE_TEXT_SIZE } from "./text-size";

/** Props of a wrapped text block. */
export interface TimelineTextProps extends Omit<SVGProps<SVGTextElement>, "x" | "y" | "fontSize"> {
  /** The block from the layout. */
  block: TextBlock;
}

/**
 * One wrapped text block as an SVG `<text>` with a `<tspan>` per line. A space sits between lines (unless one ends in
 * a hyphen) so that assistive technology reads "shape an idea", not "shapean idea". The first line starts at the
 * text's own x, and the size is written only where it differs from the one the svg passes down.
 */
export function TimelineText({ block, ...rest }: TimelineTextProps) {
  const last = block.lines.length - 1;
  return (
    <text x={block.x} y={block.y} fontSize={block.fontSize === TIMELINE_TEXT_SIZE ? undefined : block.fontSize} fontWeight={block.bold ? 700 : undefined} {...rest}>
      {block.lines.map((line, i) => (
        <Fragment key={i}>
          <tspan x={i === 0 ? undefined : block.x} dy={i === 0 ? undefined : block.lineHeight}>
            {line}
          </tspan>
          {i < last && !line.endsWith("-") ? " " : null}
        </Fragment>
      ))}
    </text>
  );
}
