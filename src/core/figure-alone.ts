import { createElement, type ComponentType } from "react";
import type { ValidationProblem } from "./types";

/**
 * A kind's figure without the Suspense boundary its exported component hydrates in: static HTML (which the embed
 * script hydrates) must be the figure alone. Invalid props go to the exported component, which draws the error figure.
 */
export function figureAlone<P extends object>(Exported: ComponentType<P>, View: ComponentType<P>, validate: (props: P) => ValidationProblem[]): ComponentType<P> {
  return (props: P) => createElement(validate(props).length > 0 ? Exported : View, props);
}
