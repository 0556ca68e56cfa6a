import type { ReactNode } from "react";
import { placeText, type PlacedText } from "./text-lines";
import { SvgText } from "./SvgText";

/** One card of a stacked narrow layout: a heading, an optional small picture, and a list of entries. */
export interface SvgCard {
  /** The card's heading. */
  title: string;
  /** Background tint. */
  fill: string;
  /** Outline colour. */
  stroke: string;
  /** Text colour on the tint. */
  ink: string;
  /** A small drawing beside the heading, `glyphSize` wide, drawn from (0, 0). */
  glyph?: ReactNode;
  /** Width and height of the glyph, in px. */
  glyphSize?: { width: number; height: number };
  /** The entries, each a main line and an optional secondary note. */
  entries: { text: string; note?: string }[];
}

const PADDING = 12;
const GAP = 12;
const BULLET_INDENT = 18;
const ENTRY_GAP = 4;
const GLYPH_GAP = 10;

interface PlacedCard {
  card: SvgCard;
  top: number;
  height: number;
  title: PlacedText;
  entries: { text: PlacedText; note?: PlacedText; bulletY: number }[];
}

/** Places cards one under another at `width`, mirrored for right-to-left text. */
function placeCards(cards: readonly SvgCard[], width: number, rtl: boolean): { placed: PlacedCard[]; height: number } {
  const inner = width - 2 * PADDING;
  const edge = (offset: number) => (rtl ? width - offset : offset);
  let top = 0;
  const placed = cards.map((card) => {
    const glyphWidth = card.glyphSize ? card.glyphSize.width + GLYPH_GAP : 0;
    const title = placeText(card.title, { x: edge(PADDING + glyphWidth), top: top + PADDING, maxWidth: inner - glyphWidth, fontSize: 16, bold: true, lineHeight: 1.3 });
    let y = top + PADDING + Math.max(title.height, card.glyphSize?.height ?? 0) + 8;
    const entries = card.entries.map((entry) => {
      const text = placeText(entry.text, { x: edge(PADDING + BULLET_INDENT), top: y, maxWidth: inner - BULLET_INDENT, fontSize: 14 });
      y += text.height;
      const note = entry.note ? placeText(entry.note, { x: edge(PADDING + BULLET_INDENT), top: y, maxWidth: inner - BULLET_INDENT, fontSize: 13 }) : undefined;
      y += (note?.height ?? 0) + ENTRY_GAP;
      return { text, note, bulletY: text.lines[0]!.y };
    });
    const height = Math.ceil(y - ENTRY_GAP + PADDING - top);
    const result = { card, top, height, title, entries };
    top += height + GAP;
    return result;
  });
  return { placed, height: Math.max(0, top - GAP) };
}

/** Cards stacked at `width`, each drawn with literal colours; returns the drawing and its height. */
export function drawSvgCards(cards: readonly SvgCard[], width: number, rtl: boolean): { height: number; content: ReactNode } {
  const { placed, height } = placeCards(cards, width, rtl);
  const bulletX = rtl ? width - PADDING - 6 : PADDING + 6;
  const content = placed.map(({ card, top, height: cardHeight, title, entries }, i) => (
    <g key={i}>
      <rect x={0.75} y={top + 0.75} width={width - 1.5} height={cardHeight - 1.5} rx={8} fill={card.fill} stroke={card.stroke} strokeWidth={1.5} />
      {card.glyph && card.glyphSize ? (
        <g transform={`translate(${rtl ? width - PADDING - card.glyphSize.width : PADDING} ${top + PADDING})`}>{card.glyph}</g>
      ) : null}
      <SvgText lines={title.lines} fontSize={16} bold fill={card.ink} />
      {entries.map((entry, j) => (
        <g key={j}>
          <circle cx={bulletX} cy={entry.bulletY - 4.5} r={2.5} fill={card.ink} />
          <SvgText lines={entry.text.lines} fontSize={14} fill={card.ink} />
          {entry.note ? <SvgText lines={entry.note.lines} fontSize={13} fill={card.ink} /> : null}
        </g>
      ))}
    </g>
  ));
  return { height, content };
}
