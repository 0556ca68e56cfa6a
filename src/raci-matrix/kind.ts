import type { InfographicKind } from "../core/kind";
import { computeRaciMatrixLayout } from "./layout";
import { RaciMatrix } from "./RaciMatrix";
import { drawRaciMatrixStatic } from "./static";
import type { RaciMatrixProps } from "./types";
import { validateRaciMatrix } from "./validate";

/** The RACI matrix in the registry of kinds. */
export const kind: InfographicKind<RaciMatrixProps> = {
  name: "raci-matrix",
  componentName: "RaciMatrix",
  Component: RaciMatrix,
  validate: validateRaciMatrix,
  computeLayout: computeRaciMatrixLayout,
  drawStatic: drawRaciMatrixStatic,
};
