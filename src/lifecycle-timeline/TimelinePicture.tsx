import type { KeyboardEvent } from "react";
import { LANES_LIST_NAME, laneSentence, stagesListName } from "./describe";
import type { LifecycleTimelineLayout } from "./layout-types";
import { TimelineDetails } from "./TimelineDetails";
import { TimelineLanes } from "./TimelineLanes";
import { TimelineStage, type StageState } from "./TimelineStage";
import { TimelineText } from "./TimelineText";
import type { LifecycleTimelineProps } from "./types";
import { enterMark } from "../motion/enter-mark";

/** Props of one drawing of the timeline. */
export interface TimelinePictureProps {
  /** The geometry to draw. */
  layout: LifecycleTimelineLayout;
  /** The content. */
  props: LifecycleTimelineProps;
  /** `ri-wide` or `ri-narrow` (which the figure's container query shows), or none. */
  className?: string;
  /** State of each stage. */
  stateOf: (id: string) => StageState;
  /** Index of the stage holding the Tab stop. */
  tabStop: number;
  /** Id of the keyboard hint. */
  hintId: string;
  /** Makes a stage current. */
  onActivate: (index: number) => void;
  /** Starts or ends the preview of a stage. */
  onPreview: (index: number, on: boolean) => void;
  /** Keyboard navigation from a stage. */
  onKeyDown: (index: number, event: KeyboardEvent<SVGGElement>) => void;
  /** Class the lanes' colour rules are scoped under (see `laneRules`). */
  laneScope?: string;
}

/**
 * The timeline drawn from one layout: an ordered list of stages (with the active stage's details inside its
 * item), the loop sentence, and the lanes, drawn for the eye and given as sentences for assistive technology.
 */
export function TimelinePicture({ layout, props, className, stateOf, tabStop, hintId, onActivate, onPreview, onKeyDown, laneScope }: TimelinePictureProps) {
  const { stages } = props;
  const lanes = props.lanes ?? [];
  const n = stages.length;
  return (
    <div className={className} data-ri-keys="">
      <svg
        // Without a role Chromium exposes the svg as an unnamed image, whose children some screen readers skip.
        role="group"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ maxWidth: layout.width, direction: layout.direction }}
        data-orientation={layout.orientation}
      >
        <g className="ri-lt-back" aria-hidden="true">
          {layout.activeBand ? (
            <rect className="ri-lt-band" x={layout.activeBand.x} y={layout.activeBand.y} width={layout.activeBand.width} height={layout.activeBand.height} rx={8} />
          ) : null}
          {/* A shade only needs its state when it is shown (preview); the stage item always says its own. */}
          {layout.stages.map((stage) => (
            <rect key={stage.id} data-state={stateOf(stage.id) === "inactive" ? undefined : stateOf(stage.id)} x={stage.box.x} y={stage.box.y} width={stage.box.width} height={stage.box.height} />
          ))}
          {layout.connector ? <path className="ri-lt-connector" d={layout.connector} {...enterMark("draw", 0)} /> : null}
          {layout.loop?.path ? (
            <g className="ri-lt-loop" {...enterMark("fade", n + 1)}>
              <path d={layout.loop.path} />
              <path d={layout.loop.arrowhead} />
            </g>
          ) : null}
        </g>
        <TimelineLanes layouts={layout.lanes} lanes={lanes} firstOrder={n + 2} scope={laneScope} />
        <g role="list" aria-label={stagesListName(props.loop)}>
          {layout.stages.map((stageLayout) => {
            const stage = stages[stageLayout.index];
            if (!stage) return null;
            const { index } = stageLayout;
            return (
              <TimelineStage
                key={stage.id}
                layout={stageLayout}
                state={stateOf(stage.id)}
                tabbable={index === tabStop}
                hintId={hintId}
                onActivate={() => onActivate(index)}
                onPreview={(on) => onPreview(index, on)}
                onKeyDown={(event) => onKeyDown(index, event)}
              >
                {layout.details?.stageId === stage.id ? <TimelineDetails layout={layout.details} stage={stage} order={n + 1} /> : null}
              </TimelineStage>
            );
          })}
        </g>
        {layout.loop ? <TimelineText block={layout.loop.note} className="ri-lt-muted" {...enterMark("fade", n + 1)} /> : null}
      </svg>
    </div>
  );
}

/**
 * The lanes as sentences for assistive technology, written once after both drawings (which hide their lanes): the
 * same facts whichever drawing shows.
 */
export function LaneSentences({ props }: { props: LifecycleTimelineProps }) {
  const lanes = props.lanes ?? [];
  if (lanes.length === 0) return null;
  return (
    <ul className="ri-visually-hidden" aria-label={LANES_LIST_NAME}>
      {lanes.map((lane) => (
        <li key={lane.id}>{laneSentence(lane, props.stages)}</li>
      ))}
    </ul>
  );
}
