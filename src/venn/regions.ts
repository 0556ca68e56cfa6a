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
function regionKey(members: readonly number[]): string {
  return [...members].sort((a, b) => a - b).join("-");
}

function toItemModel(item: Parameters<typeof normaliseItem>[0]): VennItemModel {
  const { label, description, href } = normaliseItem(item);
  const safe = safeHref(href);
  return { label, ...(description ? { description } : {}), ...(safe ? { href: safe } : {}) };
}

/**
 * Turns valid props into the diagram's regions, in reading order, with safe items and names: an overlap's own
 * label, or "<a> only", "<a> and <b>", "All three".
 */
export function buildRegions(props: Pick<VennDiagramProps, "sets" | "overlaps">): VennRegionModel[] {
  const labels = props.sets.map((s) => s.label);
  const indexOf = new Map(props.sets.map((s, i) => [s.id, i]));
  const overlapByKey = new Map((props.overlaps ?? []).map((overlap) => [regionKey(overlap.sets.map((id) => indexOf.get(id)).filter((i) => i !== undefined)), overlap]));
  return READING_ORDER[props.sets.length === 3 ? 3 : 2].map((members) => {
    const key = members.join("-");
    const single = members.length === 1;
    const source = single ? props.sets[members[0]!] : overlapByKey.get(key);
    const name = !single && source?.label?.trim() ? source.label : single ? `${labels[members[0]!]} only` : members.length === 3 ? "All three" : members.map((m) => labels[m]).join(" and ");
    return { key, members, name, items: (source?.items ?? []).map(toItemModel) };
  });
}
