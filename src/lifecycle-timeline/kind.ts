import type { InfographicKind } from "../core/kind";
import { computeLifecycleTimelineLayout } from "./layout";
import { LifecycleTimeline } from "./LifecycleTimeline";
import type { LifecycleTimelineProps } from "./types";
import { validateLifecycleTimeline } from "./validate";

/** The lifecycle timeline in the registry of kinds. */
export const kind: InfographicKind<LifecycleTimelineProps> = {
  name: "lifecycle-timeline",
  componentName: "LifecycleTimeline",
  Component: LifecycleTimeline,
  validate: validateLifecycleTimeline,
  computeLayout: computeLifecycleTimelineLayout,
  // Placeholder until the standalone drawing lands (work in progress on a branch).
  drawStatic: () => {
    throw new Error("LifecycleTimeline has no standalone drawing yet");
  },
};
