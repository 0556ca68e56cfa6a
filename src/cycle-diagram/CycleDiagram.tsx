import { useId, useMemo, useRef, type KeyboardEvent } from "react";
import { InfographicError } from "../a11y/InfographicError";
import { InfographicFigure } from "../a11y/InfographicFigure";
import { KeyboardHint } from "../a11y/KeyboardHint";
import { useResolvedDirection } from "../core/use-resolved-direction";
import { useTextScale } from "../core/use-text-scale";
import { useContainerWidth } from "../lifecycle-timeline/use-container-width";
import { useCurrentEntry } from "../lifecycle-timeline/use-current-entry";
import { useEntranceAnimation } from "../motion/use-entrance-animation";
import { ScopedStyle } from "../theme/ScopedStyle";
import { chooseCyclePictures, type CyclePictures } from "./choose-layouts";
import { cycleTarget } from "./cycle-navigation";
import { CyclePicture } from "./CyclePicture";
import { CYCLE_STYLESHEET } from "./styles";
import type { CycleDiagramProps } from "./types";
import { validateCycleDiagram } from "./validate";

const HINT = "Arrow keys move round the steps. Enter shows a step's details.";

/**
 * A process that goes round: numbered steps on a ring, each linked to the next by an arrow, the last back to the
 * first, with the active step's description and items beside or under the ring; an ordered list with a small ring
 * glyph in narrow containers. Checks its props first and draws an error figure naming the problem instead of
 * crashing. One Tab stop; arrow keys move round the steps and wrap, Enter or Space makes one current.
 */
export function CycleDiagram(props: CycleDiagramProps) {
  const problems = validateCycleDiagram(props);
  if (problems.length > 0) return <InfographicError componentName="CycleDiagram" props={props} problems={problems} />;
  return <CycleView {...props} />;
}

function CycleView(props: CycleDiagramProps) {
  const { steps, activeStepId, defaultActiveStepId, onActiveStepChange, animation, ...figureProps } = props;
  const figureRef = useRef<HTMLElement>(null);
  const hintId = `${useId()}hint`;
  const direction = useResolvedDirection(props.dir, figureRef);
  const containerWidth = useContainerWidth(figureRef);
  const textScale = useTextScale(figureRef);
  const { activeId, tabStop, announcement, activate, preview, focusEntry, stateOf } = useCurrentEntry({
    entries: steps,
    activeId: activeStepId,
    defaultActiveId: defaultActiveStepId,
    onChange: onActiveStepChange,
    noun: "step",
    buttonSelector: ".ri-cy-step>[role=button]",
  });
  useEntranceAnimation(figureRef, animation ?? "on-view");

  // Hover and focus re-render often; the layout only changes with the content, the active step and the width.
  const laidOut = useMemo((): { pictures: CyclePictures } | { error: string } => {
    try {
      return { pictures: chooseCyclePictures({ ...props, activeStepId: activeId }, containerWidth, direction, textScale) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [props, activeId, containerWidth, direction, textScale]);
  if ("error" in laidOut) {
    return <InfographicError componentName="CycleDiagram" props={props} problems={[{ path: "props", message: `could not be laid out: ${laidOut.error}` }]} />;
  }
  const { pictures } = laidOut;

  const move = (index: number, event: KeyboardEvent<SVGGElement>) => focusEntry(cycleTarget(event.key, index, steps.length, direction === "rtl"), event);
  const shared = { props, stateOf, tabStop, hintId, onActivate: activate, onPreview: preview, onKeyDown: move };

  return (
    <InfographicFigure ref={figureRef} kind="cycle-diagram" narrowBelow={pictures.narrowBelow} {...figureProps}>
      <ScopedStyle css={CYCLE_STYLESHEET} />
      <CyclePicture layout={pictures.wide} className={pictures.narrow ? "ri-wide" : undefined} {...shared} />
      {pictures.narrow ? <CyclePicture layout={pictures.narrow} className="ri-narrow" {...shared} /> : null}
      <KeyboardHint id={hintId}>{HINT}</KeyboardHint>
      <p className="ri-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </InfographicFigure>
  );
}
