import type { ValidationProblem } from "../core/types";
import { isRecord } from "../core/validate";
import { InfographicFigure } from "./InfographicFigure";
import { reportProblemsOnce } from "./report-problems";
import { ERROR_STYLESHEET } from "../theme/stylesheet";
import { ScopedStyle } from "../theme/ScopedStyle";

/** How many problems the error figure lists before it summarises the rest. */
const LISTED_PROBLEMS = 5;

/** Props of the error figure. */
export interface InfographicErrorProps {
  /** Component name, as the author wrote it (`VennDiagram`). */
  componentName: string;
  /** What the author passed; only the parts that are safe to use are read. */
  props: unknown;
  /** What is wrong, in order. */
  problems: readonly ValidationProblem[];
}

/**
 * Drawn instead of an infographic whose props break the contract: a small, accessible figure naming the prop
 * paths and the problems, so the author can fix the content. The problems are also logged once.
 */
export function InfographicError({ componentName, props, problems }: InfographicErrorProps) {
  reportProblemsOnce(componentName, problems);
  const safe = isRecord(props) ? props : {};
  const title = typeof safe.title === "string" && safe.title.trim() !== "" ? safe.title : componentName;
  const theme = safe.theme === "light" || safe.theme === "dark" ? safe.theme : "auto";
  const listed = problems.slice(0, LISTED_PROBLEMS);
  return (
    <InfographicFigure
      kind="error"
      title={title}
      theme={theme}
      id={typeof safe.id === "string" ? safe.id : undefined}
      className={typeof safe.className === "string" ? safe.className : undefined}
    >
      <ScopedStyle css={ERROR_STYLESHEET} layer="ri-base" />
      <div className="ri-error">
        <strong>This infographic could not be drawn.</strong> {componentName} received content it cannot use:
        <ul>
          {listed.map((problem, i) => (
            <li key={i}>
              <code>{problem.path}</code>: {problem.message}
            </li>
          ))}
          {problems.length > listed.length ? <li>and {problems.length - listed.length} more</li> : null}
        </ul>
      </div>
    </InfographicFigure>
  );
}
