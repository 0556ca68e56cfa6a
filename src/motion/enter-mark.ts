import { ENTER_ATTRIBUTE, ORDER_ATTRIBUTE } from "./use-entrance-animation";

/** How an element enters. */
export type EnterKind = "fade" | "pop" | "draw" | "grow";

/**
 * The attribute that marks an element for the entrance: its kind and its place in the sequence in one value
 * (`data-ri-enter="pop 3"`), one attribute per element instead of two. Place 0 is left out, and so is the kind
 * `fade`, the default: `data-ri-enter="3"` fades in third.
 */
export function enterMark(kind: EnterKind, order: number): { [ENTER_ATTRIBUTE]: string } {
  return { [ENTER_ATTRIBUTE]: kind === "fade" ? String(order) : order ? `${kind} ${order}` : kind };
}

/**
 * An element's entrance kind and place, from `data-ri-enter="kind place"`, `data-ri-enter="place"` (a fade) or
 * `data-ri-enter="kind"` plus `data-ri-order`.
 */
export function readEnterMark(element: Element): { kind: string; order: number } {
  const [first = "", place] = (element.getAttribute(ENTER_ATTRIBUTE) ?? "").split(" ");
  if (/^\d+$/.test(first)) return { kind: "fade", order: Number(first) };
  return { kind: first || "fade", order: Number(place ?? element.getAttribute(ORDER_ATTRIBUTE) ?? 0) };
}
