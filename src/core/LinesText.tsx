import type { SVGProps } from "react";

/** A line of SVG text at its own anchor point. */
export interface PlacedLine {
  /** Anchor x. */
  x: number;
  /** Anchor y. */
  y: number;
  /** The line's text. */
  text: string;
}

/** Props of a block of placed lines: the lines, what follows each line but the last, and the `<text>` attributes. */
export interface LinesTextProps extends Omit<SVGProps<SVGTextElement>, "x" | "y" | "children"> {
  /** The lines, in reading order. */
  lines: readonly PlacedLine[];
  /** Text after line `i` (not the last), e.g. the space a wrap replaced, so the block reads as one phrase. */
  gap?: (line: PlacedLine, i: number) => string;
}

/**
 * A `<text>` of placed lines. One line needs no `<tspan>`: its anchor goes on the `<text>` itself. Each line's text
 * is one string (gap included), so the server writes no separator comments between the parts.
 */
export function LinesText({ lines, gap, ...rest }: LinesTextProps) {
  if (lines.length === 1) {
    const [line] = lines as [PlacedLine];
    return (
      <text x={line.x} y={line.y} {...rest}>
        {line.text}
      </text>
    );
  }
  const last = lines.length - 1;
  return (
    <text {...rest}>
      {lines.map((line, i) => (
        <tspan key={i} x={line.x} y={line.y}>
          {i < last && gap ? line.text + gap(line, i) : line.text}
        </tspan>
      ))}
    </text>
  );
}
