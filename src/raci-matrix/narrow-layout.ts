import { CODE_WORDS, NOT_INVOLVED, normaliseCodes } from "./codes";
import type { RaciCode, RaciMatrixProps } from "./types";

/** The order a card lists assignments in: who answers for the task first, then who does it. */
const CARD_ORDER: readonly RaciCode[] = ["A", "R", "C", "I"];

/** One line of a task card: a code in words and the roles that hold it; no code for the roles not involved. */
export interface NarrowAssignment {
  /** The code, or `undefined` for the roles not involved. */
  code?: RaciCode;
  /** The code in words ("Accountable") or "Not involved". */
  word: string;
  /** Labels of the roles, in role order. */
  roles: string[];
}

/** The narrow layout's card for one task. */
export interface NarrowTaskCard {
  /** Stable id of the task. */
  id: string;
  /** The task's label and description. */
  label: string;
  description?: string;
  /** Every assignment, grouped by code (Accountable, Responsible, Consulted, Informed, Not involved); empty groups left out. */
  assignments: NarrowAssignment[];
}

/** Builds the narrow layout: one card per task that lists, for each code, the roles holding it. */
export function narrowTaskCards(props: RaciMatrixProps): NarrowTaskCard[] {
  return props.tasks.map((task, t) => {
    const held = props.roles.map((role) => normaliseCodes(task.assignments[role.id]));
    const group = (code?: RaciCode): NarrowAssignment => ({
      code,
      word: code ? CODE_WORDS[code] : NOT_INVOLVED,
      roles: props.roles.filter((_, r) => (code ? held[r]!.includes(code) : held[r]!.length === 0)).map((role) => role.label),
    });
    return {
      id: task.id ?? String(t),
      label: task.label,
      description: task.description,
      assignments: [...CARD_ORDER.map(group), group()].filter((entry) => entry.roles.length > 0),
    };
  });
}
