import { Suspense, useId, useMemo, useRef, type KeyboardEvent } from "react";
import { arrowTarget } from "../a11y/arrow-navigation";
import { InfographicError } from "../a11y/InfographicError";
import { InfographicFigure } from "../a11y/InfographicFigure";
import { KeyboardHint } from "../a11y/KeyboardHint";
import { useResolvedDirection } from "../core/use-resolved-direction";
import { useEntranceAnimation } from "../motion/use-entrance-animation";
import { chooseTimelinePictures, type TimelinePictures } from "./choose-layouts";
import { timelineStylesheet } from "./styles";
import { LaneSentences, TimelinePicture } from "./TimelinePicture";
import type { LifecycleTimelineProps } from "./types";
import { useContainerWidth } from "./use-container-width";
import { useCurrentEntry } from "./use-current-entry";
import { useTextScale } from "../core/use-text-scale";
import { validateLifecycleTimeline } from "./validate";
import { scopeClass } from "../theme/property-rule";
import { ScopedStyle } from "../theme/ScopedStyle";
import { hasCustomLaneColor, laneRules } from "./TimelineLanes";

const HINT = "Arrow keys move between stages. Enter shows a stage's details.";

/**
 * The stages of a lifecycle along a line, with lanes showing who is involved when. Checks its props first and
 * draws an error figure naming the problem instead of crashing. Reads as an ordered list of stages; one Tab stop,
 * arrow keys (mirrored in RTL), Home and End move between stages, Enter or Space makes one current.
 */
export function LifecycleTimeline(props: LifecycleTimelineProps) {
  const problems = validateLifecycleTimeline(props);
  if (problems.length > 0) return <InfographicError componentName="LifecycleTimeline" props={props} problems={problems} />;
  // A boundary of its own: React hydrates the figure apart from the rest of the page, in slices that yield to the browser.
  return (
    <Suspense>
      <TimelineView {...props} />
    </Suspense>
  );
}

/** The figure for valid props, without the boundary (the registry draws static HTML with it). */
export function TimelineView(props: LifecycleTimelineProps) {
  const { stages, activeStageId, defaultActiveStageId, onActiveStageChange, animation, ...figureProps } = props;
  const figureRef = useRef<HTMLElement>(null);
  const uid = useId();
  const hintId = `${uid}h`;
  const laneScope = scopeClass("ri-lt", uid);
  const direction = useResolvedDirection(props.dir, figureRef);
  const containerWidth = useContainerWidth(figureRef);
  const textScale = useTextScale(figureRef);
  const { activeId, tabStop, announcement, activate, preview, focusEntry, stateOf } = useCurrentEntry({
    entries: stages,
    activeId: activeStageId,
    defaultActiveId: defaultActiveStageId,
    onChange: onActiveStageChange,
    noun: "stage",
    buttonSelector: ".ri-lt-stage>[role=button]",
  });
  useEntranceAnimation(figureRef, animation ?? "on-view");

  // Hover and focus re-render often; the layout only changes with the content, the active stage and the width.
  const laidOut = useMemo((): { pictures: TimelinePictures } | { error: string } => {
    try {
      return { pictures: chooseTimelinePictures({ ...props, activeStageId: activeId }, containerWidth, direction, textScale) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [props, activeId, containerWidth, direction, textScale]);
  if ("error" in laidOut) {
    return <InfographicError componentName="LifecycleTimeline" props={props} problems={[{ path: "props", message: `could not be laid out: ${laidOut.error}` }]} />;
  }
  const { pictures } = laidOut;

  const move = (index: number, event: KeyboardEvent<SVGGElement>) => focusEntry(arrowTarget(event.key, index, stages.length, { rtl: direction === "rtl" }), event);
  const shared = { props, stateOf, tabStop, hintId, onActivate: activate, onPreview: preview, onKeyDown: move, laneScope };

  return (
    <InfographicFigure ref={figureRef} kind="lifecycle-timeline" narrowBelow={pictures.narrowBelow} colors={props.lanes?.length ?? 0} {...figureProps}>
      <ScopedStyle css={timelineStylesheet(hasCustomLaneColor(props.lanes))} />
      {props.lanes?.length ? <ScopedStyle css={laneRules(laneScope, props.lanes)} layer="none" /> : null}
      <TimelinePicture layout={pictures.wide} className={pictures.narrow ? "ri-wide" : undefined} {...shared} />
      {pictures.narrow ? <TimelinePicture layout={pictures.narrow} className="ri-narrow" {...shared} /> : null}
      <LaneSentences props={props} />
      <KeyboardHint id={hintId}>{HINT}</KeyboardHint>
      <p className="ri-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </InfographicFigure>
  );
}
