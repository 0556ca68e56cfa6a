import { itemWords, QUADRANT_ORDER, quadrantName, quadrantOf, type QuadrantKey } from "./describe";
import { round2, type Box } from "./geometry";
import { placeLabels, type PlacedLabel } from "./place-labels";
import { blockAt, measure, type MeasuredText, type QuadrantTextBlock } from "./text-block";
import type { QuadrantChartProps } from "./types";

export type { QuadrantTextBlock, QuadrantTextLine } from "./text-block";
export type { Box } from "./geometry";

/** Width the component draws its picture at (its viewBox); it scales down with its container until the narrow layout takes over. */
export const PICTURE_WIDTH = 640;
/** Narrowest picture the layout draws (with `pictureWidth`). */
export const MIN_PICTURE_WIDTH = 320;
/** Font size of item labels, axis text and quadrant names, in px. */
export const FONT_SIZE = 14;
/** Text below this size at the rendered width is unreadable; the narrow layout takes over before that. */
const SMALLEST_READABLE = 12;
/** Container width below which the narrow layout shows: where the picture's 14 px text would drop under 12 px. */
export const QUADRANT_NARROW_BELOW = Math.ceil((PICTURE_WIDTH * SMALLEST_READABLE) / FONT_SIZE);
const MARGIN = 8;
/** Radius of an item's dot. */
export const DOT_RADIUS = 6;
/** Room between the plot's edge (or a quadrant name) and the nearest possible dot. */
const DATA_INSET = 16;
const NAME_PADDING = 6;
const AXIS_GAP = 8;
const TOOLTIP_PADDING = 8;
const TOOLTIP_MAX_WIDTH = 240;
/** Height of the data area as a share of its width, before it grows to make room for crowded labels. */
const DATA_ASPECT = 0.56;
const GROWTH = 1.2;
const MAX_GROWTHS = 16;
/** Labels rarely pack tighter than this share of the plot; a plot with less room starts taller. */
const PACKING = 0.5;

/** An item placed on the chart. */
export interface QuadrantItemLayout {
  /** Stable key: `id:<id>`, or `index:<n>` for an item without an id. */
  key: string;
  /** Position in `props.items`. */
  index: number;
  /** The item's label. */
  label: string;
  /** The item's description. */
  description?: string;
  /** The item's position on the axes, 0 to 1. */
  x: number;
  /** The item's position on the axes, 0 to 1 (up). */
  y: number;
  /** The quadrant the item falls in. */
  quadrant: QuadrantKey;
  /** The item and its position in words, for assistive technology. */
  words: string;
  /** Centre of its dot, in px. */
  dot: { x: number; y: number };
  /** Its label, placed clear of every other label and dot. */
  text: QuadrantTextBlock;
  /** A line from the dot to its label, when the label could not sit beside it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** Where the description box shows on hover and focus. */
  tooltip?: QuadrantTextBlock & { panel: Box };
}

/** One quadrant: its name, its cell of the plot and its items. */
export interface QuadrantLayout {
  /** Which quadrant. */
  key: QuadrantKey;
  /** The author's name, or one made of the axis ends. */
  name: string;
  /** Whether the author named it. */
  named: boolean;
  /** Where it lies, in words made of the axis ends ("High impact, low effort"). */
  derived: string;
  /** Its cell of the plot. */
  cell: Box;
  /** Its name, drawn at the cell's outer edge. */
  nameText: QuadrantTextBlock;
  /** Keys of its items, in the order given. */
  items: string[];
}

/** An axis's three texts, placed. */
export interface QuadrantAxisLayout {
  /** What the axis measures. */
  label: QuadrantTextBlock;
  /** Its low end. */
  low: QuadrantTextBlock;
  /** Its high end. */
  high: QuadrantTextBlock;
  /** The axis line with its arrowhead at the high end. */
  line: { x1: number; y1: number; x2: number; y2: number };
}

