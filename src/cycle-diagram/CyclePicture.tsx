import type { KeyboardEvent } from "react";
import { STEPS_LIST_NAME } from "./describe";
import { CycleDetails } from "./CycleDetails";
import { CycleStepMark, type StepState } from "./CycleStepMark";
import { CycleStrokesView } from "./CycleStrokesView";
import { CycleText } from "./CycleText";
import type { CycleDiagramLayout } from "./layout-types";
import type { CycleDiagramProps } from "./types";
import { enterMark } from "../motion/enter-mark";

/** Props of one drawing of the cycle. */
export interface CyclePictureProps {
  /** The geometry to draw. */
  layout: CycleDiagramLayout;
  /** The content. */
  props: CycleDiagramProps;
  /** `ri-wide` or `ri-narrow` (which the figure's container query shows), or none. */
  className?: string;
  /** State of each step. */
  stateOf: (id: string) => StepState;
  /** Index of the step holding the Tab stop. */
  tabStop: number;
  /** Id of the keyboard hint. */
  hintId: string;
  /** Makes a step current. */
  onActivate: (index: number) => void;
  /** Starts or ends the preview of a step. */
  onPreview: (index: number, on: boolean) => void;
  /** Keyboard navigation from a step. */
  onKeyDown: (index: number, event: KeyboardEvent<SVGGElement>) => void;
}

/**
 * The cycle drawn from one layout (ring or list): the centre label, then an ordered list of steps named as a
 * repeating cycle, the active step's details inside its item and the repeat sentence inside the last one.
 */
export function CyclePicture({ layout, props, className, stateOf, tabStop, hintId, onActivate, onPreview, onKeyDown }: CyclePictureProps) {
  const { steps } = props;
  const n = steps.length;
  return (
    <div className={className} data-ri-keys="">
      <svg
        // Without a role Chromium exposes the svg as an unnamed image, whose children some screen readers skip.
        role="group"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ maxWidth: layout.width, direction: layout.direction }}
        data-mode={layout.mode}
      >
        {layout.ring ? <circle className="ri-cy-track" aria-hidden="true" cx={layout.ring.cx} cy={layout.ring.cy} r={layout.ring.r} /> : null}
        <CycleStrokesView strokes={layout.strokes} order={0} />
        {layout.glyph ? <CycleStrokesView strokes={layout.glyph} order={0} /> : null}
        {layout.centerLabel ? <CycleText block={layout.centerLabel} {...enterMark("fade", n + 1)} /> : null}
        <g role="list" aria-label={STEPS_LIST_NAME}>
          {layout.steps.map((stepLayout) => {
            const step = steps[stepLayout.index];
            if (!step) return null;
            const { index } = stepLayout;
            return (
              <CycleStepMark
                key={step.id}
                layout={stepLayout}
                state={stateOf(step.id)}
                tabbable={index === tabStop}
                hintId={hintId}
                order={index + 1}
                onActivate={() => onActivate(index)}
                onPreview={(on) => onPreview(index, on)}
                onKeyDown={(event) => onKeyDown(index, event)}
              >
                {layout.details?.stepId === step.id ? <CycleDetails layout={layout.details} step={step} order={n + 1} /> : null}
                {index === n - 1 ? <CycleText block={layout.loopNote} className="ri-cy-muted" {...enterMark("fade", n + 1)} /> : null}
              </CycleStepMark>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
