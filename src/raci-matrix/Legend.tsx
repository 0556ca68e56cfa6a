import { CODE_MEANINGS, CODE_WORDS, RACI_CODES } from "./codes";
import { InlineBadge } from "./Badge";

/** The legend under the table: each code's badge, its name in words and what it means. */
export function Legend({ id }: { id: string }) {
  return (
    <ul className="ri-rm-legend" id={id} aria-label="Legend">
      {RACI_CODES.map((code) => (
        <li key={code} className="ri-rm-legend-entry">
          <InlineBadge code={code} />
          <span>
            <b>{CODE_WORDS[code]}</b>
            <small>{CODE_MEANINGS[code]}</small>
          </span>
        </li>
      ))}
    </ul>
  );
}