/** Everything needed to draw a quadrant chart, wide or narrow. */
export interface QuadrantChartLayout {
  /** ViewBox width of the picture, in px. */
  width: number;
  /** ViewBox height of the picture. */
  height: number;
  /** Text direction. The picture itself is never mirrored: low x stays on the left, as on any chart. */
  direction: "ltr" | "rtl";
  /** Font size of every text, in px. */
  fontSize: number;
  /** Radius of the dots. */
  dotRadius: number;
  /** The plot's frame. */
  plot: Box;
  /** Where the middle lines cross. */
  middle: { x: number; y: number };
  /** The horizontal axis. */
  xAxis: QuadrantAxisLayout;
  /** The vertical axis. */
  yAxis: QuadrantAxisLayout;
  /** The four quadrants in reading order: top-left, top-right, bottom-left, bottom-right. */
  quadrants: QuadrantLayout[];
  /** Every item, in the order given. */
  items: QuadrantItemLayout[];
  /** Container width below which the narrow layout replaces the picture. */
  narrowBelow: number;
  /** With `options.width`: the layout that shows at that width. */
  mode?: "wide" | "narrow";
}

/** Options of `computeQuadrantChartLayout`. */
export interface QuadrantChartLayoutOptions {
  /** Width of the container, in px: decides `mode`, and the picture is drawn this wide (at most 640). */
  width?: number;
  /** Width to draw the picture at, overriding `width` (320 to 640). Default 640. */
  pictureWidth?: number;
  /** Text direction. Default `ltr`. */
  direction?: "ltr" | "rtl";
  /** How much wider the reader's font draws than the built-in metrics. Default 1. */
  textScale?: number;
}

function itemKey(item: QuadrantChartProps["items"][number], index: number): string {
  return item.id !== undefined ? `id:${item.id}` : `index:${index}`;
}

interface Frame {
  plot: Box;
  data: Box;
  nameBand: number;
}

/** The plot's frame for a data-area height: name bands at top and bottom, the data area between them. */
function frameFor(left: number, right: number, dataHeight: number, nameBand: number): Frame {
  const top = MARGIN;
  const data = { x: left + DATA_INSET, y: top + nameBand + DATA_INSET, width: right - left - 2 * DATA_INSET, height: dataHeight };
  const plot = { x: left, y: top, width: right - left, height: dataHeight + 2 * (nameBand + DATA_INSET) };
  return { plot, data, nameBand };
}

function cellsOf(plot: Box, middle: { x: number; y: number }): Record<QuadrantKey, Box> {
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  return {
    topLeft: { x: plot.x, y: plot.y, width: middle.x - plot.x, height: middle.y - plot.y },
    topRight: { x: middle.x, y: plot.y, width: right - middle.x, height: middle.y - plot.y },
    bottomLeft: { x: plot.x, y: middle.y, width: middle.x - plot.x, height: bottom - middle.y },
    bottomRight: { x: middle.x, y: middle.y, width: right - middle.x, height: bottom - middle.y },
  };
}

/** Places the description box under the item's label, or above it when there is no room below. */
function tooltipFor(description: string, near: Box, width: number, height: number, widthScale: number): QuadrantTextBlock & { panel: Box } {
  const text = measure(description, FONT_SIZE, Math.min(TOOLTIP_MAX_WIDTH, width - 4 * TOOLTIP_PADDING), widthScale);
  const w = text.width + 2 * TOOLTIP_PADDING;
  const h = text.height + 2 * TOOLTIP_PADDING;
  const x = Math.min(Math.max(near.x + near.width / 2 - w / 2, 2), width - w - 2);
  let y = near.y + near.height + 6;
  if (y + h > height - 2) y = Math.max(2, near.y - 6 - h);
  return { ...blockAt(text, x + TOOLTIP_PADDING, y + TOOLTIP_PADDING), panel: { x: round2(x), y: round2(y), width: round2(w), height: round2(h) } };
}

/**
 * Lays out a quadrant chart: the y axis's texts in a gutter at the left, the plot with each quadrant's name at
 * its outer edge, the x axis's texts under it, and a dot per item with its label placed so that no two labels
 * overlap, no label covers a dot or a name and none leaves the plot (see `placeLabels`); the plot grows taller
 * when crowded labels need room. The picture is never mirrored for right-to-left text. Pure and deterministic;
 * numbers rounded to 2 decimals. Expects props that `validateQuadrantChart` accepts.
 */
