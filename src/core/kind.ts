import type { ComponentType, ReactNode } from "react";
import type { StaticPalette } from "../theme/static-palette";
import type { InfographicProps, ValidationProblem } from "./types";

/** What a kind's standalone drawing is given: the width it may take, literal colours and the reading direction. */
export interface StaticDrawContext {
  /** Width available for the picture, in px (the figure's width less its padding). */
  width: number;
  /** The theme, resolved to literal colours. */
  palette: StaticPalette;
  /** Reading direction; RTL mirrors the picture. */
  direction: "ltr" | "rtl";
}

/** A picture drawn for a standalone SVG: its size and its elements, every colour literal, every style an attribute. */
export interface StaticDrawing {
  /** Width of the drawing, in px (at most the width it was given). */
  width: number;
  /** Height of the drawing, in px. */
  height: number;
  /** The SVG elements, drawn from (0, 0). */
  content: ReactNode;
}

/** What every way out (static, CLI, remark, embed) needs to know about one kind of infographic. */
export interface InfographicKind<Props extends InfographicProps = InfographicProps, Layout = unknown> {
  /** Kebab-case name used in content files and fenced blocks (`venn-diagram`). */
  name: string;
  /** Name of the React component, as exported from the package (`VennDiagram`). */
  componentName: string;
  /** The React component that draws the figure alone, with no Suspense boundary around it (static HTML is the figure). */
  Component: ComponentType<Props>;
  /** Checks outside content against the props contract; `[]` when it is valid. */
  validate: (props: unknown) => ValidationProblem[];
  /** The pure layout for a width and direction (what the component draws at that width). */
  computeLayout: (props: Props, options: { width?: number; direction?: "ltr" | "rtl" }) => Layout;
  /** The picture for a standalone SVG at the given width: the wide layout where it stays readable, else the narrow one. */
  drawStatic: (props: Props, context: StaticDrawContext) => StaticDrawing;
}
