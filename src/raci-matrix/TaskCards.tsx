import { useId } from "react";
import { InlineBadge } from "./Badge";
import type { NarrowTaskCard } from "./narrow-layout";

/** The narrow layout: one card per task, listing for each code in words the roles that hold it. */
export function TaskCards({ cards }: { cards: NarrowTaskCard[] }) {
  const uid = useId();
  return (
    <div className="ri-rm-cards">
      {cards.map((card, c) => {
        const titleId = `${uid}card${c}`;
        return (
          <div key={card.id} className="ri-rm-card">
            <div className="ri-rm-card-head">
              <p id={titleId} className="ri-rm-card-title">
                {card.label}
              </p>
              {card.description ? <p className="ri-rm-card-description">{card.description}</p> : null}
            </div>
            <ul className="ri-rm-entries" aria-labelledby={titleId}>
              {card.assignments.map((entry) => (
                <li key={entry.word} className="ri-rm-entry" data-code={entry.code}>
                  {entry.code ? (
                    <InlineBadge code={entry.code} />
                  ) : (
                    <svg className="ri-rm-glyph" viewBox="0 0 26 26" aria-hidden="true" focusable="false">
                      <line className="ri-rm-dash" x1={7} x2={19} y1={13} y2={13} />
                    </svg>
                  )}
                  <span>
                    <b>{entry.word}:</b> {entry.roles.join(", ")}
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
