import type { StatCallout } from "./types";

/** The hint shown (and described to screen readers) while a stat has keyboard focus. */
export const STAT_KEYBOARD_HINT = "Arrow keys move between the figures.";

/** Accessible name of the list of stats. */
export const STATS_LIST_NAME = "Key figures";

/** A stat as one sentence, number first: "72%: of teams plan in two-week cycles. From a survey of 300 teams." */
export function statSentence(formatted: string, stat: Pick<StatCallout, "label" | "description">): string {
  const label = stat.label.trim();
  if (!stat.description) return `${formatted}: ${label}`;
  return `${formatted}: ${label}${/[.!?:;…]$/.test(label) ? "" : "."} ${stat.description.trim()}`;
}
