import { arrowTarget } from "../a11y/arrow-navigation";

/** Where keyboard focus is: a region, or one of its items. */
export interface VennFocus {
  /** Key of the region. */
  region: string;
  /** Index of the item within the region; absent at the region level. */
  item?: number;
}

/** A region the keyboard can reach: its key and how many items it holds (at least one). */
export interface VennFocusRegion {
  /** Key of the region. */
  key: string;
  /** Number of items. */
  itemCount: number;
}

/** The roving-focus key of a region or item. */
export function vennFocusKey({ region, item }: VennFocus): string {
  return item === undefined ? `region:${region}` : `item:${region}:${item}`;
}

/**
 * Where a key press moves focus. Regions: Left/Right (mirrored in RTL), Home/End between regions; Down, Enter or
 * Space into the first item; Escape leaves the diagram (`"leave"`). Items: Up/Down between items (Up from the
 * first goes back to the region), Home/End to the ends, Left/Right to the neighbouring region, Escape back to
 * the region. `undefined` when the key does nothing here.
 */
export function nextVennFocus(key: string, focus: VennFocus, regions: readonly VennFocusRegion[], rtl: boolean): VennFocus | "leave" | undefined {
  const index = regions.findIndex((r) => r.key === focus.region);
  const region = regions[index];
  if (!region) return regions[0] ? { region: regions[0].key } : undefined;
  const toRegion = () => {
    const target = arrowTarget(key, index, regions.length, { rtl });
    return target === undefined ? undefined : { region: regions[target]!.key };
  };
  if (focus.item === undefined) {
    if (key === "ArrowLeft" || key === "ArrowRight" || key === "Home" || key === "End") return toRegion();
    if (key === "ArrowDown" || key === "Enter" || key === " ") return { region: region.key, item: 0 };
    if (key === "Escape") return "leave";
    return undefined;
  }
  const last = region.itemCount - 1;
  switch (key) {
    case "ArrowDown":
      return { region: region.key, item: Math.min(last, focus.item + 1) };
    case "ArrowUp":
      return focus.item === 0 ? { region: region.key } : { region: region.key, item: focus.item - 1 };
    case "Home":
      return { region: region.key, item: 0 };
    case "End":
      return { region: region.key, item: last };
    case "ArrowLeft":
    case "ArrowRight":
      return toRegion();
    case "Escape":
      return { region: region.key };
    default:
      return undefined;
  }
}
