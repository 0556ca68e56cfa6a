import type { InfographicItem, InfographicProps } from "../core/types";

/** One stage of a lifecycle. */
export interface LifecycleStage {
  /** Unique id, used by lanes (`from`/`to`) and by `activeStageId`. */
  id: string;
  /** Short name of the stage, shown next to its numbered marker. */
  label: string;
  /** One or two sentences on what happens in the stage. */
  description?: string;
  /** Details shown while the stage is active, as a list. */
  items?: InfographicItem[];
  /** When the stage happens, for example "Q1 2025" or "Weeks 1-4". */
  period?: string;
}

/** One span of a lane: the stages (inclusive) over which the lane's owner is involved. */
export interface TimelineLaneSpan {
  /** Id of the first stage of the span. */
  from: string;
  /** Id of the last stage of the span (not before `from`). */
  to: string;
  /** Text shown inside the span's bar. */
  label?: string;
}

/** A row under the stages: who is involved when. */
export interface TimelineLane {
  /** Unique id among the lanes. */
  id: string;
  /** Who or what the lane is about, for example "Project manager". */
  label: string;
  /** A CSS colour for the lane's bars, adjusted per theme to keep its contrast; default: the next palette colour. */
  color?: string;
  /**
   * The stretches of stages the lane covers, in any order; one or more.
   * @minItems 1
   */
  spans: TimelineLaneSpan[];
}

/** Direction the stages run in. `auto` runs them across where the labels fit, else down. */
export type TimelineOrientation = "auto" | "horizontal" | "vertical";

/** Props of `<LifecycleTimeline>`. */
export interface LifecycleTimelineProps extends InfographicProps {
  /**
   * The stages, in order; one or more.
   * @minItems 1
   */
  stages: LifecycleStage[];
  /** Optional rows under the stages: who is involved when. */
  lanes?: TimelineLane[];
  /** `horizontal`, `vertical`, or `auto` (default): horizontal where every stage label fits at a readable size. */
  orientation?: TimelineOrientation;
  /** The lifecycle starts over after its last stage: a return arrow is drawn and read. */
  loop?: boolean;
  /** Controlled: id of the stage shown as current, with its items. */
  activeStageId?: string;
  /** Uncontrolled: id of the stage that starts as current. */
  defaultActiveStageId?: string;
  /** Called with a stage's id when the reader makes it current (click, Enter or Space). */
  onActiveStageChange?: (id: string) => void;
}
