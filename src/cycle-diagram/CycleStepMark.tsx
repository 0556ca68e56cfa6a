import type { KeyboardEvent, ReactNode } from "react";
import type { CycleStepLayout } from "./layout-types";
import { NUMBER_FONT_SIZE } from "./layout-text";
import { CycleText } from "./CycleText";
import { enterMark } from "../motion/enter-mark";

/** How a step is shown: current, previewed (hover or focus), or neither. */
export type StepState = "active" | "preview" | "inactive";

/** Props of one step. */
export interface CycleStepMarkProps {
  /** The step's geometry. */
  layout: CycleStepLayout;
  /** Its state, also written to `data-state`. */
  state: StepState;
  /** Whether this step holds the infographic's single Tab stop. */
  tabbable: boolean;
  /** Id of the keyboard hint, read as the step button's description. */
  hintId: string;
  /** Place in the entrance sequence. */
  order: number;
  /** Makes this step current. */
  onActivate: () => void;
  /** Starts (true) or ends (false) a preview from hover or focus. */
  onPreview: (on: boolean) => void;
  /** Arrow keys, Home and End. */
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  /** The active step's details, and the repeat sentence after the last step: read as part of the step. */
  children?: ReactNode;
}

/**
 * A step as a list item: its number (readable, as an ordered list's marker is), then its label as a button (the
 * roving Tab stop). The active step's button carries `aria-current="step"`. The focus ring circles both the marker
 * and the label.
 */
export function CycleStepMark({ layout, state, tabbable, hintId, order, onActivate, onPreview, onKeyDown, children }: CycleStepMarkProps) {
  const { marker, labelBox: box, index } = layout;
  return (
    <g role="listitem" className="ri-cy-step" data-state={state} onPointerEnter={() => onPreview(true)} onPointerLeave={() => onPreview(false)} onClick={onActivate}>
      <rect className="ri-cy-shade" aria-hidden="true" x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
      <g {...enterMark("pop", order)}>
        <circle className="ri-cy-marker" aria-hidden="true" cx={marker.cx} cy={marker.cy} r={marker.r} />
        <text className="ri-cy-number" x={marker.cx} y={marker.cy + NUMBER_FONT_SIZE * 0.35} fontSize={NUMBER_FONT_SIZE}>
          {index + 1}
        </text>
      </g>
      <g
        role="button"
        tabIndex={tabbable ? 0 : -1}
        aria-current={state === "active" ? "step" : undefined}
        aria-describedby={hintId}
        onFocus={() => onPreview(true)}
        onBlur={() => onPreview(false)}
        onKeyDown={(event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            onActivate();
          } else onKeyDown(event);
        }}
      >
        <circle className="ri-cy-hit" aria-hidden="true" cx={marker.cx} cy={marker.cy} r={marker.r + 4} />
        <rect className="ri-cy-hit" aria-hidden="true" x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
        <circle className="ri-focus-ring" aria-hidden="true" cx={marker.cx} cy={marker.cy} r={marker.r + 5} />
        <rect className="ri-focus-ring" aria-hidden="true" x={box.x - 2} y={box.y - 2} width={box.width + 4} height={box.height + 4} rx={8} />
        <CycleText block={layout.label} className="ri-cy-label" {...enterMark("fade", order)} />
      </g>
      {children}
    </g>
  );
}
