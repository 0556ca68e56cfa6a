import { safeHref } from "../core/safe-href";
import { SvgText } from "../static/parts/SvgText";
import type { CellContent } from "./cell-content";
import { checkPath, crossPath, type GlyphProps } from "./Glyphs";
import type { TextBlock, TextTone } from "./text-block";

/** The literal colours a cell's content is drawn with. */
export interface CellInks {
  /** Body text. */
  text: string;
  /** Secondary text, the "No" ring and the not-applicable dash. */
  muted: string;
  /** Text on a column header's fill. */
  ink: string;
  /** Link text. */
  link: string;
  /** The column's mark colour: the yes disc and list bullets. */
  mark: string;
  /** The background the check mark is cut in. */
  cut: string;
}

/** "Yes" with literal colours: a disc in the column's mark colour with a check cut out of it. */
export function StaticYesGlyph({ disc, cut, ...at }: GlyphProps & { disc: string; cut: string }) {
  return (
    <g aria-hidden="true">
      <circle cx={at.cx} cy={at.cy} r={at.r} fill={disc} />
      <path d={checkPath(at)} fill="none" stroke={cut} strokeWidth={(2.4 * at.r) / 11} strokeLinecap="round" strokeLinejoin="round" />
    </g>
  );
}

/** "No" with a literal colour: a hollow ring with a cross. */
export function StaticNoGlyph({ color, ...at }: GlyphProps & { color: string }) {
  return (
    <g aria-hidden="true">
      <circle cx={at.cx} cy={at.cy} r={at.r - 0.75} fill="none" stroke={color} strokeWidth={1.5} />
      <path d={crossPath(at)} fill="none" stroke={color} strokeWidth={2} strokeLinecap="round" />
    </g>
  );
}

/** A wrapped block as SVG text; a hyphen added by wrapping is drawn as part of its line. */
function BlockText({ block, fill, link = false, numbers = false }: { block: TextBlock; fill: string; link?: boolean; numbers?: boolean }) {
  const lines = block.lines.map((line) => ({ text: line.hyphen ? `${line.text}-` : line.text, x: line.x, y: line.y }));
  return (
    <SvgText
      lines={lines}
      fontSize={block.fontSize}
      bold={block.fontWeight === "bold"}
      fill={fill}
      anchor={block.anchor}
      decoration={link ? "underline" : undefined}
      tabularNumbers={numbers}
    />
  );
}

/** Draws what a cell holds with literal colours, in its content box's coordinates. */
export function StaticCellContent({ content, inks }: { content: CellContent; inks: CellInks }) {
  const tone = (t: TextTone) => (t === "muted" ? inks.muted : t === "ink" ? inks.ink : inks.text);
  switch (content.kind) {
    case "text":
      return (
        <>
          {content.blocks.map((block, i) => (
            <BlockText key={i} block={block} fill={tone(block.tone)} />
          ))}
        </>
      );
    case "number":
      return <BlockText block={content.block} fill={tone(content.block.tone)} numbers />;
    case "boolean":
      return content.value ? (
        <StaticYesGlyph cx={content.cx} cy={content.cy} r={content.r} disc={inks.mark} cut={inks.cut} />
      ) : (
        <StaticNoGlyph cx={content.cx} cy={content.cy} r={content.r} color={inks.muted} />
      );
    case "missing":
      return <line x1={content.x1} x2={content.x2} y1={content.y} y2={content.y} stroke={inks.muted} strokeWidth={2} strokeLinecap="round" aria-hidden="true" />;
    case "list":
      return (
        <g role="list">
          {content.items.map((item, i) => {
            const href = safeHref(item.href);
            const label = <BlockText block={item.label} fill={href ? inks.link : tone(item.label.tone)} link={href !== undefined} />;
            return (
              <g role="listitem" key={i}>
                <circle cx={item.bullet.cx} cy={item.bullet.cy} r={item.bullet.r} fill={inks.mark} aria-hidden="true" />
                {href ? <a href={href}>{label}</a> : label}
                {item.description ? <BlockText block={item.description} fill={tone(item.description.tone)} /> : null}
              </g>
            );
          })}
        </g>
      );
  }
}
