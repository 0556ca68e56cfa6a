import { numberFormat } from "../core/number-format";
import { measureTextWidth } from "../core/text/measure";
import type { BarComparisonLayout, BarLayout, BarTextBlock, BarValueLabel, Box } from "./layout-types";
import { layoutLegend, MARKER, MARKER_GAP } from "./legend";
import { layoutTicks } from "./axis";
import { mirrorLayout } from "./mirror";
import { linearScale, valueDomain } from "./scale";
import type { BarComparisonProps } from "./types";
import { LINE_HEIGHT, round, textBlock } from "./text-block";
import { endLabel, placeAtEnds, rowLabel, type LabelledCell } from "./value-labels";

export type * from "./layout-types";

/** Options for the layout: the drawing width, the reading direction, the mode and the reader's font. */
export interface BarComparisonLayoutOptions {
  /** Drawing width in px. Default 600 (wide); the narrow drawing is made at 288. */
  width?: number;
  /** Reading direction; RTL mirrors the drawing. Default `ltr`. */
  direction?: "ltr" | "rtl";
  /** `wide` (names beside bars) or `narrow` (names above). Default: narrow below `narrowBelow`. */
  mode?: "wide" | "narrow";
  /** How much wider the reader's font draws than the built-in metrics. Default 1. */
  textScale?: number;
}

/** Default widths of the wide and narrow drawings, px: the narrow one fits a 320 px screen inside the figure's padding. */
export const DEFAULT_WIDTH = 600;
export const NARROW_WIDTH = 288;
/** How far the narrow drawing may grow with its container before the wide one takes over. */
export const NARROW_MAX_SCALE = 1.25;
/** What a bar comparison prints when a value is `null` or missing. */
export const NO_DATA = "No data";

const FONTS = { category: 14, value: 13, tick: 13, legend: 14 };
const READABLE_SIZE = 12;
/** The wide drawing scales with its container; under this width its smallest text would drop below 12 px. */
export const NARROW_BELOW = Math.ceil((DEFAULT_WIDTH * READABLE_SIZE) / Math.min(...Object.values(FONTS)));
const MARGIN = 4;
const BAR = 20;
const BAR_GAP = 4;
const GROUP_GAP = 14;
const COLUMN_GAP = 12;
/** Widest the category names may make their column in the wide drawing, as a share of the width. */
const LABEL_SHARE = 0.3;
const MIN_WIDTH = 200;

/** One bar before placement: its value, printed text and whether a label shows. */
interface Cell {
  seriesIndex: number;
  categoryIndex: number;
  value: number | null;
  text: string;
  labelled: boolean;
}

/**
 * Computes the geometry of a bar comparison: the legend, category names wrapped from font metrics, a nice domain
 * and ticks, bars from the zero line, and each printed value beyond its bar end (inside it when there is no room,
 * on a line above it when even that fails). Pure: no DOM, no React.
 */
