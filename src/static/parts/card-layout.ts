import type { ReactNode } from "react";
import { placeText, type PlacedText } from "./text-lines";

/** A small drawing in place of an entry's bullet (a yes/no glyph), `width` by `height`, drawn from (0, 0). */
export interface SvgCardMarker {
  /** The drawing. */
  node: ReactNode;
  /** Its size in px. */
  width: number;
  height: number;
}

/** One entry of a card: a line of text with a bullet, a drawn marker or nothing before it, and an optional note. */
export interface SvgCardEntry {
  /** The main text. */
  text: string;
  /** A secondary line under it. */
  note?: string;
  /** What stands before the text. Default a bullet dot. */
  marker?: "bullet" | "none" | SvgCardMarker;
  /** Bold, for a label that heads the entries after it. */
  heading?: boolean;
  /** Drawn in the card's muted colour. */
  muted?: boolean;
  /** Digits of equal width (numbers). */
  numeric?: boolean;
  /** A safe link target: the text is drawn underlined in the card's link colour, inside `<a>`. */
  href?: string;
  /** Starts a new group: a thin rule with space either side above the entry. */
  rule?: boolean;
}

/** One card of a stacked narrow layout: a heading, an optional small picture, and a list of entries. */
export interface SvgCard {
  /** The card's heading. */
  title: string;
  /** A short line under the heading. */
  subtitle?: string;
  /** Background tint. */
  fill: string;
  /** Outline colour. */
  stroke: string;
  /** Outline width. Default 1.5. */
  strokeWidth?: number;
  /** Text colour on the tint. */
  ink: string;
  /** A colour band behind the heading, with the heading's text colour on it. */
  band?: { fill: string; ink: string };
  /** Colours of notes and muted entries, bullets, links and rules; each defaults to `ink` (rules to `stroke`). */
  muted?: string;
  bullet?: string;
  link?: string;
  rule?: string;
  /** A small drawing beside the heading, `glyphSize` wide, drawn from (0, 0). */
  glyph?: ReactNode;
  /** Width and height of the glyph, in px. */
  glyphSize?: { width: number; height: number };
  /** The entries. */
  entries: SvgCardEntry[];
}

/** A placed entry: its text and note, where a rule runs, and where its bullet centre or marker's corner sits. */
export interface PlacedEntry {
  entry: SvgCardEntry;
  text: PlacedText;
  note?: PlacedText;
  ruleY?: number;
  markerAt?: { x: number; y: number };
}

/** A card placed in the stack. */
export interface PlacedCard {
  card: SvgCard;
  /** Left edge, top edge, width and height of the card. */
  x: number;
  top: number;
  width: number;
  height: number;
  /** Bottom edge of the heading's colour band. */
  bandBottom: number;
  title: PlacedText;
  subtitle?: PlacedText;
  glyphAt?: { x: number; y: number };
  entries: PlacedEntry[];
}

const PADDING = 12;
const GAP = 12;
const BULLET_INDENT = 18;
const MARKER_GAP = 6;
const ENTRY_GAP = 4;
const RULE_SPACE = 8;
const GLYPH_GAP = 10;
/** Height of a 14 px entry line (line height 1.4). */
const LINE = 19.6;

