import { measureTextWidth } from "../core/text/measure";
import { wrapText } from "../core/text/wrap";
import { placeCircles, regionDirection, type Box, type Circle } from "./geometry";
import type { VennRegionModel } from "./regions";

/** Font size of items, in px (the smallest text in the wide picture). */
export const ITEM_FONT_SIZE = 14;
/** Line height of items, as a multiple of the font size. */
export const ITEM_LINE_HEIGHT = 1.3;
/** Vertical gap between two items of a region, in px. */
export const ITEM_GAP = 6;
/** Least distance from an item's box to any circle edge, in px. */
export const EDGE_PADDING = 8;

/** Column widths tried for a region's items, widest first: fewer lines read better. */
const COLUMN_WIDTHS = [232, 200, 172, 148, 124, 100, 80];
/** Narrowest column of a comfortable layout; narrower ones are used only when they save a lot of room. */
const COMFORTABLE_WIDTH = 124;
/** How much wider (as a factor) a comfortable layout may be than the tightest one and still be chosen. */
const COMFORT_ALLOWANCE = 1.2;
/** Distance ratios (centre distance / radius) tried, and the one preferred when content does not decide. */
const RATIOS = { 2: [0.6, 0.75, 0.9, 1.05, 1.2, 1.35], 3: [0.8, 0.9, 1, 1.1, 1.2] } as const;
const PREFERRED_RATIO = { 2: 1.05, 3: 1 } as const;
/** Smallest radius, so that even an empty diagram reads as circles. */
const MIN_RADIUS = { 2: 96, 3: 84 } as const;
/** Radius past which we stop searching: content this large cannot be drawn as a Venn. */
const MAX_RADIUS = 50_000;
/** Positions tried along a region's direction, as multiples of the radius. */
const OFFSETS = Array.from({ length: 14 }, (_, i) => i / 10);
/** Finer positions for the final placement, where a column is centred in the room its region leaves it. */
const FINE_OFFSETS = Array.from({ length: 57 }, (_, i) => i * 0.025);

/** An item's text wrapped for a column. */
export interface WrappedItem {
  /** The lines, in order. */
  lines: string[];
  /** Width of the widest line. */
  width: number;
  /** Height of all lines. */
  height: number;
}

/** A box and the lines of text it holds. */
export interface TextBox extends Box {
  /** The lines, in order. */
  lines: readonly string[];
}

/** The fitted geometry: radius, centre distance, circles around the origin and every region's placement. */
export interface FittedVenn {
  /** Radius of every circle. */
  r: number;
  /** Distance between neighbouring centres. */
  d: number;
  /** The circles, centroid at the origin. */
  circles: Circle[];
  /** By region key, where its items sit, in order. */
  placements: Map<string, TextBox[]>;
}

/** An item wrapped for a column width (`at`), kept for the narrower widths that would wrap it the same. */
interface Reusable extends WrappedItem {
  at: number;
}

/** A region's items wrapped for one column width, with what every fit test of it needs. */
interface Column {
  /** The wrapped items, top to bottom. */
  items: Reusable[];
  /** Height of the column, gaps included. */
  height: number;
}

/**
 * A region being fitted: its column widths (widest first), their columns once wrapped, how many of the widths are
 * comfortable, and by size (its `key`) whether each width's column fits somewhere. Item i keeps its last one-line
 * wrap at `kept[2i]` and its last longer one at `kept[2i + 1]` (see `columnAt`).
 */
interface RegionFit {
  region: VennRegionModel;
  widths: number[];
  comfortable: number;
  columns: Column[];
  fits: Map<number, boolean[]>;
  kept: Reusable[];
  longest: number;
  widthScale: number;
}

/** A size tried: radius, centre distance, the circles, and one number for the radius (whole px) and spacing ratio. */
interface Size {
  r: number;
  d: number;
  key: number;
  circles: Circle[];
}

function sizeOf(count: 2 | 3, r: number, ratio: number): Size {
  // The radius is a whole number and every ratio / 10 lies between 0 and 1, so no two sizes share a key.
  return { r, d: r * ratio, key: r + ratio / 10, circles: placeCircles(count, r, r * ratio) };
}

/** Widest column we open up so that a long word need not be broken. */
const LONGEST_WORD_LIMIT = 280;

/**
 * A region's fit, with the widths to try: all column widths, but none narrower than its longest word when that
 * word is in reach, so that words are broken with a hyphen only when they could not fit a readable column anyway.
 * The comfortable widths are the leading ones, no narrower than `COMFORTABLE_WIDTH`.
 */
function regionFit(region: VennRegionModel, widthScale: number): RegionFit {
  const words = region.items.flatMap((item) => item.label.split(/\s+|(?<=-)/));
  const longest = Math.ceil(Math.max(0, ...words.map((w) => measureTextWidth(w, { fontSize: ITEM_FONT_SIZE, widthScale }))));
  const least = Math.max(longest, COLUMN_WIDTHS.at(-1)!);
  const widths = longest > LONGEST_WORD_LIMIT ? COLUMN_WIDTHS : [...COLUMN_WIDTHS.filter((w) => w > least), least];
  return { region, widths, comfortable: widths.filter((w) => w >= COMFORTABLE_WIDTH).length, columns: [], fits: new Map(), kept: [], longest, widthScale };
}

