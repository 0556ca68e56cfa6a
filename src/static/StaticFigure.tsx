import type { StaticDrawing } from "../core/kind";
import { safeHref } from "../core/safe-href";
import type { InfographicProps } from "../core/types";
import type { StaticPalette } from "../theme/static-palette";
import { SvgText } from "./parts/SvgText";
import { placeText } from "./parts/text-lines";

/** Inner padding of the figure, as in the component's stylesheet. */
export const FIGURE_PADDING = 16;
const GAP = 12;

/** Props of the standalone figure. */
export interface StaticFigureProps {
  /** The shared props: title, description, source, hideTitle. */
  props: InfographicProps;
  /** The kind's picture. */
  drawing: StaticDrawing;
  /** Literal colours. */
  palette: StaticPalette;
  /** Width of the whole figure, in px. */
  width: number;
  /** Font stack written on the root. */
  fontFamily: string;
  /** Reading direction. */
  direction: "ltr" | "rtl";
  /** Prefix that keeps ids unique when several files are inlined in one page. */
  idPrefix: string;
}

/**
 * A standalone SVG document: background, title, description, the picture and the source line, with `<title>`
 * and `<desc>` for assistive technology. Every colour and style is literal, so it opens anywhere as it is.
 */
export function StaticFigure({ props, drawing, palette, width, fontFamily, direction, idPrefix }: StaticFigureProps) {
  const rtl = direction === "rtl";
  const inner = width - 2 * FIGURE_PADDING;
  const start = rtl ? width - FIGURE_PADDING : FIGURE_PADDING;
  let top = FIGURE_PADDING;
  const title = props.hideTitle ? undefined : placeText(props.title, { x: start, top, maxWidth: inner, fontSize: 20, bold: true, lineHeight: 1.3 });
  top += title ? title.height : 0;
  const description = props.hideTitle || !props.description ? undefined : placeText(props.description, { x: start, top: top + 4, maxWidth: inner, fontSize: 14 });
  top += description ? description.height + 4 : 0;
  if (title) top += GAP;
  const pictureTop = top;
  const pictureX = FIGURE_PADDING + Math.max(0, (inner - drawing.width) / 2);
  top += drawing.height;
  const source = props.source ? placeText(`Source: ${props.source.label}`, { x: start, top: top + GAP, maxWidth: inner, fontSize: 12 }) : undefined;
  top += source ? source.height + GAP : 0;
  const height = Math.ceil(top + FIGURE_PADDING);
  const href = safeHref(props.source?.href);
  const sourceText = source ? <SvgText lines={source.lines} fontSize={12} fill={palette.textMuted} decoration={href ? "underline" : undefined} /> : null;

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="figure"
      aria-labelledby={`${idPrefix}title`}
      aria-describedby={props.description ? `${idPrefix}desc` : undefined}
      fontFamily={fontFamily}
      direction={rtl ? "rtl" : undefined}
    >
      <title id={`${idPrefix}title`}>{props.title}</title>
      {props.description ? <desc id={`${idPrefix}desc`}>{props.description}</desc> : null}
      <rect width={width} height={height} rx={8} fill={palette.bg} />
      {title ? <SvgText lines={title.lines} fontSize={20} bold fill={palette.text} /> : null}
      {description ? <SvgText lines={description.lines} fontSize={14} fill={palette.textMuted} /> : null}
      <g transform={`translate(${Math.round(pictureX * 100) / 100} ${pictureTop})`}>{drawing.content}</g>
      {sourceText && href ? <a href={href}>{sourceText}</a> : sourceText}
    </svg>
  );
}
