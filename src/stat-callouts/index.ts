export { StatCallouts } from "./StatCallouts";
export type { StatCallout, StatCalloutsProps } from "./types";
export { validateStatCallouts } from "./validate";
export { statSentence } from "./describe";
export { arcPath, type RingLayout } from "./ring";
export {
  computeStatCalloutsLayout,
  DEFAULT_STAT_WIDTH,
  type StatCalloutsLayout,
  type StatCalloutsLayoutOptions,
  type StatCellLayout,
  type StatTextBlock,
} from "./layout";