/**
 * The region's items wrapped for its `i`th width; most need wrapping once or twice, not once per width. Text that
 * fitted on one line does at any width it fits. Wrapping is greedy and a line never draws narrower than a part of
 * it, so at a narrower width that still holds every line, each line grows by the same words and ends at the same
 * word: the same lines, as long as no word was broken (every word of the region fits the width).
 */
function columnAt(fit: RegionFit, i: number): Column {
  const width = fit.widths[i]!;
  const { kept, longest } = fit;
  return (fit.columns[i] ??= column(
    fit.region.items.map((item, j) => {
      const before = [kept[2 * j], kept[2 * j + 1]].find((wrap) => wrap && wrap.width <= width && (wrap.lines.length === 1 || (width <= wrap.at && width >= longest)));
      if (before) return before;
      const text = wrapText(item.label, { fontSize: ITEM_FONT_SIZE, lineHeight: ITEM_LINE_HEIGHT, maxWidth: width, widthScale: fit.widthScale });
      return (kept[2 * j + Math.min(1, text.lines.length - 1)] = { lines: text.lines, width: text.width, height: text.height, at: width });
    }),
  ));
}

function column(items: Reusable[]): Column {
  return { items, height: items.reduce((sum, item) => sum + item.height, 0) + ITEM_GAP * Math.max(0, items.length - 1) };
}

/** Stacks items in a column centred on (px, py), each item centred horizontally. */
function stackColumn(column: Column, px: number, py: number): TextBox[] {
  let top = py - column.height / 2;
  return column.items.map((item) => {
    const box = { x: px - item.width / 2, y: top, width: item.width, height: item.height, lines: item.lines };
    top += item.height + ITEM_GAP;
    return box;
  });
}

/** Of the offsets where a column fits, the one nearest the middle of their range. */
function centralOffset(fitting: readonly number[]): number {
  const middle = (fitting[0]! + fitting.at(-1)!) / 2;
  return fitting.reduce((best, o) => (Math.abs(o - middle) < Math.abs(best - middle) ? o : best));
}

/** A circle as the fit test reads it: centre, the distance to keep (radius less or plus padding), and whether the region lies inside it. */
interface Bound {
  cx: number;
  cy: number;
  edge: number;
  limit: number;
  inside: boolean;
}

/** Where a region's columns may go at a size: along (dx, dy) from the centre, inside its member circles and outside the others, `EDGE_PADDING` clear of each. */
interface Room {
  dx: number;
  dy: number;
  bounds: Bound[];
}

function roomOf(size: Size, members: readonly number[]): Room {
  const { x, y } = regionDirection(size.circles, members);
  const bounds = size.circles.map(({ cx, cy, r }, i) => {
    const inside = members.includes(i);
    const edge = inside ? r - EDGE_PADDING : r + EDGE_PADDING;
    return { cx, cy, inside, edge, limit: edge ** 2 };
  });
  return { dx: x, dy: y, bounds };
}

/**
 * How far a column centred on (px, py) is from keeping every item inside its region: 0 when it does, else a
 * distance it must at least move to (`stackColumn` and `boxInRegion` without building the boxes, since the search
 * asks this for thousands of candidate positions).
 */
function columnMiss(column: Column, px: number, py: number, bounds: readonly Bound[]): number {
  let top = py - column.height / 2;
  for (const item of column.items) {
    const x0 = px - item.width / 2;
    const x1 = x0 + item.width;
    const y1 = top + item.height;
    for (const { cx, cy, edge, limit, inside } of bounds) {
      if (inside) {
        const far = Math.max((x0 - cx) ** 2, (x1 - cx) ** 2) + Math.max((top - cy) ** 2, (y1 - cy) ** 2);
        if (far > limit) return Math.sqrt(far) - edge;
      } else {
        const nx = Math.min(Math.max(cx, x0), x1) - cx;
        const ny = Math.min(Math.max(cy, top), y1) - cy;
        const near = nx * nx + ny * ny;
        if (near < limit) return edge - Math.sqrt(near);
      }
    }
    top += item.height + ITEM_GAP;
  }
  return 0;
}

/**
 * The offsets (ascending) at which the column fits in its room, only the first unless `fine`. A box moved by less
 * than its miss (see `columnMiss`) still misses, since no point of it moves further: those offsets are skipped
 * untried, and a column far too big for its circles is turned down at its first offset.
 */
