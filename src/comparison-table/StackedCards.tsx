import { useId } from "react";
import { safeHref } from "../core/safe-href";
import { columnColorStyle } from "./column-colors";
import type { ResolvedValue } from "./describe";
import { InlineGlyph } from "./Glyphs";
import type { NarrowCard } from "./narrow-layout";

function ValueView({ value }: { value: ResolvedValue }) {
  switch (value.kind) {
    case "boolean":
      return (
        <>
          <InlineGlyph value={value.value} />
          {value.text}
        </>
      );
    case "missing":
      return (
        <>
          <span aria-hidden="true">–</span>
          <span className="ri-visually-hidden">{value.text}</span>
        </>
      );
    case "number":
      return <span className="ri-ct-number">{value.text}</span>;
    case "list":
      return (
        <ul>
          {value.items.map((item, i) => {
            const href = safeHref(item.href);
            return (
              <li key={i}>
                {href ? (
                  <a href={href} rel="noopener noreferrer">
                    {item.label}
                  </a>
                ) : (
                  item.label
                )}
                {item.description ? <small>{item.description}</small> : null}
              </li>
            );
          })}
        </ul>
      );
    default:
      return <>{value.text}</>;
  }
}

/** The stacked layout for narrow containers: one card per column, each a list of every row with its value. */
export function StackedCards({ cards }: { cards: NarrowCard[] }) {
  const uid = useId();
  const highlighted = cards.some((card) => card.highlighted);
  return (
    <div className="ri-ct-cards">
      {cards.map((card) => {
        const titleId = `${uid}card${card.index}`;
        return (
          <div
            key={card.id}
            className="ri-ct-card"
            style={columnColorStyle(card.index, card.color)}
            data-highlight={highlighted ? (card.highlighted ? "chosen" : "other") : undefined}
          >
            <div className="ri-ct-card-head">
              <p id={titleId} className="ri-ct-card-title">
                {card.label}
              </p>
              {card.description ? <p className="ri-ct-card-description">{card.description}</p> : null}
            </div>
            <ul className="ri-ct-entries" aria-labelledby={titleId}>
              {card.entries.map((entry) => (
                <li key={entry.rowId} className="ri-ct-entry">
                  <span className="ri-ct-entry-label">
                    {entry.label}
                    <span className="ri-visually-hidden">:</span>
                  </span>
                  {entry.description ? <span className="ri-ct-entry-description">{entry.description}</span> : null}
                  <span className="ri-ct-entry-value">
                    <ValueView value={entry.value} />
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
