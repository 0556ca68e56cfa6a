import type { QuadrantTextBlock } from "./layout";

/** A placed block of text as one `<text>`; a space ends every line broken at a space, so it reads as one phrase. */
export function QuadrantText({ block, className, hidden = true }: { block: QuadrantTextBlock; className?: string; hidden?: boolean }) {
  const last = block.lines.length - 1;
  return (
    <text className={className} aria-hidden={hidden ? "true" : undefined}>
      {block.lines.map((line, i) => (
        <tspan key={i} x={line.x} y={line.y}>
          {line.text}
          {i < last && !line.text.endsWith("-") ? " " : ""}
        </tspan>
      ))}
    </text>
  );
}
