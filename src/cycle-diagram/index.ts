export { computeCycleDiagramLayout, DEFAULT_CYCLE_WIDTH, type CycleDiagramLayoutOptions } from "./layout";
export type { AnchoredText, CycleDetailsLayout, CycleDiagramLayout, CycleStepLayout, CycleStrokes, TextAnchor } from "./layout-types";
export { loopSentence } from "./describe";
export { validateCycleDiagram } from "./validate";
export type { CycleDiagramProps, CycleStep } from "./types";
export { CycleDiagram } from "./CycleDiagram";
