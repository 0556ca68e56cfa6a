/** The hint shown (and described to screen readers) while a bar has keyboard focus. */
export const BAR_KEYBOARD_HINT = "Arrow keys move between bars, Home and End go to the first and last.";

/** Heading of the category column in the table read by screen readers. */
export const CATEGORY_HEADER = "Category";

/** Accessible name of the drawing: "Bar chart of Product manager and Project manager". */
export function barsAccessibleName(seriesLabels: readonly string[]): string {
  const names = seriesLabels.length <= 2 ? seriesLabels.join(" and ") : `${seriesLabels.slice(0, -1).join(", ")} and ${seriesLabels.at(-1)}`;
  return `Bar chart of ${names}`;
}

/** Where an SVG text anchors for a physical alignment, given the reading direction the SVG inherits. */
export function textAnchor(align: "left" | "right" | "middle", rtl: boolean): "start" | "end" | "middle" {
  if (align === "middle") return "middle";
  return (align === "left") !== rtl ? "start" : "end";
}
