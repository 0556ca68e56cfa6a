import type { ValidationProblem } from "../core/types";

const reported = new Set<string>();

/** Formats problems as one line: `path: message; path: message`. */
export function formatProblems(problems: readonly ValidationProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join("; ");
}

/** Logs a component's problems with `console.error`, once per distinct message for the life of the page. */
export function reportProblemsOnce(componentName: string, problems: readonly ValidationProblem[]): void {
  const message = `[react-infographics] <${componentName}> cannot be drawn: ${formatProblems(problems)}`;
  if (reported.has(message)) return;
  reported.add(message);
  console.error(message);
}
