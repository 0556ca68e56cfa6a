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

/** Where a region's items sit: one box per item, and their wrapped text. */
export interface RegionPlacement {
  /** The wrapped items. */
  wrapped: WrappedItem[];
  /** One box per item, in the same order. */
  boxes: Box[];
}

/** The fitted geometry: radius, centre distance, circles around the origin and every region's placement. */
export interface FittedVenn {
  /** Radius of every circle. */
  r: number;
  /** Distance between neighbouring centres. */
  d: number;
  /** `d / r`, as tried. */
  ratio: number;
  /** The circles, centroid at the origin. */
  circles: Circle[];
  /** Placements by region key. */
  placements: Map<string, RegionPlacement>;
}

/**
 * What one fit remembers: wrapped columns by region and width, column widths to try by region and list of widths,
 * the font's width scale, by region, size (`sizeKey`) and width the first offset where the column fits (-1:
 * none), since the tight and comfortable searches try many of the same sizes, items wrapped to one line, and by size
 * what the search with every width found when the comfortable one must find the same (see `placeAll`). Keyed by objects and numbers: the
 * search asks thousands of times, and building string keys cost more than the look-ups saved.
 */
interface WrapCache {
  wraps: Map<VennRegionModel, Map<number, Column>>;
  widths: Map<VennRegionModel, Map<readonly number[], number[]>>;
  widthScale: number;
  firstFits: Map<VennRegionModel, Map<number, Map<number, number>>>;
  kept: Map<VennRegionModel, Map<number, Reusable>>;
  stopper?: VennRegionModel;
  longest: Map<VennRegionModel, number>;
  probes: Map<number, FittedVenn | null>;
}

/** One number for a radius (whole px while searching) and a spacing ratio (two decimals). */
const sizeKey = (r: number, ratio: number): number => r * 1000 + Math.round(ratio * 100);

/** The map under `key` in `maps`, made empty the first time. */
function innerMap<K, K2, V>(maps: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let inner = maps.get(key);
  if (!inner) maps.set(key, (inner = new Map()));
  return inner;
}

/** A region's items wrapped for one column width, with what every fit test of it needs. */
interface Column {
  /** The wrapped items, top to bottom. */
  items: WrappedItem[];
  /** Height of the column, gaps included. */
  height: number;
  /** Width of its widest item. */
  widest: number;
}

/** An item wrapped for a column width (`at`), kept for the narrower widths that would wrap it the same. */
interface Reusable extends WrappedItem {
  at: number;
}

/**
 * Whether wrapping at `width` gives the same lines as `wrap` did. Text that fitted on one line does at any width it
 * fits. Wrapping is greedy and a line never draws narrower than a part of it, so at a narrower width that still
 * holds every line, each line grows by the same words and ends at the same word: the same lines, as long as no
 * word was broken (every word of the region fits `width`).
 */
function wrapsSame(wrap: Reusable, width: number, longestWord: number): boolean {
  return wrap.width <= width && (wrap.lines.length === 1 || (width <= wrap.at && width >= longestWord));
}

/** Width of a region's longest word: the one that decides whether a column breaks words. */
function longestWord(region: VennRegionModel, cache: WrapCache): number {
  let longest = cache.longest.get(region);
  if (longest === undefined) {
    const words = region.items.flatMap((item) => item.label.split(/\s+|(?<=-)/));
    longest = Math.ceil(Math.max(0, ...words.map((w) => measureTextWidth(w, { fontSize: ITEM_FONT_SIZE, widthScale: cache.widthScale }))));
    cache.longest.set(region, longest);
  }
  return longest;
}

function wrapColumn(region: VennRegionModel, width: number, cache: WrapCache): Column {
  const wraps = innerMap(cache.wraps, region);
  let column = wraps.get(width);
  if (!column) {
    const kept = innerMap(cache.kept, region);
    const longest = longestWord(region, cache);
    // Most items need wrapping once or twice, not once per column width (see `wrapsSame`). Item i keeps its last
    // one-line wrap under 2i and its last longer one under 2i + 1.
    const wrapped = region.items.map((item, i) => {
      for (const before of [kept.get(2 * i), kept.get(2 * i + 1)]) if (before && wrapsSame(before, width, longest)) return before;
      const text = wrapText(item.label, { fontSize: ITEM_FONT_SIZE, lineHeight: ITEM_LINE_HEIGHT, maxWidth: width, widthScale: cache.widthScale });
      const result = { lines: text.lines, width: text.width, height: text.height, at: width };
      kept.set(2 * i + Math.min(1, result.lines.length - 1), result);
      return result;
    });
    column = { items: wrapped, height: columnHeight(wrapped), widest: Math.max(...wrapped.map((item) => item.width)) };
    wraps.set(width, column);
  }
  return column;
}

