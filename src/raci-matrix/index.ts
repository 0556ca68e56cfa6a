export { RaciMatrix } from "./RaciMatrix";
export type { RaciCode, RaciMatrixProps, RaciRole, RaciTask } from "./types";
export { validateRaciMatrix } from "./validate";
export { computeRaciMatrixLayout } from "./layout";
export type * from "./layout-types";
export type { NarrowAssignment, NarrowTaskCard } from "./narrow-layout";
