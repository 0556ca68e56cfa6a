/** Share of the font size between the central line and the alphabetic baseline (Arial-like metrics). */
const CENTRAL_TO_BASELINE = 0.35;

/** Props of a block of text lines in a standalone SVG. */
export interface SvgTextProps {
  /** The lines, each with its anchor point. */
  lines: readonly { text: string; x: number; y: number }[];
  /** Font size in px. */
  fontSize: number;
  /** Bold or regular. */
  bold?: boolean;
  /** Text colour. */
  fill: string;
  /** Where `x` sits on the line. Default `start`. */
  anchor?: "start" | "middle" | "end";
  /** Whether `y` is the line's vertical centre (as the components draw with `dominant-baseline: central`) or its baseline. */
  y?: "central" | "baseline";
  /** Italic or underlined text, for descriptions and links. */
  decoration?: "underline";
  /** Digits of equal width, so that numbers line up down a column. */
  tabularNumbers?: boolean;
}

/**
 * Text lines with every style written as an attribute, so that the file needs no stylesheet. Central lines are
 * moved to their baseline because image converters differ in how they read `dominant-baseline`.
 */
export function SvgText({ lines, fontSize, bold = false, fill, anchor = "start", y = "baseline", decoration, tabularNumbers = false }: SvgTextProps) {
  const shift = y === "central" ? Math.round(fontSize * CENTRAL_TO_BASELINE * 100) / 100 : 0;
  return (
    <text
      fontSize={fontSize}
      fontWeight={bold ? 700 : 400}
      fill={fill}
      textAnchor={anchor === "start" ? undefined : anchor}
      textDecoration={decoration}
      fontVariant={tabularNumbers ? "tabular-nums" : undefined}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={line.x} y={Math.round((line.y + shift) * 100) / 100}>
          {line.text}
          {i < lines.length - 1 && !line.text.endsWith("-") ? " " : ""}
        </tspan>
      ))}
    </text>
  );
}
