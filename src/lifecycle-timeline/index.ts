export { computeLifecycleTimelineLayout, timelineFitsHorizontally, DEFAULT_TIMELINE_WIDTH, type LifecycleTimelineLayoutOptions } from "./layout";
export type {
  Box as TimelineBox,
  DetailItemLayout,
  DetailsLayout,
  LaneBarLayout,
  LaneLayout,
  LifecycleTimelineLayout,
  StageLayout,
  TextBlock,
} from "./layout-types";
export { laneSentence, loopSentence } from "./describe";
export { validateLifecycleTimeline } from "./validate";
export type { LifecycleStage, LifecycleTimelineProps, TimelineLane, TimelineLaneSpan, TimelineOrientation } from "./types";
export { LifecycleTimeline } from "./LifecycleTimeline";
