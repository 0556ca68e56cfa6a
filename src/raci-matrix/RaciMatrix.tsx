import { useId, useMemo, useRef } from "react";
import { InfographicError } from "../a11y/InfographicError";
import { InfographicFigure, pickFigureProps } from "../a11y/InfographicFigure";
import { KeyboardHint } from "../a11y/KeyboardHint";
import { useGridKeyboard } from "../comparison-table/use-grid-keyboard";
import { useResolvedDirection } from "../core/use-resolved-direction";
import { useTextScale } from "../core/use-text-scale";
import { useEntranceAnimation } from "../motion/use-entrance-animation";
import { ScopedStyle } from "../theme/ScopedStyle";
import { computeRaciMatrixLayout } from "./layout";
import type { RaciMatrixLayout } from "./layout-types";
import { Legend } from "./Legend";
import { MatrixSvg } from "./MatrixSvg";
import { RACI_MATRIX_STYLESHEET } from "./styles";
import { TaskCards } from "./TaskCards";
import type { RaciMatrixProps } from "./types";
import { validateRaciMatrix } from "./validate";

const COMPONENT_NAME = "RaciMatrix";

function DrawnRaciMatrix(props: RaciMatrixProps) {
  const figureRef = useRef<HTMLElement>(null);
  const uid = useId();
  const hintId = `${uid}hint`;
  const titleId = `${uid}title`;
  const direction = useResolvedDirection(props.dir, figureRef);
  const textScale = useTextScale(figureRef);
  useEntranceAnimation(figureRef, props.animation ?? "on-view");

  const result = useMemo((): { layout: RaciMatrixLayout } | { error: string } => {
    try {
      return { layout: computeRaciMatrixLayout(props, { direction, textScale }) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
    // The layout depends on the content props only, not on presentation props such as className.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.roles, props.tasks, props.legend, direction, textScale]);

  const layout = "layout" in result ? result.layout : undefined;
  const keyboard = useGridKeyboard(layout ? layout.rows.length + 1 : 0, layout ? layout.roles.length + 1 : 0, direction === "rtl");
  if (!layout) {
    const message = "error" in result ? result.error : "unknown error";
    return <InfographicError componentName={COMPONENT_NAME} props={props} problems={[{ path: "props", message: `could not be laid out: ${message}` }]} />;
  }
  return (
    <InfographicFigure ref={figureRef} kind="raci-matrix" narrowBelow={layout.narrowBelow} titleId={titleId} {...pickFigureProps(props)}>
      <ScopedStyle css={RACI_MATRIX_STYLESHEET} />
      <div className="ri-wide">
        <MatrixSvg layout={layout} titleId={titleId} hintId={hintId} keyboard={keyboard} />
        {props.legend === false ? null : <Legend id={`${uid}legend`} />}
        <KeyboardHint id={hintId}>Arrow keys move between cells; a cell reads its codes in words.</KeyboardHint>
      </div>
      <div className="ri-narrow">
        <TaskCards cards={layout.narrow} />
      </div>
    </InfographicFigure>
  );
}

/**
 * Who is Responsible, Accountable, Consulted and Informed for each task: one column per role (2 to 8) under a
 * coloured header, one row per task, each code a badge told apart by shape (A a filled disc, R a solid ring, C a
 * dashed ring, I a dotted ring) and read in words by assistive technology ("Responsible and accountable", "Not
 * involved"), with a legend. Exposed as a table; one Tab stop with arrow keys between cells; hovering or focusing
 * a cell highlights its task's row and its role's column. In a container too narrow for the columns at a readable
 * size it becomes one card per task that lists every assignment in words. Props that break the contract (a
 * second "A" in a task, an assignment for no role) render an error figure that names the problem instead.
 */
export function RaciMatrix(props: RaciMatrixProps) {
  const problems = validateRaciMatrix(props);
  if (problems.length > 0) return <InfographicError componentName={COMPONENT_NAME} props={props} problems={problems} />;
  return <DrawnRaciMatrix {...props} />;
}
