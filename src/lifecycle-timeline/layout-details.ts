import { normaliseItem } from "../core/items";
import type { InfographicItem } from "../core/types";
import { bottomOf, FONTS, type LayoutFrame, round2 } from "./layout-frame";
import type { DetailItemLayout, DetailsLayout } from "./layout-types";

/** Inner padding of the details panel. */
const PANEL_PADDING = 12;
/** Room taken by a bullet before an item's text. */
const BULLET_INDENT = 14;

/**
 * Lays out a panel listing the active stage's items, `width` wide from (left, top), with an optional heading.
 * Returns the panel and its bottom edge.
 */
export function layoutDetails(
  frame: LayoutFrame,
  stageId: string,
  items: readonly InfographicItem[],
  { left, top, width, heading }: { left: number; top: number; width: number; heading?: string },
): { details: DetailsLayout; bottom: number } {
  const inner = width - 2 * PANEL_PADDING;
  let y = top + PANEL_PADDING;
  let headingBlock;
  if (heading !== undefined) {
    headingBlock = frame.text(heading, FONTS.heading, left + PANEL_PADDING, y, inner);
    y = bottomOf(headingBlock, y) + 6;
  }
  const placed: DetailItemLayout[] = items.map((raw, i) => {
    const item = normaliseItem(raw);
    if (i > 0) y += 6;
    const textLeft = left + PANEL_PADDING + BULLET_INDENT;
    const label = frame.text(item.label, FONTS.item, textLeft, y, inner - BULLET_INDENT);
    const bullet = { cx: frame.x(left + PANEL_PADDING + 3), cy: round2(y + label.lineHeight / 2) };
    y = bottomOf(label, y);
    let description;
    if (item.description) {
      description = frame.text(item.description, FONTS.itemDescription, textLeft, y + 2, inner - BULLET_INDENT);
      y = bottomOf(description, y);
    }
    return description ? { bullet, label, description } : { bullet, label };
  });
  const bottom = y + PANEL_PADDING;
  const box = frame.box({ x: left, y: top, width, height: bottom - top });
  return { details: { stageId, box, ...(headingBlock ? { heading: headingBlock } : {}), items: placed }, bottom };
}
