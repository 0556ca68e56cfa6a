import type { InfographicKind } from "../core/kind";
import { computeLifecycleTimelineLayout } from "./layout";
import { figureAlone } from "../core/figure-alone";
import { LifecycleTimeline, TimelineView } from "./LifecycleTimeline";
import { drawLifecycleTimelineStatic } from "./static";
import type { LifecycleTimelineProps } from "./types";
import { validateLifecycleTimeline } from "./validate";

/** The lifecycle timeline in the registry of kinds. */
export const kind: InfographicKind<LifecycleTimelineProps> = {
  name: "lifecycle-timeline",
  componentName: "LifecycleTimeline",
  Component: figureAlone(LifecycleTimeline, TimelineView, validateLifecycleTimeline),
  validate: validateLifecycleTimeline,
  computeLayout: computeLifecycleTimelineLayout,
  drawStatic: drawLifecycleTimelineStatic,
};