export function computeBarComparisonLayout(props: BarComparisonProps, options: BarComparisonLayoutOptions = {}): BarComparisonLayout {
  const requested = options.width ?? (options.mode === "narrow" ? NARROW_WIDTH : DEFAULT_WIDTH);
  const mode = options.mode ?? (requested < NARROW_BELOW ? "narrow" : "wide");
  const width = round(Math.max(MIN_WIDTH, requested));
  const widthScale = Math.max(1, options.textScale ?? 1);
  const format = numberFormat(props.locale, props.valueFormat);
  const showValues = props.showValues ?? true;
  const { categories, series } = props;

  const legend = layoutLegend(series.map((s) => s.label), MARGIN, width - MARGIN, MARGIN, FONTS.legend, widthScale);
  const natural = Math.max(...categories.map((c) => measureTextWidth(c.label, { fontSize: FONTS.category, fontWeight: 700, widthScale })));
  const labelWidth = mode === "wide" ? Math.ceil(Math.min(natural, width * LABEL_SHARE)) : 0;
  const x0 = round(mode === "wide" ? MARGIN + labelWidth + COLUMN_GAP : MARGIN);
  const x1 = round(width - MARGIN);

  const cells: Cell[] = categories.flatMap((category, categoryIndex) =>
    series.map((s, seriesIndex) => {
      const raw = s.values[category.id];
      const value = typeof raw === "number" && Number.isFinite(raw) ? raw : null;
      return { seriesIndex, categoryIndex, value, text: value === null ? NO_DATA : format.format(value), labelled: showValues || value === null };
    }),
  );
  const tickCount = Math.max(2, Math.floor((x1 - x0) / 90));
  const domain = valueDomain(cells.flatMap((c) => (c.value === null ? [] : [c.value])), props.domain, tickCount);
  // Every bar end carries its series' marker, so that series differ by shape as well as colour; a printed value follows it.
  const measured: LabelledCell[] = cells.map((c) => ({ value: c.value, width: c.labelled ? MARKER + MARKER_GAP + measureTextWidth(c.text, { fontSize: FONTS.value, widthScale }) : MARKER }));
  const atEnds = placeAtEnds(measured, domain, x0, x1);
  const scale = atEnds?.scale ?? linearScale(domain, x0, x1);
  const inside = new Map(cells.map((c, i) => [c, atEnds?.inside[i] ?? false]));
  const base = scale.x(0);

  let y = legend.bottom + 16;
  const plotTop = y - 6;
  const categoryBlocks: BarTextBlock[] = [];
  const bars: BarLayout[] = [];
  const bands: { top: number; bottom: number }[] = [];
  categories.forEach((category, categoryIndex) => {
    const row = cells.filter((c) => c.categoryIndex === categoryIndex);
    const rowText = (c: Cell) => `${series[c.seriesIndex]!.label}: ${c.text}`;
    // Heights first, to centre the bars on a name that wraps to more lines than they take (and the name on them).
    const rowLabels = row.map((c) => (c.labelled && !atEnds ? textHeight(rowText(c), x1 - x0 - MARKER - MARKER_GAP, widthScale) + 2 : 0));
    const block = row.reduce((sum, _, i) => sum + rowLabels[i]! + BAR, 0) + BAR_GAP * (row.length - 1);
    const name = textBlock(category.label, { fontSize: FONTS.category, bold: true, widthScale, maxWidth: mode === "wide" ? labelWidth : x1 - x0, top: 0, x: MARGIN, align: "left" });
    const nameHeight = name.box.height;
    const groupHeight = mode === "wide" ? Math.max(nameHeight, block) : nameHeight + 6 + block;
    const nameTop = mode === "wide" ? y + (groupHeight - nameHeight) / 2 : y;
    categoryBlocks.push(textBlock(category.label, { fontSize: FONTS.category, bold: true, widthScale, maxWidth: mode === "wide" ? labelWidth : x1 - x0, top: nameTop, x: MARGIN, align: "left" }));
    let top = mode === "wide" ? y + (groupHeight - block) / 2 : y + nameHeight + 6;
    bands.push({ top: round(top - 4), bottom: round(top + block + 4) });
    row.forEach((cell, i) => {
      let label: BarValueLabel | undefined;
      if (cell.labelled && !atEnds) label = rowLabel(rowText(cell), x0, x1, top, FONTS.value, widthScale);
      top += rowLabels[i]!;
      const end = scale.x(cell.value ?? 0);
      const rect: Box = { x: round(Math.min(base, end)), y: round(top), width: round(Math.abs(end - base)), height: BAR };
      const negative = (cell.value ?? 0) < 0;
      if (atEnds) {
        const site = { base, end, cy: top + BAR / 2, thickness: BAR, text: cell.labelled ? cell.text : "", fontSize: FONTS.value, widthScale, negative };
        label = endLabel(site, inside.get(cell) ?? false);
      }
      bars.push({
        key: `${cell.seriesIndex}:${categoryIndex}`,
        seriesIndex: cell.seriesIndex,
        categoryIndex,
        value: cell.value,
        text: cell.text,
        name: `${category.label}, ${series[cell.seriesIndex]!.label}: ${cell.text}`,
        rect,
        grows: negative ? "left" : "right",
        label,
        focus: pad(union(rect, label?.box), 3),
      });
      top += BAR + BAR_GAP;
    });
    y += groupHeight + GROUP_GAP;
  });
  const plotBottom = y - GROUP_GAP + 6;
  const ticks = layoutTicks(scale, tickCount, (v) => format.format(v), { left: MARGIN, right: width - MARGIN, top: plotBottom + 4, fontSize: FONTS.tick, widthScale });
  const height = round(plotBottom + 4 + FONTS.tick * LINE_HEIGHT + MARGIN);

  const layout: BarComparisonLayout = {
    mode,
    width,
    height,
    direction: "ltr",
    fontSizes: FONTS,
    legend: legend.entries,
    categories: categoryBlocks,
    bars,
    axis: {
      ticks,
      zeroX: round(base),
      top: round(plotTop),
      bottom: round(plotBottom),
      bands: mode === "wide" ? [{ top: round(plotTop), bottom: round(plotBottom) }] : bands,
      domain: scale.domain,
    },
    plot: { x0, x1 },
    narrowBelow: NARROW_BELOW,
  };
  return options.direction === "rtl" ? mirrorLayout(layout) : layout;
}

function textHeight(text: string, maxWidth: number, widthScale: number): number {
  return textBlock(text, { fontSize: FONTS.value, widthScale, maxWidth, top: 0, x: 0, align: "left" }).box.height;
}

function union(a: Box, b: Box | undefined): Box {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

function pad(box: Box, by: number): Box {
  return { x: round(box.x - by), y: round(box.y - by), width: round(box.width + 2 * by), height: round(box.height + 2 * by) };
}
