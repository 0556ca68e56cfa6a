import { Suspense, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { InfographicError } from "../a11y/InfographicError";
import { InfographicFigure } from "../a11y/InfographicFigure";
import { KeyboardHint } from "../a11y/KeyboardHint";
import { useRovingFocus } from "../a11y/use-roving-focus";
import { useResolvedDirection } from "../core/use-resolved-direction";
import { useTextScale } from "../core/use-text-scale";
import { useEntranceAnimation } from "../motion/use-entrance-animation";
import { setColorVars } from "./colors";
import { scopeClass } from "../theme/property-rule";
import { VENN_KEYBOARD_HINT, vennAccessibleName } from "./describe";
import { nextVennFocus, vennFocusKey, type VennFocus } from "./keyboard";
import { computeVennLayout, type VennLayout } from "./layout";
import { customSetColorRules, VENN_STYLESHEET } from "./styles";
import type { VennDiagramProps } from "./types";
import { validateVennDiagram } from "./validate";
import { VennCards } from "./VennCards";
import { VennPicture, type VennHighlight } from "./VennPicture";
import { ScopedStyle } from "../theme/ScopedStyle";

/**
 * A Venn diagram of 2 or 3 sets: who is responsible for what. Circles are sized to fit their items; each region
 * is a named list for assistive technology; one Tab stop with arrow keys inside; below the width where text would
 * shrink under 12 px it becomes stacked cards. Invalid props render an error figure instead, never a crash.
 */
export function VennDiagram(props: VennDiagramProps) {
  const problems = validateVennDiagram(props);
  if (problems.length > 0) return <InfographicError componentName="VennDiagram" props={props} problems={problems} />;
  // A boundary of its own: React hydrates the figure apart from the rest of the page, in slices that yield to the browser.
  return (
    <Suspense>
      <VennDiagramView {...props} />
    </Suspense>
  );
}

/** The figure for valid props, without the boundary (the registry draws static HTML with it). */
export function VennDiagramView(props: VennDiagramProps) {
  const { sets, overlaps, animation, dir } = props;
  const figureRef = useRef<HTMLElement>(null);
  const direction = useResolvedDirection(dir, figureRef);
  const textScale = useTextScale(figureRef);
  useEntranceAnimation(figureRef, animation ?? "on-view");
  const uid = useId();
  const idPrefix = `${scopeClass("", uid)}v`;
  const hintId = `${idPrefix}h`;

  // Keyed by content, not identity: authors often pass fresh array literals on every render.
  const contentKey = JSON.stringify([sets, overlaps ?? []]);
  const computed = useMemo((): { layout: VennLayout } | { error: string } => {
    try {
      return { layout: computeVennLayout({ sets, overlaps }, { direction, textScale }) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the content changes (contentKey), not its identity
  }, [contentKey, direction, textScale]);

  // Cheap to recompute, and nothing below is memoised: plain values and handlers, no useMemo or useCallback.
  const navRegions = ("layout" in computed ? computed.layout.regions : []).filter((r) => r.items.length > 0).map((r) => ({ key: r.key, itemCount: r.items.length }));
  const focusKeys = navRegions.flatMap((r) => [vennFocusKey({ region: r.key }), ...Array.from({ length: r.itemCount }, (_, item) => vennFocusKey({ region: r.key, item }))]);
  const roving = useRovingFocus(focusKeys);
  const [focus, setFocus] = useState<VennFocus | null>(null);
  // What the pointer rests on, and where keyboard focus was then: the latest of the two interactions shows.
  const [hover, setHoverState] = useState<{ highlight: VennHighlight; focusThen: string | undefined }>({ highlight: {}, focusThen: undefined });
  const focusKeyNow = focus ? vennFocusKey(focus) : undefined;
  const setHover = (highlight: VennHighlight) => setHoverState({ highlight, focusThen: focusKeyNow });

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!focus) return;
    const next = nextVennFocus(event.key, focus, navRegions, direction === "rtl");
    if (next === undefined) return;
    event.preventDefault();
    if (next === "leave") {
      (event.target as SVGElement).blur();
      setFocus(null);
    } else roving.focusKey(vennFocusKey(next));
  };

  if ("error" in computed) {
    return <InfographicError componentName="VennDiagram" props={props} problems={[{ path: "sets", message: computed.error }]} />;
  }
  const { layout } = computed;

  // Sets with their own colours need rules of their own; palette sets use the stylesheet's palette roles.
  const customColors = sets.some((set) => set.color?.trim());
  const colorScope = scopeClass("ri-vc", uid);
  const focusedItem = focus?.item !== undefined ? `${focus.region}:${focus.item}` : undefined;
  const hovered = focusKeyNow === undefined || hover.focusThen === focusKeyNow ? hover.highlight : {};
  const highlight: VennHighlight = { region: hovered.region ?? focus?.region, item: hovered.item ?? focusedItem };

  return (
    // The figure reads only the shared props it knows; its own props come after, so they win.
    <InfographicFigure {...props} ref={figureRef} kind="venn" narrowBelow={layout.narrowBelow} colors={sets.length}>
      <ScopedStyle css={customColors ? `${VENN_STYLESHEET}\n${customSetColorRules(colorScope)}` : VENN_STYLESHEET} />
      <div className={customColors ? `ri-venn-body ${colorScope}` : "ri-venn-body"} style={customColors ? setColorVars(sets) : undefined}>
        <div className="ri-wide">
          <VennPicture
            layout={layout}
            label={vennAccessibleName(sets.map((s) => s.label))}
            idPrefix={idPrefix}
            hintId={hintId}
            ownColors={customColors}
            highlight={highlight}
            roving={roving}
            onFocusChange={setFocus}
            onHover={setHover}
            onKeyDown={onKeyDown}
          />
          <KeyboardHint id={hintId}>{VENN_KEYBOARD_HINT}</KeyboardHint>
        </div>
        <div className="ri-narrow">
          <VennCards layout={layout} idPrefix={idPrefix} ownColors={customColors} />
        </div>
      </div>
    </InfographicFigure>
  );
}
