/** Where keyboard focus is: a region, or one of its items. */
export interface VennFocus {
  /** Key of the region. */
  region: string;
  /** Index of the item within the region; absent at the region level. */
  item?: number;
}

/** The roving-focus key of a region or item. */
export function vennFocusKey({ region, item }: VennFocus): string {
  return item === undefined ? `region:${region}` : `item:${region}:${item}`;
}
