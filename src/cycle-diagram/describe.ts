import type { CycleStep } from "./types";

/** The sentence that says the cycle repeats: "After Act comes Plan again." */
export function loopSentence(steps: readonly Pick<CycleStep, "label">[]): string {
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) return "";
  return `After ${last.label} comes ${first.label} again.`;
}

/** Accessible name of the list of steps: says that it goes round. */
export const STEPS_LIST_NAME = "Steps, in a repeating cycle";

/** The heading of the active step's panel: its number and label. */
export function stepHeading(index: number, label: string): string {
  return `${index + 1}. ${label}`;
}
