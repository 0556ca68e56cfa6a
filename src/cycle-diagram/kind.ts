import type { InfographicKind } from "../core/kind";
import { CycleDiagram } from "./CycleDiagram";
import { computeCycleDiagramLayout } from "./layout";
import { drawCycleDiagramStatic } from "./static";
import type { CycleDiagramProps } from "./types";
import { validateCycleDiagram } from "./validate";

/** The cycle diagram in the registry of kinds. */
export const kind: InfographicKind<CycleDiagramProps> = {
  name: "cycle-diagram",
  componentName: "CycleDiagram",
  Component: CycleDiagram,
  validate: validateCycleDiagram,
  computeLayout: computeCycleDiagramLayout,
  drawStatic: drawCycleDiagramStatic,
};
