import type { InfographicItem, InfographicItemObject } from "./types";

/** Turns either form of an item into its object form. */
export function normaliseItem(item: InfographicItem): InfographicItemObject {
  return typeof item === "string" ? { label: item } : item;
}