/** Places one card's entries from `y`, returning them and the y under the last. */
function placeEntries(entries: readonly SvgCardEntry[], y: number, inner: number, edge: (offset: number) => number, rtl: boolean) {
  const placed = entries.map((entry, i): PlacedEntry => {
    if (i > 0) y += ENTRY_GAP;
    let ruleY: number | undefined;
    if (entry.rule && i > 0) {
      ruleY = y + RULE_SPACE / 2;
      y += RULE_SPACE * 1.5;
    }
    const marker = entry.marker ?? "bullet";
    const indent = marker === "bullet" ? BULLET_INDENT : marker === "none" ? 0 : marker.width + MARKER_GAP;
    const top = y;
    const text = placeText(entry.text, { x: edge(PADDING + indent), top, maxWidth: inner - indent, fontSize: 14, bold: entry.heading });
    y += text.height;
    const note = entry.note ? placeText(entry.note, { x: edge(PADDING + indent), top: y, maxWidth: inner - indent, fontSize: 13 }) : undefined;
    y += note?.height ?? 0;
    let markerAt: PlacedEntry["markerAt"];
    if (marker === "bullet") markerAt = { x: edge(PADDING + 6), y: text.lines[0]!.y - 4.5 };
    else if (marker !== "none") {
      markerAt = { x: rtl ? edge(PADDING) - marker.width : PADDING, y: top + (LINE - marker.height) / 2 };
      y = Math.max(y, top + marker.height);
    }
    return { entry, text, note, ruleY, markerAt };
  });
  return { placed, bottom: y };
}

/** Places one card of `width` from `top`, its heading at least `minHeading` tall, mirrored for right-to-left text. */
function placeCard(card: SvgCard, top: number, width: number, rtl: boolean, minHeading = 0): PlacedCard {
  const inner = width - 2 * PADDING;
  const edge = (offset: number) => (rtl ? width - offset : offset);
  const glyphWidth = card.glyphSize ? card.glyphSize.width + GLYPH_GAP : 0;
  const glyphAt = card.glyphSize ? { x: rtl ? width - PADDING - card.glyphSize.width : PADDING, y: top + PADDING } : undefined;
  const title = placeText(card.title, { x: edge(PADDING + glyphWidth), top: top + PADDING, maxWidth: inner - glyphWidth, fontSize: 16, bold: true, lineHeight: 1.3 });
  const subtitle = card.subtitle
    ? placeText(card.subtitle, { x: edge(PADDING + glyphWidth), top: top + PADDING + title.height + 2, maxWidth: inner - glyphWidth, fontSize: 13 })
    : undefined;
  const heading = Math.max(title.height + (subtitle ? subtitle.height + 2 : 0), card.glyphSize?.height ?? 0, minHeading);
  const bandBottom = top + PADDING + heading + (card.band ? PADDING : 0);
  const { placed: entries, bottom } = placeEntries(card.entries, bandBottom + (card.band ? 10 : 8), inner, edge, rtl);
  return { card, x: 0, top, width, height: Math.ceil(bottom + PADDING - top), bandBottom, title, subtitle, glyphAt, entries };
}

/**
 * Places cards in a grid at `width`: as many side by side as fit at `minCardWidth` (one under another when it is not
 * given), sharing the width; cards side by side start their entries at one height, and each row is as tall as its
 * tallest card. Mirrored for right-to-left text.
 */
export function placeCards(cards: readonly SvgCard[], width: number, rtl: boolean, minCardWidth = width): { placed: PlacedCard[]; height: number } {
  const perRow = Math.max(1, Math.min(cards.length, Math.floor((width + GAP) / (Math.min(width, minCardWidth) + GAP))));
  const cardWidth = Math.floor(((width - (perRow - 1) * GAP) / perRow) * 100) / 100;
  let top = 0;
  const placed: PlacedCard[] = [];
  for (let start = 0; start < cards.length; start += perRow) {
    const inRow = cards.slice(start, start + perRow);
    const bandBottom = Math.max(...inRow.map((card) => placeCard(card, top, cardWidth, rtl).bandBottom));
    const row = inRow.map((card, i) => {
      const x = Math.round(i * (cardWidth + GAP) * 100) / 100;
      const placedCard = placeCard(card, top, cardWidth, rtl, bandBottom - top - PADDING - (card.band ? PADDING : 0));
      return { ...placedCard, x: rtl ? Math.round((width - cardWidth - x) * 100) / 100 : x };
    });
    placed.push(...row);
    top += Math.max(...row.map((card) => card.height)) + GAP;
  }
  return { placed, height: Math.max(0, top - GAP) };
}
