import { ENTER_ATTRIBUTE, ORDER_ATTRIBUTE } from "./use-entrance-animation";

/** How an element enters. */
export type EnterKind = "fade" | "pop" | "draw" | "grow";

/**
 * The attribute that marks an element for the entrance: its kind and its place in the sequence in one value
 * (`data-ri-enter="fade 3"`), one attribute per element instead of two. Place 0 is left out.
 */
export function enterMark(kind: EnterKind, order: number): { [ENTER_ATTRIBUTE]: string } {
  return { [ENTER_ATTRIBUTE]: order ? `${kind} ${order}` : kind };
}

/** An element's entrance kind and place, from `data-ri-enter="kind place"` or from `data-ri-enter` plus `data-ri-order`. */
export function readEnterMark(element: Element): { kind: string; order: number } {
  const [kind = "", place] = (element.getAttribute(ENTER_ATTRIBUTE) ?? "").split(" ");
  return { kind, order: Number(place ?? element.getAttribute(ORDER_ATTRIBUTE) ?? 0) };
}
