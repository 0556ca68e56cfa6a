import { safeHref } from "../core/safe-href";
import type { CellContent } from "./cell-content";
import { NoGlyph, YesGlyph } from "./Glyphs";
import type { TextBlock } from "./text-block";
import { TABLE_TEXT } from "./table-text";

/** A line's own text with the space that keeps it apart from the next (SVG joins lines without one when read). */
const spaced = (line: TextBlock["lines"][number]) => (line.spaceAfter ? `${line.text} ` : line.text);

/**
 * Draws a block of wrapped text. Hyphens added by wrapping are hidden from screen readers, spaces kept. Size,
 * weight, anchor and colour are written only where they differ from the stylesheet's defaults for table text, and
 * a single line without a hyphen sits on the `<text>` itself.
 */
export function TextBlockView({ block, className }: { block: TextBlock; className?: string }) {
  const tone = className ?? (block.tone === "text" ? undefined : `ri-ct-${block.tone}`);
  const fontSize = block.fontSize === TABLE_TEXT.fontSize ? undefined : block.fontSize;
  const fontWeight = block.fontWeight === "bold" ? 700 : undefined;
  const textAnchor = block.anchor === "start" ? undefined : block.anchor;
  const lines = block.lines;
  const only = lines.length === 1 && !lines[0]!.hyphen ? lines[0] : undefined;
  return (
    <text className={tone} fontSize={fontSize} fontWeight={fontWeight} textAnchor={textAnchor} x={only ? only.x || undefined : undefined} y={only?.y}>
      {only
        ? spaced(only)
        : lines.map((line, i) => (
            <tspan key={i} x={line.x} y={line.y}>
              {line.hyphen ? line.text : spaced(line)}
              {line.hyphen ? <tspan aria-hidden="true">-</tspan> : null}
              {line.hyphen && line.spaceAfter ? " " : null}
            </tspan>
          ))}
    </text>
  );
}

/** Draws what a cell holds, in its content box's coordinates. */
export function CellContentView({ content }: { content: CellContent }) {
  switch (content.kind) {
    case "text":
      return (
        <>
          {content.blocks.map((block, i) => (
            <TextBlockView key={i} block={block} />
          ))}
        </>
      );
    case "number":
      return <TextBlockView block={content.block} />;
    case "boolean":
      return content.value ? <YesGlyph cx={content.cx} cy={content.cy} r={content.r} /> : <NoGlyph cx={content.cx} cy={content.cy} r={content.r} />;
    case "missing":
      return <line className="ri-ct-dash" x1={content.x1} x2={content.x2} y1={content.y} y2={content.y} />;
    case "list":
      return (
        <g role="list">
          {content.items.map((item, i) => {
            const href = safeHref(item.href);
            const label = <TextBlockView block={item.label} className={href ? "ri-ct-link" : undefined} />;
            return (
              <g role="listitem" key={i}>
                <circle className="ri-ct-bullet" cx={item.bullet.cx} cy={item.bullet.cy} r={item.bullet.r} />
                {href ? (
                  // Links stay out of the Tab order (one Tab stop per figure); Enter on the cell follows the first.
                  <a href={href} tabIndex={-1} rel="noopener noreferrer">
                    {label}
                  </a>
                ) : (
                  label
                )}
                {item.description ? <TextBlockView block={item.description} /> : null}
              </g>
            );
          })}
        </g>
      );
  }
}
