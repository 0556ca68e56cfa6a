import { forwardRef, useId, type ReactNode } from "react";
import { safeHref } from "../core/safe-href";
import type { InfographicProps } from "../core/types";
import { baseStylesheet } from "../theme/stylesheet";
import { scopeClass } from "../theme/property-rule";
import { resolveTheme } from "../theme/theme-props";
import { ScopedStyle } from "../theme/ScopedStyle";

/** Props of the figure shell: the shared infographic props plus what the shell needs from the component. */
export interface InfographicFigureProps extends Omit<InfographicProps, "animation"> {
  /** Short name of the infographic kind, used in the root class (`ri-venn`). */
  kind: string;
  /** Container width in px below which the `.ri-narrow` layout replaces the `.ri-wide` one, before any script runs. */
  narrowBelow?: number;
  /** How many palette colours the picture draws with (sets, lanes, columns); default all of them. */
  colors?: number;
  /** Id for the title element, when a part inside the figure names itself by it (`aria-labelledby`). */
  titleId?: string;
  /** The picture itself. */
  children: ReactNode;
}

/** The shared props the figure shell takes, picked from a component's props (everything but `animation`). */
export function pickFigureProps({ title, description, source, hideTitle, theme, dir, id, className, style }: InfographicProps) {
  return { title, description, source, hideTitle, theme, dir, id, className, style };
}

/**
 * The `<figure>` every infographic renders: visible title, description and source line, accessible name and
 * description, theme tokens scoped to the root, and the CSS container query that swaps in the narrow layout.
 */
export const InfographicFigure = forwardRef<HTMLElement, InfographicFigureProps>(function InfographicFigure(
  { kind, narrowBelow, colors, titleId: givenTitleId, children, title, description, source, hideTitle = false, theme, dir, id, className, style },
  ref,
) {
  const uid = useId();
  const titleId = givenTitleId ?? `${uid}title`;
  const descriptionId = `${uid}description`;
  // A class name unique to one figure, derived from `useId` so server and client agree on it.
  const instance = scopeClass("ri-i", uid);
  const resolvedTheme = resolveTheme(theme);
  const sourceHref = safeHref(source?.href);
  // A container query switches layouts at the exact width where the wide one's text would drop under 12 px.
  const narrowRule =
    narrowBelow === undefined
      ? ""
      : `\n@container (max-width:${Math.ceil(narrowBelow)}px){.${instance} .ri-wide{display:none}.${instance} .ri-narrow{display:block}}`;

  return (
    <figure
      ref={ref}
      id={id}
      className={["ri-figure", `ri-${kind}`, instance, className].filter(Boolean).join(" ")}
      data-theme={resolvedTheme.name}
      dir={dir === "ltr" || dir === "rtl" ? dir : undefined}
      style={{ ...resolvedTheme.style, ...style }}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <ScopedStyle css={baseStylesheet(colors)} layer="ri-base" after={narrowRule} />
      <div className={hideTitle ? "ri-header ri-visually-hidden" : "ri-header"}>
        <p id={titleId} className="ri-title">
          {title}
        </p>
        {description ? (
          <p id={descriptionId} className="ri-description">
            {description}
          </p>
        ) : null}
      </div>
      {children}
      {source ? (
        <p className="ri-source">
          Source:{" "}
          {sourceHref ? (
            <a href={sourceHref} rel="noopener noreferrer">
              {source.label}
            </a>
          ) : (
            source.label
          )}
        </p>
      ) : null}
    </figure>
  );
});
