import { Suspense, useId, useMemo, useRef } from "react";
import { InfographicError } from "../a11y/InfographicError";
import { InfographicFigure } from "../a11y/InfographicFigure";
import { KeyboardHint } from "../a11y/KeyboardHint";
import { useResolvedDirection } from "../core/use-resolved-direction";
import { useTextScale } from "../core/use-text-scale";
import { useEntranceAnimation } from "../motion/use-entrance-animation";
import { computeComparisonTableLayout, type ComparisonTableLayout } from "./layout";
import { StackedCards } from "./StackedCards";
import { comparisonTableStylesheet } from "./styles";
import { TableSvg } from "./TableSvg";
import type { ComparisonTableProps } from "./types";
import { useGridKeyboard } from "./use-grid-keyboard";
import { validateComparisonTable } from "./validate";
import { ScopedStyle } from "../theme/ScopedStyle";

const COMPONENT_NAME = "ComparisonTable";

/** The figure for valid props, without the boundary (the registry draws static HTML with it). */
export function DrawnComparisonTable(props: ComparisonTableProps) {
  const { dir, animation } = props;
  const figureRef = useRef<HTMLElement>(null);
  const uid = useId();
  const hintId = `${uid}hint`;
  const titleId = `${uid}title`;
  const direction = useResolvedDirection(dir, figureRef);
  const textScale = useTextScale(figureRef);
  useEntranceAnimation(figureRef, animation ?? "on-view");

  const result = useMemo((): { layout: ComparisonTableLayout } | { error: string } => {
    try {
      return { layout: computeComparisonTableLayout(props, { direction, textScale }) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
    // The layout depends on the content props only, not on presentation props such as className.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.columns, props.rows, props.rowHeaderLabel, props.highlightColumnId, props.locale, direction, textScale]);

  const layout = "layout" in result ? result.layout : undefined;
  const keyboard = useGridKeyboard(layout ? layout.rows.length + 1 : 0, layout ? layout.columns.length + 1 : 0, direction === "rtl");
  if (!layout) {
    const message = "error" in result ? result.error : "unknown error";
    return <InfographicError componentName={COMPONENT_NAME} props={props} problems={[{ path: "props", message: `could not be laid out: ${message}` }]} />;
  }

  const hasLinks = layout.rows.some((row) => row.cells.some((cell) => cell.content.kind === "list" && cell.content.items.some((item) => item.href)));
  return (
    // The figure reads only the shared props it knows; its own props come after, so they win.
    <InfographicFigure {...props} ref={figureRef} kind="comparison-table" narrowBelow={layout.narrowBelow} colors={layout.columns.length} titleId={titleId}>
      <ScopedStyle css={comparisonTableStylesheet(layout.columns.some((column) => Boolean(column.color?.trim())))} />
      <div className="ri-wide">
        <TableSvg layout={layout} titleId={titleId} hintId={hintId} keyboard={keyboard} />
        <KeyboardHint id={hintId}>{`Arrow keys move between cells.${hasLinks ? " Enter follows a link in the cell." : ""}`}</KeyboardHint>
      </div>
      <div className="ri-narrow">
        <StackedCards cards={layout.narrow} />
      </div>
    </InfographicFigure>
  );
}

/**
 * Two to six things compared side by side: a coloured header per column, the aspects down the side, and cells
 * that draw text, numbers (formatted for `locale`), yes/no as a check or a cross, not applicable as a dash and
 * lists as bullets. Exposed as a table to assistive technology; one Tab stop with arrow keys between cells. In a
 * container too narrow for the columns at a readable size it stacks into one card per column. Props that break
 * the contract render an error figure that names the problem instead.
 */
export function ComparisonTable(props: ComparisonTableProps) {
  const problems = validateComparisonTable(props);
  if (problems.length > 0) return <InfographicError componentName={COMPONENT_NAME} props={props} problems={problems} />;
  // A boundary of its own: React hydrates the figure apart from the rest of the page, in slices that yield to the browser.
  return (
    <Suspense>
      <DrawnComparisonTable {...props} />
    </Suspense>
  );
}
