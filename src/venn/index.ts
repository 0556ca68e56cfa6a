export { VennDiagram } from "./VennDiagram";
export type { VennDiagramProps, VennOverlap, VennSet } from "./types";
export { validateVennDiagram } from "./validate";
export {
  computeVennLayout,
  type VennCircleLayout,
  type VennGlyphLayout,
  type VennItemLayout,
  type VennLayout,
  type VennLayoutOptions,
  type VennRegionLayout,
  type VennTextBlock,
  type VennTextLine,
} from "./layout";
