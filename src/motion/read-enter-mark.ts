import { ENTER_ATTRIBUTE, ORDER_ATTRIBUTE } from "./use-entrance-animation";

/**
 * An element's entrance kind and place, from `data-ri-enter="kind place"`, `data-ri-enter="place"` (a fade) or
 * `data-ri-enter="kind"` plus `data-ri-order`.
 */
export function readEnterMark(element: Element): { kind: string; order: number } {
  const [first = "", place] = (element.getAttribute(ENTER_ATTRIBUTE) ?? "").split(" ");
  if (/^\d+$/.test(first)) return { kind: "fade", order: Number(first) };
  return { kind: first || "fade", order: Number(place ?? element.getAttribute(ORDER_ATTRIBUTE) ?? 0) };
}
