import { renderToStaticMarkup, renderToString } from "react-dom/server";
import type { InfographicKind } from "../core/kind";
import type { InfographicProps, ThemeOverrides } from "../core/types";
import { loadKind } from "../kinds";
import { staticPalette } from "../theme/static-palette";
import { contentId } from "./content-id";
import { InvalidContentError } from "./errors";
import { DEFAULT_FONT_FAMILY, DEFAULT_STATIC_WIDTH, type StaticOptions } from "./options";
import { FIGURE_PADDING, StaticFigure } from "./StaticFigure";

/** Smallest width a figure can be drawn at: room for its padding and a 12 px word. */
const MIN_WIDTH = 160;

/** Loads the kind and checks the content; throws `InvalidContentError` listing every problem. */
async function checkedContent(kindName: string, props: unknown): Promise<{ kind: InfographicKind; props: InfographicProps }> {
  const kind = await loadKind(kindName);
  const problems = kind.validate(props);
  if (problems.length > 0) throw new InvalidContentError(kind.componentName, problems);
  return { kind, props: props as InfographicProps };
}

/** The overrides of an object `theme` prop, and its base scheme. */
function themeOf(theme: InfographicProps["theme"]): { base?: string; overrides: Omit<ThemeOverrides, "base"> } {
  if (typeof theme !== "object" || theme === null) return { base: theme, overrides: {} };
  const { base, ...overrides } = theme;
  return { base, overrides };
}

/**
 * Renders an infographic as a standalone SVG document: title, description, picture and source drawn in it, every
 * colour literal, text as text. Runs anywhere JavaScript does, with no DOM. Throws `InvalidContentError` on bad content.
 */
export async function renderToSVG(kindName: string, props: unknown, options: StaticOptions = {}): Promise<string> {
  const content = await checkedContent(kindName, props);
  const { base, overrides } = themeOf(content.props.theme);
  const palette = staticPalette(options.theme ?? (base === "dark" ? "dark" : "light"), overrides);
  const width = Math.max(MIN_WIDTH, Math.round(options.width ?? DEFAULT_STATIC_WIDTH));
  const direction = content.props.dir === "rtl" ? "rtl" : "ltr";
  const drawing = content.kind.drawStatic(content.props, { width: width - 2 * FIGURE_PADDING, palette, direction });
  const markup = renderToStaticMarkup(
    <StaticFigure
      props={content.props}
      drawing={drawing}
      palette={palette}
      width={width}
      fontFamily={options.fontFamily ?? DEFAULT_FONT_FAMILY}
      direction={direction}
      idPrefix={`ri${contentId(kindName, props)}-`}
    />,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

/** JSON that is safe inside a `<script>` element: no `<` can close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * Renders an infographic as one self-contained HTML `<figure>`: its own scoped styles, complete and accessible with
 * no script, and its content as JSON in a child `<script type="application/json">` for the embed script to upgrade.
 * Throws `InvalidContentError` on bad content.
 */
export async function renderToHTML(kindName: string, props: unknown, options: StaticOptions = {}): Promise<string> {
  const content = await checkedContent(kindName, props);
  const { overrides } = themeOf(content.props.theme);
  const theme = options.theme ? (Object.keys(overrides).length > 0 ? { ...overrides, base: options.theme } : options.theme) : content.props.theme;
  const { Component } = content.kind;
  // The JSON holds the props as drawn (theme option applied), so the embed script hydrates to the same markup.
  const drawn = theme === content.props.theme ? props : { ...content.props, theme };
  // renderToString, not renderToStaticMarkup: its comments between adjacent texts let the embed script hydrate.
  const markup = renderToString(<Component {...content.props} theme={theme} />, { identifierPrefix: `ri${contentId(kindName, drawn)}-` });
  const data = `<script type="application/json" data-ri-content="">${scriptJson({ kind: kindName, props: drawn })}</script>`;
  return markup.replace(/<\/figure>$/, `${data}</figure>`);
}