export function computeQuadrantChartLayout(props: Pick<QuadrantChartProps, "xAxis" | "yAxis" | "quadrants" | "items">, options: QuadrantChartLayoutOptions = {}): QuadrantChartLayout {
  const direction = options.direction === "rtl" ? "rtl" : "ltr";
  const widthScale = Math.max(1, options.textScale ?? 1);
  const requested = options.pictureWidth ?? options.width ?? PICTURE_WIDTH;
  const width = Math.round(Math.min(PICTURE_WIDTH, Math.max(MIN_PICTURE_WIDTH, requested)));
  const m = (text: string, maxWidth: number, bold = false) => measure(text, FONT_SIZE, maxWidth, widthScale, bold);

  // The y axis's gutter: as wide as its widest text needs, at most a fifth of the picture.
  const gutterMax = Math.round(width * 0.2);
  const yTexts = { label: m(props.yAxis.label, gutterMax, true), high: m(props.yAxis.high, gutterMax), low: m(props.yAxis.low, gutterMax) };
  const gutter = Math.max(yTexts.label.width, yTexts.high.width, yTexts.low.width) + AXIS_GAP + 6;
  const left = MARGIN + gutter;
  const right = width - MARGIN;
  const plotWidth = right - left;

  const quadrantNames = QUADRANT_ORDER.map((key) => ({
    key,
    name: quadrantName(key, props),
    named: Boolean(props.quadrants?.[key]?.trim()),
    derived: quadrantName(key, { xAxis: props.xAxis, yAxis: props.yAxis }),
  }));
  const nameTexts = quadrantNames.map((q) => m(q.name, plotWidth / 2 - 2 * NAME_PADDING - 8, true));
  const nameBand = Math.max(...nameTexts.map((t) => t.height)) + 2 * NAME_PADDING;

  const thirds = plotWidth / 3 - AXIS_GAP;
  const xTexts = { label: m(props.xAxis.label, thirds, true), low: m(props.xAxis.low, thirds), high: m(props.xAxis.high, thirds) };

  // The gutter's three texts stack in the data area's height: it is never shorter than they need.
  const yNeeds = yTexts.high.height / 2 + yTexts.label.height + yTexts.low.height / 2 + 2 * AXIS_GAP;
  let dataHeight = Math.max(Math.round((plotWidth - 2 * DATA_INSET) * DATA_ASPECT), Math.ceil(yNeeds));

  const labelWidth = Math.min(150, Math.round(plotWidth * 0.3));
  const labelTexts = props.items.map((item) => m(item.label, labelWidth));
  const labelArea = labelTexts.reduce((sum, t) => sum + (t.width + 8) * (t.height + 8), 0);
  const bands = 2 * (nameBand + DATA_INSET);
  dataHeight = Math.max(dataHeight, Math.ceil(labelArea / PACKING / plotWidth - bands));

  let frame = frameFor(left, right, dataHeight, nameBand);
  let placement: PlacedLabel[] | undefined;
  let middle = { x: 0, y: 0 };
  let cells = cellsOf(frame.plot, middle);
  let nameBlocks: QuadrantTextBlock[] = [];
  let dots: { x: number; y: number }[] = [];
  for (let attempt = 0; attempt <= MAX_GROWTHS; attempt++) {
    frame = frameFor(left, right, dataHeight, nameBand);
    const { data, plot } = frame;
    middle = { x: data.x + data.width / 2, y: data.y + data.height / 2 };
    cells = cellsOf(plot, middle);
    nameBlocks = quadrantNames.map((q, i) => {
      const cell = cells[q.key];
      const text = nameTexts[i]!;
      const y = q.key.startsWith("top") ? cell.y + NAME_PADDING : cell.y + cell.height - NAME_PADDING - text.height;
      return blockAt(text, cell.x + (cell.width - text.width) / 2, y);
    });
    dots = props.items.map((item) => ({ x: data.x + item.x * data.width, y: data.y + (1 - item.y) * data.height }));
    placement = placeLabels({
      dots,
      sizes: labelTexts.map((t) => ({ width: t.width, height: t.height })),
      cells: props.items.map((item) => inset(cells[quadrantOf(item.x, item.y)], 3)),
      area: inset(plot, 3),
      obstacles: nameBlocks.map((b) => b.box),
      dotRadius: DOT_RADIUS,
    });
    if (placement) break;
    dataHeight = Math.round(dataHeight * GROWTH);
  }
  const { plot } = frame;
  const xRowTop = plot.y + plot.height + AXIS_GAP;
  const height = Math.ceil(xRowTop + Math.max(xTexts.label.height, xTexts.low.height, xTexts.high.height) + MARGIN);

  const items = props.items.map((item, index): QuadrantItemLayout => {
    const spot = placement?.[index] ?? { box: { x: dots[index]!.x + DOT_RADIUS + 4, y: dots[index]!.y, width: 0, height: 0 } };
    const text = blockAt(labelTexts[index]!, spot.box.x, spot.box.y);
    return {
      key: itemKey(item, index),
      index,
      label: item.label,
      ...(item.description ? { description: item.description } : {}),
      x: item.x,
      y: item.y,
      quadrant: quadrantOf(item.x, item.y),
      words: itemWords(item, props),
      dot: { x: round2(dots[index]!.x), y: round2(dots[index]!.y) },
      text,
      ...(spot.leader ? { leader: roundLine(spot.leader) } : {}),
      ...(item.description ? { tooltip: tooltipFor(item.description, text.box, width, height, widthScale) } : {}),
    };
  });

  const quadrants = quadrantNames.map((q, i): QuadrantLayout => ({
    ...q,
    cell: roundBox(cells[q.key]),
    nameText: nameBlocks[i]!,
    items: items.filter((item) => item.quadrant === q.key).map((item) => item.key),
  }));

  return {
    width,
    height,
    direction,
    fontSize: FONT_SIZE,
    dotRadius: DOT_RADIUS,
    plot: roundBox(plot),
    middle: { x: round2(middle.x), y: round2(middle.y) },
    xAxis: xAxisLayout(xTexts, plot, xRowTop),
    yAxis: yAxisLayout(yTexts, frame.data, plot, left),
    quadrants,
    items,
    narrowBelow: QUADRANT_NARROW_BELOW,
    ...(options.width !== undefined ? { mode: options.width >= QUADRANT_NARROW_BELOW ? "wide" : "narrow" } : {}),
  };
}

