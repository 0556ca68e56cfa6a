import { wrapText } from "../core/text/wrap";
import { fitVenn, ITEM_FONT_SIZE, ITEM_LINE_HEIGHT, type TextBox } from "./fit";
import { placeCircles, round2, type Box, type Circle } from "./geometry";
import { regionPath } from "./region-paths";
import { buildRegions, READING_ORDER, type VennItemModel } from "./regions";
import type { VennDiagramProps } from "./types";

/** Font size of set labels, in px. */
export const LABEL_FONT_SIZE = 16;
const LABEL_LINE_HEIGHT = 1.25;
/** Gap between a circle and its label, and margin around the picture (room for focus rings), in px. */
const LABEL_GAP = 10;
const MARGIN = 8;
/** Least gap between the two top labels, and how far (times the radius) they sit outwards of their centres. */
const LABEL_SPACING = 32;
const LABEL_OUTWARD = 0.3;
const TOOLTIP_PADDING = 8;
const TOOLTIP_MAX_WIDTH = 240;
/** Text below this size at the rendered width is unreadable; the narrow layout takes over before that. */
const SMALLEST_READABLE = 12;

/** One line of text: its content and centre point (drawn with `text-anchor: middle`, `dominant-baseline: central`). */
export interface VennTextLine {
  /** The text of the line. */
  text: string;
  /** Horizontal centre. */
  x: number;
  /** Vertical centre. */
  y: number;
}

/** A block of wrapped text and its box. */
export interface VennTextBlock {
  /** The box around the lines. */
  box: Box;
  /** The lines. */
  lines: VennTextLine[];
}

/** An item placed in its region, with its description's tooltip when it has one. */
export interface VennItemLayout extends VennItemModel, VennTextBlock {
  /** Stable key: region key and index (`"0-1:2"`). */
  key: string;
  /** Where the description box shows on hover and focus. */
  tooltip?: VennTextBlock;
}

/** A region: name, outline path and placed items. */
export interface VennRegionLayout {
  /** Member set indices joined by "-". */
  key: string;
  /** Indices of the sets the region is inside. */
  members: number[];
  /** Accessible name ("Product manager only", "Both", "All three"). */
  name: string;
  /** SVG path of the region's outline. */
  path: string;
  /** Items, in the order given. */
  items: VennItemLayout[];
}

/** A set's circle and its label. */
export interface VennCircleLayout extends Circle {
  /** Index of the set in `props.sets`. */
  setIndex: number;
  /** The set's label, placed outside the circles. */
  label: VennTextBlock;
}

/** A small Venn drawing identifying a region in the narrow layout. */
export interface VennGlyphLayout {
  /** Width of its viewBox. */
  width: number;
  /** Height of its viewBox. */
  height: number;
  /** Its circles. */
  circles: Circle[];
  /** Region outline paths by region key. */
  paths: Record<string, string>;
}

/** Everything needed to draw a Venn diagram, wide or narrow. */
export interface VennLayout {
  /** ViewBox width of the wide picture, in px; it is drawn no wider than this. */
  width: number;
  /** ViewBox height of the wide picture. */
  height: number;
  /** Direction the picture is laid out in (RTL mirrors it). */
  direction: "ltr" | "rtl";
  /** Item and label font sizes, in px. */
  fontSizes: { item: number; label: number; tooltip: number };
  /** Line heights, in px. */
  lineHeights: { item: number; label: number };
  /** One circle per set, in the order of `props.sets`. */
  circles: VennCircleLayout[];
  /** Every region, in reading order (empty ones included, with no items). */
  regions: VennRegionLayout[];
  /** Container width below which the stacked cards replace the picture (text would drop under 12 px). */
  narrowBelow: number;
  /** With `options.width`: the layout that shows at that width. */
  mode?: "wide" | "narrow";
  /** The small Venn drawn on each card of the narrow layout. */
  glyph: VennGlyphLayout;
}

/** Options of `computeVennLayout`. */
export interface VennLayoutOptions {
  /** Width of the container, in px: decides `mode`. */
  width?: number;
  /** Layout direction; `rtl` mirrors the picture. Default `ltr`. */
  direction?: "ltr" | "rtl";
  /**
   * How much wider the reader's font draws than the built-in Arial-like metrics (1, the default, trusts them). The
   * component measures this in the browser after fonts load and lays out again only when text would overflow.
   */
  textScale?: number;
}

type Transform = (x: number) => number;

/** A text box moved up by `dy` and across by `tx`, its lines centred and starting `inset` below its top. */
function blockOf({ x, y, width, height, lines }: TextBox, lineHeight: number, tx: Transform, dy: number, inset = 0): VennTextBlock {
  const cx = round2(tx(x + width / 2));
  return {
    box: { x: round2(Math.min(tx(x), tx(x + width))), y: round2(y - dy), width: round2(width), height: round2(height) },
    lines: lines.map((text, i) => ({ text, x: cx, y: round2(y - dy + inset + lineHeight * (i + 0.5)) })),
  };
}

/** Set labels sit outside the circles: the first two above, side by side without touching; a third below. */
function labelBoxes(sets: VennDiagramProps["sets"], circles: readonly Circle[], r: number, d: number, widthScale: number): TextBox[] {
  const top = Math.min(...circles.map((c) => c.cy - c.r));
  return sets.map(({ label }, i) => {
    const circle = circles[i]!;
    const below = i === 2;
    const [minX, maxX] = below ? [circle.cx - r, circle.cx + r] : i === 0 ? [-d / 2 - r, -LABEL_SPACING / 2] : [LABEL_SPACING / 2, d / 2 + r];
    const text = wrapText(label, { fontSize: LABEL_FONT_SIZE, fontWeight: "bold", lineHeight: LABEL_LINE_HEIGHT, maxWidth: maxX - minX, widthScale });
    // Top labels sit over the outer part of their circle, so that the two read as two names, not one phrase.
    const centre = below ? circle.cx : circle.cx + (i === 0 ? -1 : 1) * LABEL_OUTWARD * r;
    const x = Math.min(Math.max(centre - text.width / 2, minX), maxX - text.width);
    const y = below ? circle.cy + r + LABEL_GAP : top - LABEL_GAP - text.height;
    return { x, y, width: text.width, height: text.height, lines: text.lines };
  });
}

