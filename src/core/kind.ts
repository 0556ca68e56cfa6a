import type { ComponentType } from "react";
import type { InfographicProps, ValidationProblem } from "./types";

/** What every way out (static, CLI, remark, embed) needs to know about one kind of infographic. */
export interface InfographicKind<Props extends InfographicProps = InfographicProps, Layout = unknown> {
  /** Kebab-case name used in content files and fenced blocks (`venn-diagram`). */
  name: string;
  /** Name of the React component, as exported from the package (`VennDiagram`). */
  componentName: string;
  /** The React component. */
  Component: ComponentType<Props>;
  /** Checks outside content against the props contract; `[]` when it is valid. */
  validate: (props: unknown) => ValidationProblem[];
  /** The pure layout for a width and direction (what the component draws at that width). */
  computeLayout: (props: Props, options: { width?: number; direction?: "ltr" | "rtl" }) => Layout;
}