/** The x axis: its low end under the plot's left edge, its high end under the right edge, its name between. */
function xAxisLayout(texts: Record<"label" | "low" | "high", MeasuredText>, plot: Box, top: number): QuadrantAxisLayout {
  const bottom = plot.y + plot.height;
  return {
    low: blockAt(texts.low, plot.x, top),
    high: blockAt(texts.high, plot.x + plot.width - texts.high.width, top),
    label: blockAt(texts.label, plot.x + (plot.width - texts.label.width) / 2, top),
    line: roundLine({ x1: plot.x, y1: bottom, x2: plot.x + plot.width, y2: bottom }),
  };
}

/** The y axis, in the gutter: its high end level with the top of the data, its low end with the bottom, its name between. */
function yAxisLayout(texts: Record<"label" | "low" | "high", MeasuredText>, data: Box, plot: Box, left: number): QuadrantAxisLayout {
  const edge = left - AXIS_GAP;
  const at = (text: MeasuredText, centreY: number) => blockAt(text, edge - text.width, centreY - text.height / 2);
  const highY = Math.max(plot.y + texts.high.height / 2, data.y);
  const lowY = Math.min(plot.y + plot.height - texts.low.height / 2, data.y + data.height);
  return {
    high: at(texts.high, highY),
    low: at(texts.low, lowY),
    label: at(texts.label, (highY + texts.high.height / 2 + lowY - texts.low.height / 2) / 2),
    line: roundLine({ x1: left, y1: plot.y + plot.height, x2: left, y2: plot.y }),
  };
}

function inset(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, width: box.width - 2 * by, height: box.height - 2 * by };
}

function roundBox(box: Box): Box {
  return { x: round2(box.x), y: round2(box.y), width: round2(box.width), height: round2(box.height) };
}

function roundLine(line: { x1: number; y1: number; x2: number; y2: number }) {
  return { x1: round2(line.x1), y1: round2(line.y1), x2: round2(line.x2), y2: round2(line.y2) };
}
