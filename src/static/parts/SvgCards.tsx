import type { ReactNode } from "react";
import { placeCards, type SvgCard } from "./card-layout";
import { SvgText } from "./SvgText";

export type { SvgCard, SvgCardEntry, SvgCardMarker } from "./card-layout";

/** A rectangle's top with rounded corners, closed flat at `bottom`: the colour band behind a card's heading. */
function bandPath(inset: number, top: number, width: number, bottom: number, radius: number): string {
  const [left, right, y] = [inset, width - inset, top + inset];
  return `M${left} ${bottom}V${y + radius}A${radius} ${radius} 0 0 1 ${left + radius} ${y}H${right - radius}A${radius} ${radius} 0 0 1 ${right} ${y + radius}V${bottom}Z`;
}

/**
 * Cards at `width`, each drawn with literal colours: one under another, or side by side while each keeps
 * `minCardWidth`. Returns the drawing and its height.
 */
export function drawSvgCards(cards: readonly SvgCard[], width: number, rtl: boolean, minCardWidth?: number): { height: number; content: ReactNode } {
  const { placed, height } = placeCards(cards, width, rtl, minCardWidth);
  const content = placed.map(({ card, x, top, width, height: cardHeight, bandBottom, title, subtitle, glyphAt, entries }, i) => {
    const strokeWidth = card.strokeWidth ?? 1.5;
    const inset = strokeWidth / 2;
    const headingInk = card.band?.ink ?? card.ink;
    const outline = { x: inset, y: top + inset, width: width - strokeWidth, height: cardHeight - strokeWidth, rx: 8 };
    return (
      <g key={i} transform={x ? `translate(${x} 0)` : undefined}>
        {card.band ? (
          <>
            <rect {...outline} fill={card.fill} />
            <path d={bandPath(inset, top, width, bandBottom, 8 - inset)} fill={card.band.fill} />
            <rect {...outline} fill="none" stroke={card.stroke} strokeWidth={strokeWidth} />
          </>
        ) : (
          <rect {...outline} fill={card.fill} stroke={card.stroke} strokeWidth={strokeWidth} />
        )}
        {card.glyph && glyphAt ? <g transform={`translate(${glyphAt.x} ${glyphAt.y})`}>{card.glyph}</g> : null}
        <SvgText lines={title.lines} fontSize={16} bold fill={headingInk} />
        {subtitle ? <SvgText lines={subtitle.lines} fontSize={13} fill={headingInk} /> : null}
        {entries.map(({ entry, text, note, ruleY, markerAt }, j) => {
          const fill = entry.href ? (card.link ?? card.ink) : entry.muted ? (card.muted ?? card.ink) : card.ink;
          const label = (
            <SvgText
              lines={text.lines}
              fontSize={14}
              bold={entry.heading}
              fill={fill}
              decoration={entry.href ? "underline" : undefined}
              tabularNumbers={entry.numeric}
            />
          );
          return (
            <g key={j}>
              {ruleY !== undefined ? <line x1={strokeWidth} x2={width - strokeWidth} y1={ruleY} y2={ruleY} stroke={card.rule ?? card.stroke} strokeWidth={1} /> : null}
              {markerAt && typeof entry.marker === "object" ? (
                <g transform={`translate(${markerAt.x} ${markerAt.y})`}>{entry.marker.node}</g>
              ) : markerAt ? (
                <circle cx={markerAt.x} cy={markerAt.y} r={2.5} fill={card.bullet ?? card.ink} />
              ) : null}
              {entry.href ? <a href={entry.href}>{label}</a> : label}
              {note ? <SvgText lines={note.lines} fontSize={13} fill={card.muted ?? card.ink} /> : null}
            </g>
          );
        })}
      </g>
    );
  });
  return { height, content };
}
