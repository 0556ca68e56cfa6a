/** Options of the static renderers. */
export interface StaticOptions {
  /** Width of the SVG in px; the picture takes its narrow layout where the wide one would drop text under 12 px. Default 720. */
  width?: number;
  /** Colour scheme. SVG: default `light`. HTML: default the content's own `theme` (`auto`: follows the reader). */
  theme?: "light" | "dark";
  /** Font stack of the SVG, which cannot inherit a page's font. Default: fonts with Arial's metrics first. */
  fontFamily?: string;
}

/** Fonts whose widths match the metrics text is wrapped with (Arimo and Liberation Sans are metric twins of Arial). */
export const DEFAULT_FONT_FAMILY = 'Arimo, Arial, "Liberation Sans", Helvetica, sans-serif';

/** Width of a standalone SVG when none is asked for: an article column with room for the figure's padding. */
export const DEFAULT_STATIC_WIDTH = 720;
