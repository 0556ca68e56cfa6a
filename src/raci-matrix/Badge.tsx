import type { RaciBadgeLayout } from "./layout-types";
import type { RaciCode } from "./types";

/**
 * One code's badge: a circle whose fill and outline tell the code apart (A filled, R solid, C dashed, I dotted),
 * with the code's letter in the middle. Decorative: the cell or the text beside it says the code in words.
 */
export function Badge({ code, cx, cy, r }: RaciBadgeLayout) {
  return (
    <g className="ri-rm-badge" data-code={code} aria-hidden="true">
      <circle cx={cx} cy={cy} r={r - 1} />
      <text x={cx} y={cy + 5} textAnchor="middle">
        {code}
      </text>
    </g>
  );
}

/** A small inline SVG with one badge, for the HTML legend and the task cards. */
export function InlineBadge({ code }: { code: RaciCode }) {
  return (
    <svg className="ri-rm-glyph" viewBox="0 0 26 26" aria-hidden="true" focusable="false">
      <Badge code={code} cx={13} cy={13} r={13} />
    </svg>
  );
}