/** Stacks items in a column centred on (px, py), each item centred horizontally. */
export function stackColumn(wrapped: readonly WrappedItem[], px: number, py: number): Box[] {
  let top = py - columnHeight(wrapped) / 2;
  return wrapped.map((item) => {
    const box = { x: px - item.width / 2, y: top, width: item.width, height: item.height };
    top += item.height + ITEM_GAP;
    return box;
  });
}

/** Widest column we open up so that a long word need not be broken. */
const LONGEST_WORD_LIMIT = 280;

/**
 * The widths to try for a region: the given ones, but none narrower than its longest word when that word is in
 * reach, so that words are broken with a hyphen only when they could not fit a readable column anyway.
 */
function widthsFor(region: VennRegionModel, widths: readonly number[], cache: WrapCache): number[] {
  const longest = longestWord(region, cache);
  if (longest > LONGEST_WORD_LIMIT) return [...widths];
  return [...new Set([...widths.filter((w) => w >= longest), Math.max(longest, Math.min(...widths))])].sort((a, b) => b - a);
}

/** Of the offsets where a column fits, the one nearest the middle of their range. */
function centralOffset(fitting: readonly number[]): number {
  const middle = (fitting[0]! + fitting.at(-1)!) / 2;
  return fitting.reduce((best, o) => (Math.abs(o - middle) < Math.abs(best - middle) ? o : best));
}

/** Height of a column of items, gaps included. */
function columnHeight(wrapped: readonly WrappedItem[]): number {
  return wrapped.reduce((sum, item) => sum + item.height, 0) + ITEM_GAP * Math.max(0, wrapped.length - 1);
}

/** A circle as the fit test reads it: centre, the distance to keep (radius less or plus padding), and whether the region lies inside it. */
interface Bound {
  cx: number;
  cy: number;
  edge: number;
  limit: number;
  inside: boolean;
}

/** The circles of a region's test: inside its member circles and outside the others, `EDGE_PADDING` clear of each. */
function boundsOf(circles: readonly Circle[], members: readonly number[]): Bound[] {
  return circles.map(({ cx, cy, r }, i) => {
    const inside = members.includes(i);
    const edge = inside ? r - EDGE_PADDING : r + EDGE_PADDING;
    return { cx, cy, inside, edge, limit: edge ** 2 };
  });
}

/**
 * How far a column centred on (px, py) is from keeping every item inside its region: 0 when it does, else a
 * distance it must at least move to (`stackColumn` and `spanInRegion` without building the boxes, since the search
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
 * Indices of the offsets (ascending) along (dx, dy) at which the column fits, only the first when `first`. A box
 * moved by less than its miss (see `columnMiss`) still misses, since no point of it moves further: those offsets
 * are skipped untried.
 */
function fittingOffsets(column: Column, offsets: readonly number[], dx: number, dy: number, r: number, bounds: readonly Bound[], first: boolean): number[] {
  const found: number[] = [];
  for (let k = 0; k < offsets.length; ) {
    const from = offsets[k]!;
    const miss = columnMiss(column, dx * from * r, dy * from * r, bounds);
    if (miss === 0) {
      found.push(k);
      if (first) break;
    }
    // The margin keeps rounding from skipping an offset that fits.
    while (++k < offsets.length && (offsets[k]! - from) * r < miss - 1e-6);
  }
  return found;
}

/**
 * Whether a column could fit somewhere in a region of circles of radius `r`: every box lies inside a member
 * circle, so the column is no taller, and no item wider, than that circle's diameter less the padding. A necessary
 * condition only, which spares trying every position for sizes far too small.
 */
function mightFit(column: Column, r: number): boolean {
  const room = 2 * (r - EDGE_PADDING);
  return column.height <= room && column.widest <= room;
}

/** A region's placement and the column width it took. */
interface Placed extends RegionPlacement {
  width: number;
}

function placeRegion(region: VennRegionModel, circles: readonly Circle[], r: number, ratio: number, widths: readonly number[], cache: WrapCache, centred: boolean): Placed | null {
  if (region.items.length === 0) return { wrapped: [], boxes: [], width: Infinity };
  const direction = regionDirection(circles, region.members);
  const still = direction.x === 0 && direction.y === 0;
  const offsets = still ? [0] : centred ? FINE_OFFSETS : OFFSETS;
  const known = innerMap(cache.widths, region);
  let regionWidths = known.get(widths);
  if (!regionWidths) known.set(widths, (regionWidths = widthsFor(region, widths, cache)));
  const firstFits = centred ? undefined : innerMap(innerMap(cache.firstFits, region), sizeKey(r, ratio));
  const bounds = boundsOf(circles, region.members);
  for (const width of regionWidths) {
    const column = wrapColumn(region, width, cache);
    const place = (offset: number) => ({ width, wrapped: column.items, boxes: stackColumn(column.items, direction.x * offset * r, direction.y * offset * r) });
    if (centred) {
      const fitting = mightFit(column, r) ? fittingOffsets(column, offsets, direction.x, direction.y, r, bounds, false).map((k) => offsets[k]!) : [];
      if (fitting.length > 0) return place(centralOffset(fitting));
      continue;
    }
    let index = firstFits!.get(width);
    if (index === undefined) firstFits!.set(width, (index = mightFit(column, r) ? (fittingOffsets(column, offsets, direction.x, direction.y, r, bounds, true)[0] ?? -1) : -1));
    if (index >= 0) return place(offsets[index]!);
  }
  return null;
}

