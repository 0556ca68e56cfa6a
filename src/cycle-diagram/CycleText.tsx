import type { SVGProps } from "react";
import { TimelineText } from "../lifecycle-timeline/TimelineText";
import type { AnchoredText } from "./layout-types";

/** Props of an anchored text block. */
export interface CycleTextProps extends Omit<SVGProps<SVGTextElement>, "x" | "y" | "fontSize"> {
  /** The block from the layout. */
  block: AnchoredText;
}

/** A wrapped text block drawn from its anchor (start, middle or end of each line, in reading order). */
export function CycleText({ block, ...rest }: CycleTextProps) {
  return <TimelineText block={block} textAnchor={block.anchor === "start" ? undefined : block.anchor} {...rest} />;
}