function fittingOffsets(column: Column, r: number, room: Room, fine: boolean): number[] {
  // A region centred on the middle (the one inside every circle) has nowhere to move.
  const offsets = room.dx || room.dy ? (fine ? FINE_OFFSETS : OFFSETS) : [0];
  const found: number[] = [];
  for (let k = 0; k < offsets.length; ) {
    const from = offsets[k]!;
    const miss = columnMiss(column, room.dx * from * r, room.dy * from * r, room.bounds);
    if (miss === 0) {
      found.push(from);
      if (!fine) break;
    }
    // The margin keeps rounding from skipping an offset that fits.
    while (++k < offsets.length && (offsets[k]! - from) * r < miss - 1e-6);
  }
  return found;
}

/** Whether one of the region's first `end` columns fits somewhere at this size (remembered: both searches ask). */
function fitsAt(fit: RegionFit, size: Size, end: number): boolean {
  let known = fit.fits.get(size.key);
  if (!known) fit.fits.set(size.key, (known = []));
  let room: Room | undefined;
  for (let i = 0; i < end; i++) if ((known[i] ??= fittingOffsets(columnAt(fit, i), size.r, (room ??= roomOf(size, fit.region.members)), false).length > 0)) return true;
  return false;
}

/** The region's first of `end` columns that fits, placed at its first offset or, when `fine`, centred in its room. */
function placeAt(fit: RegionFit, size: Size, end: number, fine: boolean): TextBox[] | null {
  const room = roomOf(size, fit.region.members);
  for (let i = 0; i < end; i++) {
    const column = columnAt(fit, i);
    const found = fittingOffsets(column, size.r, room, fine);
    if (found.length > 0) {
      const offset = fine ? centralOffset(found) : found[0]!;
      return stackColumn(column, room.dx * offset * size.r, room.dy * offset * size.r);
    }
  }
  return null;
}

/**
 * Whether every region fits at this size within its first columns (`comfortable` ones or all). The region that
 * kept the last size from fitting most likely keeps this one too, so it moves to the front: any order gives the
 * same answer.
 */
function fitsAll(fits: RegionFit[], size: Size, comfortable: boolean): boolean {
  const i = fits.findIndex((fit) => !fitsAt(fit, size, comfortable ? fit.comfortable : fit.widths.length));
  if (i > 0) fits.unshift(...fits.splice(i, 1));
  return i < 0;
}

/** The smallest whole radius at which everything fits for this ratio (binary search: more room never hurts). */
function smallestFit(fits: RegionFit[], count: 2 | 3, ratio: number, comfortable: boolean): Size {
  const at = (r: number) => {
    const size = sizeOf(count, r, ratio);
    return fitsAll(fits, size, comfortable) ? size : undefined;
  };
  let low: number = MIN_RADIUS[count];
  let high = low;
  let best = at(low);
  while (!best) {
    low = high;
    high = Math.ceil(high * 1.5);
    if (high > MAX_RADIUS) throw new Error("VennDiagram: the content is too large to fit in circles");
    best = at(high);
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const size = at(mid);
    if (size) [high, best] = [mid, size];
    else low = mid;
  }
  return best;
}

/** For each spacing ratio the smallest size, then the one that gives the narrowest picture (ties go to the classic spacing). */
function bestFit(fits: RegionFit[], count: 2 | 3, comfortable: boolean): Size {
  let chosen: Size | undefined;
  let chosenScore = Infinity;
  for (const ratio of RATIOS[count]) {
    const size = smallestFit(fits, count, ratio, comfortable);
    const score = 2 * size.r + size.d + 60 * Math.abs(ratio - PREFERRED_RATIO[count]);
    if (score < chosenScore - 1e-9) [chosen, chosenScore] = [size, score];
  }
  return chosen!;
}

/**
 * Sizes the circles to their content: for each spacing ratio, the smallest radius at which every region's items
 * fit inside their region, then the ratio that gives the narrowest picture (ties go to the classic spacing).
 * Columns of comfortable width win over narrow, many-line ones unless those save more than a fifth of the width.
 * Each column is finally centred in the room its region leaves it. `widthScale` widens every text estimate
 * (see `useTextScale`).
 */
export function fitVenn(regions: readonly VennRegionModel[], count: 2 | 3, widthScale = 1): FittedVenn {
  // Regions with the most items fail first, which makes rejected sizes cheap.
  const fits = regions
    .filter((region) => region.items.length)
    .sort((a, b) => b.items.length - a.items.length)
    .map((region) => regionFit(region, widthScale));
  const tight = bestFit(fits, count, false);
  const comfortable = bestFit(fits, count, true);
  const chosen = 2 * comfortable.r + comfortable.d <= (2 * tight.r + tight.d) * COMFORT_ALLOWANCE ? comfortable : tight;
  const end = (fit: RegionFit) => (chosen === comfortable ? fit.comfortable : fit.widths.length);
  // A finer pass centres each column in the room its region leaves it; the coarse placement is the fallback.
  const placed = (fine: boolean) => fits.map((fit) => [fit.region.key, placeAt(fit, chosen, end(fit), fine)] as const);
  let placements = placed(true);
  if (placements.some(([, placement]) => !placement)) placements = placed(false);
  return {
    ...chosen,
    placements: new Map([...regions.map((region) => [region.key, []] as const), ...placements] as [string, TextBox[]][]),
  };
}
