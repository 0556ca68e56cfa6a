import { Fragment, type SVGProps } from "react";
import type { StatTextBlock } from "./layout";

/** Props of a wrapped text block. */
export interface StatTextProps extends Omit<SVGProps<SVGTextElement>, "fontSize"> {
  /** The block from the layout. */
  block: StatTextBlock;
}

/** A wrapped block as one `<text>` with a `<tspan>` per line, a space between lines unless a line ends in a hyphen. */
export function StatText({ block, ...rest }: StatTextProps) {
  const last = block.lines.length - 1;
  return (
    <text fontSize={block.fontSize} {...rest}>
      {block.lines.map((line, i) => (
        <Fragment key={i}>
          <tspan x={line.x} y={line.y}>
            {line.text}
          </tspan>
          {i < last && !line.text.endsWith("-") ? " " : null}
        </Fragment>
      ))}
    </text>
  );
}
