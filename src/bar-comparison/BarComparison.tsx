import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { arrowTarget } from "../a11y/arrow-navigation";
import { InfographicError } from "../a11y/InfographicError";
import { InfographicFigure, pickFigureProps } from "../a11y/InfographicFigure";
import { KeyboardHint } from "../a11y/KeyboardHint";
import { useRovingFocus, type RovingFocus } from "../a11y/use-roving-focus";
import { useResolvedDirection } from "../core/use-resolved-direction";
import { useTextScale } from "../core/use-text-scale";
import { useEntranceAnimation } from "../motion/use-entrance-animation";
import { ScopedStyle } from "../theme/ScopedStyle";
import { BarPicture } from "./BarPicture";
import { BarTable } from "./BarTable";
import { seriesColorVars } from "./colors";
import { BAR_KEYBOARD_HINT, barsAccessibleName } from "./describe";
import { computeBarComparisonLayout, type BarComparisonLayout } from "./layout";
import { BARS_STYLESHEET } from "./styles";
import type { BarComparisonProps } from "./types";
import { validateBarComparison } from "./validate";

/**
 * Numbers side by side: grouped horizontal bars from a zero line, each value printed at its bar end, a legend
 * whose marker shapes tell series apart besides colour, and a table of the values for screen readers. One Tab
 * stop with arrow keys between bars; hover and focus highlight a series alike. Below the width where text would
 * shrink under 12 px, category names move above their bars. Invalid props render an error figure instead.
 */
export function BarComparison(props: BarComparisonProps) {
  const problems = validateBarComparison(props);
  if (problems.length > 0) return <InfographicError componentName="BarComparison" props={props} problems={problems} />;
  return <BarComparisonView {...props} />;
}

/** Arrow keys, Home and End move focus through the bars in reading order. */
function useBarKeys(keys: readonly string[], roving: RovingFocus, rtl: boolean) {
  return useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      const index = keys.indexOf(roving.currentKey ?? "");
      const target = arrowTarget(event.key, Math.max(0, index), keys.length, { rtl });
      if (target === undefined) return;
      event.preventDefault();
      roving.focusKey(keys[target]!);
    },
    [keys, roving, rtl],
  );
}

function BarComparisonView(props: BarComparisonProps) {
  const { categories, series, valueFormat, locale, domain, showValues, animation, dir } = props;
  const figureRef = useRef<HTMLElement>(null);
  const direction = useResolvedDirection(dir, figureRef);
  const textScale = useTextScale(figureRef);
  useEntranceAnimation(figureRef, animation ?? "on-view");
  const hintId = `${useId().replace(/[^a-zA-Z0-9_-]/g, "")}-bars-hint`;

  // Keyed by content, not identity: authors often pass fresh literals on every render.
  const contentKey = JSON.stringify([categories, series, valueFormat, locale, domain, showValues]);
  const layouts = useMemo((): { wide: BarComparisonLayout; narrow: BarComparisonLayout } => {
    const [c, s, f, l, d, v] = JSON.parse(contentKey) as [BarComparisonProps["categories"], BarComparisonProps["series"], BarComparisonProps["valueFormat"], string | undefined, BarComparisonProps["domain"], boolean | undefined];
    const content = { title: "", categories: c, series: s, valueFormat: f, locale: l, domain: d, showValues: v };
    return {
      wide: computeBarComparisonLayout(content, { mode: "wide", direction, textScale }),
      narrow: computeBarComparisonLayout(content, { mode: "narrow", direction, textScale }),
    };
  }, [contentKey, direction, textScale]);

  const keys = useMemo(() => layouts.wide.bars.map((bar) => bar.key), [layouts]);
  const wideFocus = useRovingFocus(keys);
  const narrowFocus = useRovingFocus(keys);
  const rtl = direction === "rtl";
  const onWideKeys = useBarKeys(keys, wideFocus, rtl);
  const onNarrowKeys = useBarKeys(keys, narrowFocus, rtl);
  // The latest of pointer and keyboard shows: focusing a bar clears what the pointer rested on.
  const [hovered, setHovered] = useState<number | undefined>(undefined);
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const onFocusBar = (key: string | undefined) => {
    setHovered(undefined);
    setFocused(key === undefined ? undefined : Number(key.split(":")[0]));
  };
  const active = hovered ?? focused;
  const label = barsAccessibleName(series.map((s) => s.label));
  const shared = { label, hintId, active, onFocusBar, onHoverSeries: setHovered };

  return (
    <InfographicFigure ref={figureRef} kind="bars" narrowBelow={layouts.wide.narrowBelow} {...pickFigureProps(props)}>
      <ScopedStyle css={BARS_STYLESHEET} />
      <div className="ri-bars-body" style={seriesColorVars(series)}>
        <BarTable props={props} layout={layouts.wide} />
        <div className="ri-wide">
          <BarPicture layout={layouts.wide} roving={wideFocus} onKeyDown={onWideKeys} {...shared} hintId={`${hintId}-wide`} />
          <KeyboardHint id={`${hintId}-wide`}>{BAR_KEYBOARD_HINT}</KeyboardHint>
        </div>
        <div className="ri-narrow">
          <BarPicture layout={layouts.narrow} roving={narrowFocus} onKeyDown={onNarrowKeys} {...shared} hintId={`${hintId}-narrow`} />
          <KeyboardHint id={`${hintId}-narrow`}>{BAR_KEYBOARD_HINT}</KeyboardHint>
        </div>
      </div>
    </InfographicFigure>
  );
}
