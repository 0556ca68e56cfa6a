import type { StaticPalette } from "../theme/static-palette";
import type { RaciBadgeLayout } from "./layout-types";

/** Stroke styles of the badges, as the component's stylesheet draws them. */
const OUTLINE = {
  A: { strokeWidth: 2 },
  R: { strokeWidth: 2 },
  C: { strokeWidth: 1.5, strokeDasharray: "4.5 3" },
  I: { strokeWidth: 2, strokeDasharray: "0 3.8", strokeLinecap: "round" as const },
};

/** A code's badge with literal colours: A filled, R a solid ring, C a dashed ring, I a dotted muted ring. */
export function StaticBadge({ code, cx, cy, r, palette }: RaciBadgeLayout & { palette: StaticPalette }) {
  const ink = code === "I" ? palette.textMuted : palette.text;
  const scale = r / 13;
  return (
    <g aria-hidden="true">
      <circle cx={cx} cy={cy} r={r - scale} fill={code === "A" ? ink : palette.bg} stroke={ink} {...OUTLINE[code]} />
      <text x={cx} y={cy + 5 * scale} textAnchor="middle" fontSize={14 * scale} fontWeight={code === "A" || code === "R" ? 700 : 400} fill={code === "A" ? palette.bg : ink}>
        {code}
      </text>
    </g>
  );
}
