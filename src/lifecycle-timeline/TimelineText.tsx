import { Fragment, type SVGProps } from "react";
import type { TextBlock } from "./layout-types";
import { TIMELINE_TEXT_SIZE } from "./text-size";

/** Props of a wrapped text block. */
export interface TimelineTextProps extends Omit<SVGProps<SVGTextElement>, "x" | "y" | "fontSize"> {
  /** The block from the layout. */
  block: TextBlock;
  /** Size and weight the stylesheet already gives this text, so not written on it. Default the svg's: 14, regular. */
  inherited?: { fontSize: number; bold: boolean };
}

const SVG_TEXT = { fontSize: TIMELINE_TEXT_SIZE, bold: false };

/**
 * One wrapped text block as an SVG `<text>`: the first line sits at the text's own position, each further line in a
 * `<tspan>`. A space sits between lines (unless one ends in a hyphen) so that assistive technology reads "shape an
 * idea", not "shapean idea". The size is written only where it differs from the one the svg passes down.
 */
export function TimelineText({ block, inherited = SVG_TEXT, ...rest }: TimelineTextProps) {
  const gap = (i: number) => (i < block.lines.length - 1 && !block.lines[i]!.endsWith("-") ? " " : "");
  return (
    <text x={block.x} y={block.y} fontSize={block.fontSize === inherited.fontSize ? undefined : block.fontSize}
      fontWeight={block.bold === inherited.bold ? undefined : block.bold ? 700 : 400} {...rest}>
      {block.lines.map((line, i) =>
        i === 0 ? (
          line + gap(0)
        ) : (
          <Fragment key={i}>
            <tspan x={block.x} dy={block.lineHeight}>
              {line}
            </tspan>
            {gap(i) || null}
          </Fragment>
        ),
      )}
    </text>
  );
}
