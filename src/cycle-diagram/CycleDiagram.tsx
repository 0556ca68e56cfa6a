import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { InfographicError } from "../a11y/InfographicError";
import { InfographicFigure } from "../a11y/InfographicFigure";
import { KeyboardHint } from "../a11y/KeyboardHint";
import { useResolvedDirection } from "../core/use-resolved-direction";
import { useTextScale } from "../core/use-text-scale";
import { useContainerWidth } from "../lifecycle-timeline/use-container-width";
import { useEntranceAnimation } from "../motion/use-entrance-animation";
import { ScopedStyle } from "../theme/ScopedStyle";
import { chooseCyclePictures, type CyclePictures } from "./choose-layouts";
import { cycleTarget } from "./cycle-navigation";
import type { StepState } from "./CycleStepMark";
import { CyclePicture } from "./CyclePicture";
import { CYCLE_STYLESHEET } from "./styles";
import type { CycleDiagramProps, CycleStep } from "./types";
import { validateCycleDiagram } from "./validate";

const HINT = "Arrow keys move round the steps. Enter shows a step's details.";

/** What is announced when a step becomes current. */
function activationSentence(step: CycleStep): string {
  const count = step.items?.length ?? 0;
  const details = count === 0 ? "" : ` ${count} ${count === 1 ? "detail follows" : "details follow"} in its list item.`;
  return `${step.label} is the current step.${details}`;
}

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
  const [ownActive, setOwnActive] = useState(defaultActiveStepId);
  const [previewId, setPreviewId] = useState<string | undefined>(undefined);
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  // Said once after the reader makes a step current: focus stays on the button, so nothing else would say it.
  const [announcement, setAnnouncement] = useState("");
  useEntranceAnimation(figureRef, animation ?? "on-view");

  const activeId = activeStepId !== undefined ? activeStepId : ownActive;
  const activeIndex = steps.findIndex((step) => step.id === activeId);
  const tabStop = Math.min(focusIndex ?? (activeIndex >= 0 ? activeIndex : 0), steps.length - 1);

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

  const activate = (index: number) => {
    const step = steps[index];
    setFocusIndex(index);
    // Already current (a second press, or a click inside its details): nothing changes, nothing to report.
    if (!step || step.id === activeId) return;
    if (activeStepId === undefined) setOwnActive(step.id);
    setAnnouncement(activationSentence(step));
    onActiveStepChange?.(step.id);
  };
  const preview = (index: number, on: boolean) => {
    const id = steps[index]?.id;
    setPreviewId((current) => (on ? id : current === id ? undefined : current));
  };
  const move = (index: number, event: KeyboardEvent<SVGGElement>) => {
    const target = cycleTarget(event.key, index, steps.length, direction === "rtl");
    if (target === undefined) return;
    event.preventDefault();
    setFocusIndex(target);
    // Both pictures may be in the page; move within the one that has focus.
    const container = event.currentTarget.closest("[data-ri-keys]");
    container?.querySelector<SVGGElement>(`[data-ri-step-index="${target}"]`)?.focus();
  };
  const stateOf = (id: string): StepState => (id === activeId ? "active" : id === previewId ? "preview" : "inactive");
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
