/** The hint shown (and described to screen readers) while the diagram has keyboard focus. */
export const VENN_KEYBOARD_HINT = "Left and right arrow keys move between regions, down arrow moves into a region's items, Escape goes back.";

/** Joins names as a sentence list: "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Accessible name of the diagram's drawing: "Venn diagram of Product manager and Project manager". */
export function vennAccessibleName(setLabels: readonly string[]): string {
  return `Venn diagram of ${joinNames(setLabels)}`;
}
