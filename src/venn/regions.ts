import { normaliseItem } from "../core/items";
import { safeHref } from "../core/safe-href";
import type { VennDiagramProps } from "./types";

/** An item as the layout and renderer use it: text, optional description, and a link only when it is safe. */
export interface VennItemModel {
  /** The visible text. */
  label: string;
  /** Longer text shown on hover and focus. */
  description?: string;
  /** The link target, already checked by `safeHref`. */
  href?: string;
}

/** One region of the diagram: the items shared by exactly the sets in `members`. */
export interface VennRegionModel {
  /** Stable key, the member set indices joined by "-" (`"0"`, `"0-1"`, `"0-1-2"`). */
  key: string;
  /** Indices of the sets this region is inside (0-based, ascending). */
  members: number[];
  /** Accessible and visible name ("Product manager only", "Both", "All three"). */
  name: string;
  /** The region's items in the order given. */
  items: VennItemModel[];
}

/** Regions in reading order: left to right, top to bottom, as they sit in the picture. */
export const READING_ORDER: Record<2 | 3, number[][]> = {
  2: [[0], [0, 1], [1]],
  3: [[0], [0, 1], [1], [0, 2], [0, 1, 2], [1, 2], [2]],
};

/** The key of the region inside exactly these sets. */
export function regionKey(members: readonly number[]): string {
  return [...members].sort((a, b) => a - b).join("-");
}

/** Default accessible name of a region: "<a> only", "<a> and <b>", or "All three". */
export function defaultRegionName(members: readonly number[], setLabels: readonly string[]): string {
  if (members.length === 1) return `${setLabels[members[0]!]} only`;
  if (members.length === 3) return "All three";
  return members.map((m) => setLabels[m]).join(" and ");
}

function toItemModel(item: Parameters<typeof normaliseItem>[0]): VennItemModel {
  const { label, description, href } = normaliseItem(item);
  const safe = safeHref(href);
  return { label, ...(description ? { description } : {}), ...(safe ? { href: safe } : {}) };
}

/** Turns valid props into the diagram's regions, in reading order, with names and safe items. */
export function buildRegions(props: Pick<VennDiagramProps, "sets" | "overlaps">): VennRegionModel[] {
  const count = props.sets.length === 3 ? 3 : 2;
  const labels = props.sets.map((s) => s.label);
  const indexOf = new Map(props.sets.map((s, i) => [s.id, i]));
  const overlapByKey = new Map<string, NonNullable<VennDiagramProps["overlaps"]>[number]>();
  for (const overlap of props.overlaps ?? []) {
    const members = overlap.sets.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
    overlapByKey.set(regionKey(members), overlap);
  }
  return READING_ORDER[count].map((members) => {
    const key = regionKey(members);
    if (members.length === 1) {
      const set = props.sets[members[0]!]!;
      return { key, members, name: defaultRegionName(members, labels), items: (set.items ?? []).map(toItemModel) };
    }
    const overlap = overlapByKey.get(key);
    const name = overlap?.label?.trim() ? overlap.label : defaultRegionName(members, labels);
    return { key, members, name, items: (overlap?.items ?? []).map(toItemModel) };
  });
}
