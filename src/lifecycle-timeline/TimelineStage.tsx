import type { KeyboardEvent, ReactNode } from "react";
import type { StageLayout } from "./layout-types";
import { TimelineText } from "./TimelineText";
import { enterMark } from "../motion/enter-mark";

/** Size and weight of a stage's label, from the stylesheet (`.ri-lt-stage>[role=button]>text`). */
const STAGE_LABEL = { fontSize: 16, bold: true };

/** How a stage is shown: current, previewed (hover or focus), or neither. */
export type StageState = "active" | "preview" | "inactive";

/** Props of one stage. */
export interface TimelineStageProps {
  /** The stage's geometry. */
  layout: StageLayout;
  /** Its state, also written to `data-state`. */
  state: StageState;
  /** Whether this stage holds the infographic's single Tab stop. */
  tabbable: boolean;
  /** Id of the keyboard hint, read as the stage button's description. */
  hintId: string;
  /** Makes this stage current. */
  onActivate: () => void;
  /** Starts (true) or ends (false) a preview from hover or focus. */
  onPreview: (on: boolean) => void;
  /** Arrow keys, Home and End. */
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  /** The active stage's details, nested so they are read as part of the stage. */
  children?: ReactNode;
}

/**
 * A stage as a list item: its number, then its label as a button (the roving Tab stop), period and description follow
 * as text. The active stage's button carries `aria-current="step"`, where a screen reader announces it on focus.
 */
export function TimelineStage({ layout, state, tabbable, hintId, onActivate, onPreview, onKeyDown, children }: TimelineStageProps) {
  const { box, marker, index } = layout;
  const order = index + 1;
  return (
    <g
      role="listitem"
      className="ri-lt-stage"
      data-state={state === "inactive" ? undefined : state}
      onPointerEnter={() => onPreview(true)}
      onPointerLeave={() => onPreview(false)}
      onClick={onActivate}
    >
      {/* The number stays readable, as an ordered list's marker would be: "1", then the button "Ideation". */}
      <g className="ri-lt-marker" {...enterMark("pop", order)}>
        {/* Unnamed shapes are not in the accessibility tree: no aria-hidden needed on the disc or the hit area. */}
        <circle cx={marker.cx} cy={marker.cy} r={marker.r} />
        <text x={marker.cx} y={Math.round((marker.cy + 14 * 0.35) * 100) / 100}>
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
        {/* One rect is both the pointer's target and, when the button has keyboard focus, its ring (see the stylesheet). */}
        <rect x={box.x - 2 || undefined} y={box.y - 2 || undefined} width={box.width + 4} height={box.height + 4} />
        <TimelineText block={layout.label} inherited={STAGE_LABEL} {...enterMark("fade", order)} />
      </g>
      {layout.period ? <TimelineText block={layout.period} className="ri-lt-muted" {...enterMark("fade", order)} /> : null}
      {layout.description ? <TimelineText block={layout.description} {...enterMark("fade", order)} /> : null}
      {children}
    </g>
  );
}
