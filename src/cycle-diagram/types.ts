import type { InfographicItem, InfographicProps } from "../core/types";

/** One step of a cycle. */
export interface CycleStep {
  /** Unique id among the steps, used by `activeStepId`. */
  id: string;
  /** Short name of the step, shown next to its numbered marker on the ring. */
  label: string;
  /** One or two sentences on what happens in the step, shown while it is active. */
  description?: string;
  /** Details shown while the step is active, as a list. */
  items?: InfographicItem[];
}

/** Props of `<CycleDiagram>`. */
export interface CycleDiagramProps extends InfographicProps {
  /**
   * The steps, in the order they are taken; after the last comes the first again. Two to eight.
   * @minItems 2
   * @maxItems 8
   */
  steps: CycleStep[];
  /** Text in the middle of the ring, for example "Continuous improvement". */
  centerLabel?: string;
  /** Controlled: id of the step shown as current, with its description and items. */
  activeStepId?: string;
  /** Uncontrolled: id of the step that starts as current. */
  defaultActiveStepId?: string;
  /** Called with a step's id when the reader makes it current (click, Enter or Space). */
  onActiveStepChange?: (id: string) => void;
}
