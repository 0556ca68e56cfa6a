import type { QuadrantAxis, QuadrantChartProps } from "./types";

/** The four quadrants, in reading order: top row first, then the bottom row, each from low x to high x. */
export const QUADRANT_ORDER = ["topLeft", "topRight", "bottomLeft", "bottomRight"] as const;

/** Key of one quadrant. */
export type QuadrantKey = (typeof QUADRANT_ORDER)[number];

/** The hint shown (and described to screen readers) while the chart has keyboard focus. */
export const QUADRANT_KEYBOARD_HINT = "Arrow keys move to the next item in that direction; Home and End go to the first and last.";

/** Lower-cases the first letter of a word unless the word is an abbreviation ("ROI" stays). */
function lowerFirst(text: string): string {
  const trimmed = text.trim();
  return /^\p{Lu}\p{Ll}/u.test(trimmed) || /^\p{Lu}$/u.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

/** Upper-cases the first letter. */
function upperFirst(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** The quadrant a point falls in; a point exactly on a middle line counts on the high side. */
export function quadrantOf(x: number, y: number): QuadrantKey {
  return y >= 0.5 ? (x >= 0.5 ? "topRight" : "topLeft") : x >= 0.5 ? "bottomRight" : "bottomLeft";
}

/** A quadrant's name: the author's, else one made of the axis ends, y first ("High impact, low effort"). */
export function quadrantName(key: QuadrantKey, props: Pick<QuadrantChartProps, "xAxis" | "yAxis" | "quadrants">): string {
  const given = props.quadrants?.[key]?.trim();
  if (given) return given;
  const top = key.startsWith("top");
  const right = key.endsWith("Right");
  const yEnd = top ? props.yAxis.high : props.yAxis.low;
  const xEnd = right ? props.xAxis.high : props.xAxis.low;
  return `${upperFirst(`${lowerFirst(yEnd)} ${lowerFirst(props.yAxis.label)}`)}, ${lowerFirst(xEnd)} ${lowerFirst(props.xAxis.label)}`;
}

function formatPosition(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Where a value sits on one axis, in words: "effort low (0.2)". */
function axisWords(axis: QuadrantAxis, value: number): string {
  return `${lowerFirst(axis.label)} ${lowerFirst(value >= 0.5 ? axis.high : axis.low)} (${formatPosition(value)})`;
}

/** An item's position in words: "effort low (0.2), impact high (0.9)". */
export function positionWords(item: { x: number; y: number }, props: Pick<QuadrantChartProps, "xAxis" | "yAxis">): string {
  return `${axisWords(props.xAxis, item.x)}, ${axisWords(props.yAxis, item.y)}`;
}

/** An item as assistive technology reads it: "Ship onboarding checklist — effort low (0.2), impact high (0.9)". */
export function itemWords(item: { label: string; x: number; y: number }, props: Pick<QuadrantChartProps, "xAxis" | "yAxis">): string {
  return `${item.label} — ${positionWords(item, props)}`;
}

/** Where an axis's ends lie: "low to high, left to right". */
export function axisEnds(axis: QuadrantAxis, direction: "across" | "up"): string {
  return `${lowerFirst(axis.low)} to ${lowerFirst(axis.high)}, ${direction === "across" ? "left to right" : "bottom to top"}`;
}

/** How an axis reads, for the narrow layout: "Effort: low to high, left to right". */
export function axisSentence(axis: QuadrantAxis, direction: "across" | "up"): string {
  return `${upperFirst(axis.label)}: ${axisEnds(axis, direction)}`;
}

/** Accessible name of the chart's drawing: "Quadrant chart of Impact against Effort". */
export function quadrantAccessibleName(props: Pick<QuadrantChartProps, "xAxis" | "yAxis">): string {
  return `Quadrant chart of ${props.yAxis.label} against ${props.xAxis.label}`;
}

/** A quadrant's list as assistive technology names it: its name, and where it lies when the author named it. */
export function quadrantListName(quadrant: { name: string; named: boolean; derived: string }): string {
  return quadrant.named ? `${quadrant.name} (${lowerFirst(quadrant.derived)})` : quadrant.name;
}
