import type { InfographicKind } from "../core/kind";
import { computeLifecycleTimelineLayout } from "./layout";
import { LifecycleTimelineFigure } from "./LifecycleTimeline";
import { drawLifecycleTimelineStatic } from "./static";
import type { LifecycleTimelineProps } from "./types";
import { validateLifecycleTimeline } from "./validate";

/** The lifecycle timeline in the registry of kinds. */
export const kind: InfographicKind<LifecycleTimelineProps> = {
  name: "lifecycle-timeline",
  componentName: "LifecycleTimeline",
  Component: LifecycleTimelineFigure,
  validate: validateLifecycleTimeline,
  computeLayout: computeLifecycleTimelineLayout,
  drawStatic: drawLifecycleTimelineStatic,
};
