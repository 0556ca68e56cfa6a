import type { InfographicKind } from "../core/kind";
import { computeVennLayout } from "./layout";
import { drawVennStatic } from "./static";
import type { VennDiagramProps } from "./types";
import { validateVennDiagram } from "./validate";
import { VennDiagramFigure } from "./VennDiagram";

/** The Venn diagram in the registry of kinds. */
export const kind: InfographicKind<VennDiagramProps> = {
  name: "venn-diagram",
  componentName: "VennDiagram",
  Component: VennDiagramFigure,
  validate: validateVennDiagram,
  computeLayout: computeVennLayout,
  drawStatic: drawVennStatic,
};
