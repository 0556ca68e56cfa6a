import { OccupancyGrid } from "./occupancy";
import { boxInside, boxesOverlap, distanceToBox, distanceToSegment, nearestOnBox, segmentHitsBox, type Box, type Dot } from "./geometry";

/** What label placement needs: the points, their labels' sizes and where labels may go. */
export interface LabelPlacementInput {
  /** Centre of each item's dot, in px. */
  dots: readonly Dot[];
  /** Size of each item's label. */
  sizes: readonly { width: number; height: number }[];
  /** The quadrant cell of each item: labels stay in their own cell while they can. */
  cells: readonly Box[];
  /** Where any label may go (the plot, inset). */
  area: Box;
  /** Boxes no label may overlap (the quadrant names). */
  obstacles: readonly Box[];
  /** Radius of a dot, in px. */
  dotRadius: number;
}

/** Where one label went: its box and, when it sits away from its dot, the leader line that joins them. */
export interface PlacedLabel {
  /** The label's box. */
  box: Box;
  /** From the dot's edge to the label, when the label is not beside its dot. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** Least room between two labels, and between a label and a dot or name. */
const CLEARANCE = 3;
/** Gap between a dot's edge and a label beside it. */
const BESIDE_GAP = 4;
/** Step of the search for a free spot, in px. */
const SEARCH_STEP = 6;
/** Distance at which two dots count as neighbours for the placing order. */
const NEIGHBOUR_DISTANCE = 90;
/** Penalty, in px of leader length, of a spot outside the item's own quadrant. */
const OTHER_CELL_PENALTY = 60;
/** A label beside its dot must be this much nearer to it than to any other dot, or it would seem to name that one. */
const NEAREST_MARGIN = 14;
/** How many free spots past the nearest the search tries for a clear leader before it settles for the nearest. */
const CLEAR_LEADER_TRIES = 200;
/** A leader line shorter than this is hard to see; while longer ones are possible, they are preferred. */
const LEAST_LEADER = 10;

/** The spots beside a dot, in order of preference: right, left, above, below, then the corners and off-centre. */
function besideSpots(dot: Dot, size: { width: number; height: number }, r: number): Box[] {
  const { width: w, height: h } = size;
  const d = r + BESIDE_GAP;
  const c = r * 0.7 + BESIDE_GAP;
  const at = (x: number, y: number): Box => ({ x, y, width: w, height: h });
  return [
    at(dot.x + d, dot.y - h / 2),
    at(dot.x - d - w, dot.y - h / 2),
    at(dot.x - w / 2, dot.y - d - h),
    at(dot.x - w / 2, dot.y + d),
    at(dot.x + c, dot.y - c - h),
    at(dot.x - c - w, dot.y - c - h),
    at(dot.x + c, dot.y + c),
    at(dot.x - c - w, dot.y + c),
    at(dot.x - r, dot.y - d - h),
    at(dot.x + r - w, dot.y - d - h),
    at(dot.x - r, dot.y + d),
    at(dot.x + r - w, dot.y + d),
  ];
}

/** Items in placing order: the most crowded first (they have the fewest free spots), ties by list order. */
function placingOrder(dots: readonly Dot[]): number[] {
  const crowd = dots.map((a) => dots.filter((b) => b !== a && Math.hypot(a.x - b.x, a.y - b.y) < NEIGHBOUR_DISTANCE).length);
  return dots.map((_, i) => i).sort((a, b) => crowd[b]! - crowd[a]! || a - b);
}

/**
 * Places every label so that none overlaps another label, a dot (its own included) or a quadrant name, and
 * none leaves the area. Greedy and deterministic: the most crowded items go first; each takes the first free
 * spot beside its dot that is nearer to that dot than to any other (in its own quadrant, then anywhere), else
 * the nearest free spot found by a grid search, joined to its dot by a visible leader line that crosses no label
 * and no other dot (that last wish is dropped if no such spot exists). Returns `undefined` when some label finds no spot; the caller makes the plot taller.
 */
export function placeLabels(input: LabelPlacementInput): PlacedLabel[] | undefined {
  const { dots, sizes, cells, area, obstacles, dotRadius: r } = input;
  const placed: PlacedLabel[] = [];
  const result: PlacedLabel[] = new Array(dots.length);
  const grid = new OccupancyGrid(area, SEARCH_STEP / 2);
  const blocked = (box: Box, by: number) => grid.cover(grow(box, by));
  obstacles.forEach((o) => blocked(o, CLEARANCE));
  dots.forEach((dot) => blocked({ x: dot.x, y: dot.y, width: 0, height: 0 }, r + CLEARANCE));
  const accept = (i: number, label: PlacedLabel) => {
    result[i] = label;
    placed.push(label);
    blocked(label.box, CLEARANCE);
  };

  const isFree = (box: Box, within: Box): boolean =>
    boxInside(box, within) &&
    !obstacles.some((o) => boxesOverlap(box, o, CLEARANCE)) &&
    !placed.some((p) => boxesOverlap(box, p.box, CLEARANCE) || (p.leader !== undefined && segmentHitsBox({ x: p.leader.x1, y: p.leader.y1 }, { x: p.leader.x2, y: p.leader.y2 }, grow(box, 2)))) &&
    dots.every((dot) => distanceToBox(box, dot) > r + CLEARANCE);

  const leaderFor = (dot: Dot, box: Box): PlacedLabel["leader"] => {
    const end = nearestOnBox(box, dot);
    const length = Math.hypot(end.x - dot.x, end.y - dot.y);
    const start = { x: dot.x + ((end.x - dot.x) / length) * r, y: dot.y + ((end.y - dot.y) / length) * r };
    return { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
  };

  const leaderIsClear = (i: number, leader: NonNullable<PlacedLabel["leader"]>): boolean => {
    const a = { x: leader.x1, y: leader.y1 };
    const b = { x: leader.x2, y: leader.y2 };
    return (
      !placed.some((p) => segmentHitsBox(a, b, grow(p.box, 1))) &&
      !obstacles.some((o) => segmentHitsBox(a, b, o)) &&
      // Dots that touch the item's own dot are passed by any leader, so they do not count.
      dots.every((dot, j) => j === i || Math.hypot(dot.x - dots[i]!.x, dot.y - dots[i]!.y) < 2 * r + 2 || distanceToSegment(dot, a, b) > r + 1)
    );
  };

  // A label beside its dot names it only when no other dot is about as near.
  const namesOwnDot = (i: number, box: Box): boolean => {
    const own = distanceToBox(box, dots[i]!);
    return dots.every((dot, j) => j === i || distanceToBox(box, dot) >= own + NEAREST_MARGIN);
  };

  for (const i of placingOrder(dots)) {
    const dot = dots[i]!;
    const size = sizes[i]!;
    const beside = besideSpots(dot, size, r).filter((box) => namesOwnDot(i, box));
    const spot = beside.find((box) => isFree(box, cells[i]!)) ?? beside.find((box) => isFree(box, area));
    if (spot) {
      accept(i, { box: spot });
      continue;
    }
    // The nearest free spot whose leader is clear and visible, else the nearest free spot.
    let fallback: PlacedLabel | undefined;
    let found: PlacedLabel | undefined;
    let tried = 0;
    for (const box of searchSpots(dot, size, area, cells[i]!, (b) => grid.isClear(b))) {
      if (fallback && ++tried > CLEAR_LEADER_TRIES) break;
      if (!isFree(box, area)) continue;
      const leader = leaderFor(dot, box)!;
      if (leaderIsClear(i, leader) && Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) >= LEAST_LEADER) {
        found = { box, leader };
        break;
      }
      fallback ??= { box, leader };
    }
    found ??= fallback;
    if (!found) return undefined;
    accept(i, found);
  }
  return result;
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/**
 * The spots of a grid over the area that pass `clear`, nearest to the dot first (outside the item's quadrant counts
 * as farther), in 1 px buckets of distance, each in grid order: a counting sort, since only the first few are read.
 */
function searchSpots(dot: Dot, size: { width: number; height: number }, area: Box, cell: Box, clear: (box: Box) => boolean): Box[] {
  const buckets: Box[][] = [];
  for (let y = area.y; y + size.height <= area.y + area.height; y += SEARCH_STEP) {
    for (let x = area.x; x + size.width <= area.x + area.width; x += SEARCH_STEP) {
      const box = { x, y, width: size.width, height: size.height };
      if (!clear(box)) continue;
      const cost = Math.floor(distanceToBox(box, dot) + (boxInside(box, cell) ? 0 : OTHER_CELL_PENALTY));
      (buckets[cost] ??= []).push(box);
    }
  }
  return buckets.flat();
}
