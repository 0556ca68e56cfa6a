import { ENTER_ATTRIBUTE } from "./use-entrance-animation";

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
