import { SvgText } from "../static/parts/SvgText";
import type { TextBlock } from "./layout-types";

/** Props of a laid-out text block drawn for a standalone SVG. */
export interface StaticBlockTextProps {
  /** The block from the layout. */
  block: TextBlock;
  /** Text colour. */
  fill: string;
  /** Underlined, for links. */
  decoration?: "underline";
}

/** A layout's wrapped text block as literal SVG text: one line per baseline, anchored at the reading start. */
export function StaticBlockText({ block, fill, decoration }: StaticBlockTextProps) {
  const lines = block.lines.map((text, i) => ({ text, x: block.x, y: block.y + i * block.lineHeight }));
  return <SvgText lines={lines} fontSize={block.fontSize} bold={block.bold} fill={fill} decoration={decoration} />;
}
