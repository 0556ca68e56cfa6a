import type { InfographicProps } from "../core/types";

/** One RACI code: Responsible, Accountable, Consulted or Informed. */
export type RaciCode = "R" | "A" | "C" | "I";

/** A person or team: a column of the matrix. */
export interface RaciRole {
  /** Unique id that tasks use to key their assignments. */
  id: string;
  /** Visible name of the role, shown in its coloured column header. */
  label: string;
  /** A CSS colour for the role's header instead of the palette colour, adjusted per theme to keep its contrast. */
  color?: string;
}

/** One piece of work: a row of the matrix. */
export interface RaciTask {
  /** Optional unique id of the task (kept stable across re-renders); defaults to its position. */
  id?: string;
  /** Visible name of the task, shown as the row header. */
  label: string;
  /** A short line under the task's name. */
  description?: string;
  /** The code or codes each role holds for this task, keyed by role id; a role left out is not involved. */
  assignments: Record<string, RaciCode | RaciCode[]>;
}

/** Props of `<RaciMatrix>`: who is responsible, accountable, consulted and informed for each task. */
export interface RaciMatrixProps extends InfographicProps {
  /**
   * The people or teams, 2 to 8, in order: the columns.
   * @minItems 2
   * @maxItems 8
   */
  roles: RaciRole[];
  /**
   * The tasks, 1 or more, in order: the rows. At most one role is accountable ("A") for a task.
   * @minItems 1
   */
  tasks: RaciTask[];
  /** Show the legend that says what R, A, C and I mean. Default `true`. */
  legend?: boolean;
}
