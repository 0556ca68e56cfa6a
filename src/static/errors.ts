import type { ValidationProblem } from "../core/types";

/** Thrown by the static renderer for content that breaks the props contract; lists every problem. */
export class InvalidContentError extends Error {
  /** Every problem found, each with the prop path. */
  readonly problems: ValidationProblem[];

  constructor(kind: string, problems: ValidationProblem[]) {
    super(`${kind} cannot be drawn:\n${problems.map(({ path, message }) => `${path}: ${message}`).join("\n")}`);
    this.name = "InvalidContentError";
    this.problems = problems;
  }
}