/**
 * Every region placed at this size, or null. The comfortable widths are some of all widths, in the same order, so
 * where the search with all widths found no fit, or one whose columns are all comfortable, the comfortable search
 * would find the same: that answer is reused.
 */
function placeAll(regions: readonly VennRegionModel[], count: 2 | 3, r: number, ratio: number, widths: readonly number[], cache: WrapCache, centred = false): FittedVenn | null {
  const key = sizeKey(r, ratio);
  const all = !centred && widths === COLUMN_WIDTHS;
  if (!centred && !all && cache.probes.has(key)) return cache.probes.get(key)!;
  const fit = placeEvery(regions, count, r, ratio, widths, cache, centred);
  if (all && (!fit || [...fit.placements.values()].every((p) => (p as Placed).width >= COMFORTABLE_WIDTH))) cache.probes.set(key, fit);
  return fit;
}

function placeEvery(regions: readonly VennRegionModel[], count: 2 | 3, r: number, ratio: number, widths: readonly number[], cache: WrapCache, centred: boolean): FittedVenn | null {
  const d = r * ratio;
  const circles = placeCircles(count, r, d);
  const placements = new Map<string, RegionPlacement>();
  // The region that kept the last size from fitting most likely keeps this one too: trying it first spares placing
  // the others in vain. Any order gives the same answer.
  const stopper = cache.stopper;
  for (const region of stopper ? [stopper, ...regions] : regions) {
    if (placements.has(region.key)) continue;
    const placement = placeRegion(region, circles, r, ratio, widths, cache, centred);
    if (!placement) {
      cache.stopper = region;
      return null;
    }
    placements.set(region.key, placement);
  }
  return { r, d, ratio, circles, placements };
}

/** The smallest whole radius at which everything fits for this ratio (binary search: more room never hurts). */
function smallestFit(regions: readonly VennRegionModel[], count: 2 | 3, ratio: number, widths: readonly number[], cache: WrapCache): FittedVenn {
  let low: number = MIN_RADIUS[count];
  let best = placeAll(regions, count, low, ratio, widths, cache);
  if (best) return best;
  let high = low;
  while (!best) {
    low = high;
    high = Math.ceil(high * 1.5);
    if (high > MAX_RADIUS) throw new Error("VennDiagram: the content is too large to fit in circles");
    best = placeAll(regions, count, high, ratio, widths, cache);
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const fit = placeAll(regions, count, mid, ratio, widths, cache);
    if (fit) [high, best] = [mid, fit];
    else low = mid;
  }
  return best;
}

function bestFit(regions: readonly VennRegionModel[], count: 2 | 3, widths: readonly number[], cache: WrapCache): { fit: FittedVenn; width: number; widths: readonly number[] } {
  let chosen: FittedVenn | undefined;
  let chosenScore = Infinity;
  for (const ratio of RATIOS[count]) {
    const fit = smallestFit(regions, count, ratio, widths, cache);
    const score = 2 * fit.r + fit.d + 60 * Math.abs(ratio - PREFERRED_RATIO[count]);
    if (score < chosenScore - 1e-9) [chosen, chosenScore] = [fit, score];
  }
  return { fit: chosen!, width: 2 * chosen!.r + chosen!.d, widths };
}

/**
 * Sizes the circles to their content: for each spacing ratio, the smallest radius at which every region's items
 * fit inside their region, then the ratio that gives the narrowest picture (ties go to the classic spacing).
 * Columns of comfortable width win over narrow, many-line ones unless those save more than a fifth of the width.
 * Each column is finally centred in the room its region leaves it. `widthScale` widens every text estimate
 * (see `useTextScale`).
 */
export function fitVenn(regions: readonly VennRegionModel[], count: 2 | 3, widthScale = 1): FittedVenn {
  const cache: WrapCache = { wraps: new Map(), widths: new Map(), widthScale, firstFits: new Map(), kept: new Map(), probes: new Map(), longest: new Map() };
  // Regions with the most items fail first, which makes rejected sizes cheap.
  const ordered = [...regions].sort((a, b) => b.items.length - a.items.length);
  const tight = bestFit(ordered, count, COLUMN_WIDTHS, cache);
  const comfortable = bestFit(ordered, count, COLUMN_WIDTHS.filter((w) => w >= COMFORTABLE_WIDTH), cache);
  const chosen = comfortable.width <= tight.width * COMFORT_ALLOWANCE ? comfortable : tight;
  // A finer pass centres each column in the room its region leaves it; the coarse placement is the fallback.
  return placeAll(ordered, count, chosen.fit.r, chosen.fit.ratio, chosen.widths, cache, true) ?? chosen.fit;
}
