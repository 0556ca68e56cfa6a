import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { InfographicError } from "../a11y/InfographicError";
import { InfographicFigure, pickFigureProps } from "../a11y/InfographicFigure";
import { KeyboardHint } from "../a11y/KeyboardHint";
import { useRovingFocus } from "../a11y/use-roving-focus";
import { useResolvedDirection } from "../core/use-resolved-direction";
import { useTextScale } from "../core/use-text-scale";
import { useEntranceAnimation } from "../motion/use-entrance-animation";
import { ScopedStyle } from "../theme/ScopedStyle";
import { QUADRANT_KEYBOARD_HINT, quadrantAccessibleName } from "./describe";
import { focusOrders, nextQuadrantFocus } from "./keyboard";
import { computeQuadrantChartLayout, type QuadrantChartLayout } from "./layout";
import { QuadrantCards } from "./QuadrantCards";
import { QuadrantPicture } from "./QuadrantPicture";
import { QUADRANT_STYLESHEET } from "./styles";
import type { QuadrantChartProps } from "./types";
import { validateQuadrantChart } from "./validate";

/**
 * A quadrant chart: items placed on two judgements (impact against effort), each a dot with a label that never
 * overlaps another label or dot; one named list per quadrant for assistive technology; one Tab stop with arrow
 * keys between items; below the width where text would shrink under 12 px it becomes one card per quadrant.
 * Invalid props render an error figure instead, never a crash.
 */
export function QuadrantChart(props: QuadrantChartProps) {
  const problems = validateQuadrantChart(props);
  if (problems.length > 0) return <InfographicError componentName="QuadrantChart" props={props} problems={problems} />;
  return <QuadrantChartView {...props} />;
}

function QuadrantChartView(props: QuadrantChartProps) {
  const { xAxis, yAxis, quadrants, items, animation, dir } = props;
  const figureRef = useRef<HTMLElement>(null);
  const direction = useResolvedDirection(dir, figureRef);
  const textScale = useTextScale(figureRef);
  useEntranceAnimation(figureRef, animation ?? "on-view");
  const uid = useId();
  const idPrefix = `${uid.replace(/[^a-zA-Z0-9_-]/g, "")}-quadrant-`;
  const hintId = `${idPrefix}hint`;

  // Keyed by content, not identity: authors often pass fresh object literals on every render.
  const contentKey = JSON.stringify([xAxis, yAxis, quadrants ?? {}, items]);
  const layout = useMemo((): QuadrantChartLayout => {
    const [x, y, q, i] = JSON.parse(contentKey) as [QuadrantChartProps["xAxis"], QuadrantChartProps["yAxis"], QuadrantChartProps["quadrants"], QuadrantChartProps["items"]];
    return computeQuadrantChartLayout({ xAxis: x, yAxis: y, quadrants: q, items: i }, { direction, textScale });
  }, [contentKey, direction, textScale]);

  const readingOrder = useMemo(() => layout.quadrants.flatMap((q) => q.items), [layout]);
  const orders = useMemo(() => focusOrders(layout.items), [layout]);
  const roving = useRovingFocus(readingOrder);
  const [focused, setFocused] = useState<string | undefined>(undefined);
  // What the pointer rests on, and where keyboard focus was then: the latest of the two interactions shows.
  const [hover, setHoverState] = useState<{ key: string | undefined; focusThen: string | undefined }>({ key: undefined, focusThen: undefined });
  const setHover = (key: string | undefined) => setHoverState({ key, focusThen: focused });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      if (focused === undefined) return;
      const next = nextQuadrantFocus(event.key, focused, orders, readingOrder);
      if (next === undefined) return;
      event.preventDefault();
      if (next !== focused) roving.focusKey(next);
    },
    [focused, orders, readingOrder, roving],
  );

  const active = focused === undefined || hover.focusThen === focused ? (hover.key ?? focused) : focused;

  return (
    <InfographicFigure ref={figureRef} kind="quadrant" narrowBelow={layout.narrowBelow} {...pickFigureProps(props)}>
      <ScopedStyle css={QUADRANT_STYLESHEET} />
      <div className="ri-wide">
        <QuadrantPicture
          layout={layout}
          label={quadrantAccessibleName(props)}
          idPrefix={idPrefix}
          hintId={hintId}
          active={active}
          roving={roving}
          onFocusChange={setFocused}
          onHover={setHover}
          onKeyDown={onKeyDown}
        />
        <KeyboardHint id={hintId}>{QUADRANT_KEYBOARD_HINT}</KeyboardHint>
      </div>
      <div className="ri-narrow">
        <QuadrantCards layout={layout} axes={{ xAxis, yAxis }} idPrefix={idPrefix} />
      </div>
    </InfographicFigure>
  );
}
