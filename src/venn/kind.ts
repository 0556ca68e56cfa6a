import type { InfographicKind } from "../core/kind";
import { computeVennLayout } from "./layout";
import { drawVennStatic } from "./static";
import type { VennDiagramProps } from "./types";
import { validateVennDiagram } from "./validate";
import { figureAlone } from "../core/figure-alone";
import { VennDiagram, VennDiagramView } from "./VennDiagram";

/** The Venn diagram in the registry of kinds. */
export const kind: InfographicKind<VennDiagramProps> = {
  name: "venn-diagram",
  componentName: "VennDiagram",
  Component: figureAlone(VennDiagram, VennDiagramView, validateVennDiagram),
  validate: validateVennDiagram,
  computeLayout: computeVennLayout,
  drawStatic: drawVennStatic,
};