/** Places the description box under its item, or above it when there is no room below, inside the picture. */
function tooltipFor(description: string, item: Box, width: number, height: number, widthScale: number): VennTextBlock {
  const text = wrapText(description, { fontSize: ITEM_FONT_SIZE, lineHeight: ITEM_LINE_HEIGHT, maxWidth: Math.min(TOOLTIP_MAX_WIDTH, width - 4 * TOOLTIP_PADDING), widthScale });
  const w = text.width + 2 * TOOLTIP_PADDING;
  const h = text.height + 2 * TOOLTIP_PADDING;
  const x = Math.min(Math.max(item.x + item.width / 2 - w / 2, 2), width - w - 2);
  let y = item.y + item.height + 6;
  if (y + h > height - 2) y = Math.max(2, item.y - 6 - h);
  return blockOf({ x, y, width: w, height: h, lines: text.lines }, text.lineHeight, (v) => v, 0, TOOLTIP_PADDING);
}

function glyphFor(count: 2 | 3, tx: (width: number) => Transform): VennGlyphLayout {
  const [r, d] = count === 2 ? [11, 13] : [10, 11];
  const raw = placeCircles(count, r, d);
  const width = 2 * r + d + 4;
  const height = count === 2 ? 2 * r + 4 : 2 * r + (d * Math.sqrt(3)) / 2 + 4;
  const minY = Math.min(...raw.map((c) => c.cy - c.r));
  const flip = tx(width);
  const circles = raw.map((c) => ({ cx: round2(flip(c.cx + width / 2)), cy: round2(c.cy - minY + 2), r }));
  const paths = Object.fromEntries(READING_ORDER[count].map((members) => [members.join("-"), regionPath(circles, members)]));
  return { width: round2(width), height: round2(height), circles, paths };
}

/**
 * Lays out a Venn diagram of 2 or 3 sets, sized to its content: circles grow until every region's items fit
 * inside that region, 8 px clear of every circle edge, at 14 px. Pure and deterministic; numbers rounded to 2 decimals.
 * Expects props that `validateVennDiagram` accepts.
 */
export function computeVennLayout(props: Pick<VennDiagramProps, "sets" | "overlaps">, options: VennLayoutOptions = {}): VennLayout {
  const count = props.sets.length;
  if (count !== 2 && count !== 3) throw new Error(`VennDiagram: needs 2 or 3 sets, got ${count}`);
  const direction = options.direction === "rtl" ? "rtl" : "ltr";
  const models = buildRegions(props);
  const widthScale = Math.max(1, options.textScale ?? 1);
  const fit = fitVenn(models, count, widthScale);
  const labels = labelBoxes(props.sets, fit.circles, fit.r, fit.d, widthScale);

  // Translate so the picture starts at the margin; mirror x for right-to-left. Edges: left, top, right, bottom.
  const edges = [...fit.circles.map((c) => [c.cx - c.r, c.cy - c.r, c.cx + c.r, c.cy + c.r]), ...labels.map((b) => [b.x, b.y, b.x + b.width, b.y + b.height])];
  const [minX, minY, maxX, maxY] = [0, 1, 2, 3].map((side) => (side < 2 ? Math.min(...edges.map((e) => e[side]!)) - MARGIN : Math.max(...edges.map((e) => e[side]!)) + MARGIN)) as [number, number, number, number];
  const width = Math.ceil(maxX - minX);
  const height = Math.ceil(maxY - minY);
  const mirror = (w: number): Transform => (direction === "rtl" ? (x) => w - x : (x) => x);
  const tx: Transform = (x) => mirror(width)(x - minX);

  const circles: VennCircleLayout[] = fit.circles.map((c, i) => ({
    setIndex: i,
    cx: round2(tx(c.cx)),
    cy: round2(c.cy - minY),
    r: round2(c.r),
    label: blockOf(labels[i]!, LABEL_FONT_SIZE * LABEL_LINE_HEIGHT, tx, minY),
  }));
  const itemLineHeight = ITEM_FONT_SIZE * ITEM_LINE_HEIGHT;
  const regions: VennRegionLayout[] = models.map((model) => {
    const placement = fit.placements.get(model.key)!;
    const items = model.items.map((item, i): VennItemLayout => {
      const block = blockOf(placement[i]!, itemLineHeight, tx, minY);
      return { key: `${model.key}:${i}`, ...item, ...block, ...(item.description ? { tooltip: tooltipFor(item.description, block.box, width, height, widthScale) } : {}) };
    });
    return { key: model.key, members: model.members, name: model.name, path: regionPath(circles, model.members), items };
  });

  const narrowBelow = Math.ceil((width * SMALLEST_READABLE) / ITEM_FONT_SIZE);
  return {
    width,
    height,
    direction,
    fontSizes: { item: ITEM_FONT_SIZE, label: LABEL_FONT_SIZE, tooltip: ITEM_FONT_SIZE },
    lineHeights: { item: round2(itemLineHeight), label: round2(LABEL_FONT_SIZE * LABEL_LINE_HEIGHT) },
    circles,
    regions,
    narrowBelow,
    ...(options.width !== undefined ? { mode: options.width >= narrowBelow ? "wide" : "narrow" } : {}),
    glyph: glyphFor(count, mirror),
  };
}
