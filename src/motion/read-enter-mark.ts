import { ENTER_ATTRIBUTE } from "./use-entrance-animation";

/** An element's entrance kind and place, from `data-ri-enter="kind place"`, `"kind"` (place 0) or `"place"` (a fade). */
export function readEnterMark(element: Element): { kind: string; order: number } {
  const [kind = "", place = 0] = (element.getAttribute(ENTER_ATTRIBUTE) ?? "").split(" ");
  // A mark that reads as a number (or is empty) is a fade's place.
  return Number.isNaN(+kind) ? { kind, order: +place } : { kind: "fade", order: +kind };
}
