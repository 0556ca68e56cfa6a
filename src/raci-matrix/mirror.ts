import { round, type TextBlock } from "../comparison-table/text-block";
import type { RaciBadgeLayout, RaciBox, RaciMatrixLayout, RaciRowLayout } from "./layout-types";

/**
 * Flips the geometry for right-to-left reading: task names on the right, roles from right to left. Text keeps its
 * logical anchor: the SVG is drawn with `direction: rtl`, where `text-anchor: start` is the right end of a line.
 */
export function mirrorRaciLayout(layout: RaciMatrixLayout): RaciMatrixLayout {
  const w = layout.width;
  const box = (b: RaciBox): RaciBox => ({ ...b, x: round(w - b.x - b.width) });
  const block = (b: TextBlock): TextBlock => ({ ...b, lines: b.lines.map((line) => ({ ...line, x: round(w - line.x) })) });
  const badge = (b: RaciBadgeLayout): RaciBadgeLayout => ({ ...b, cx: round(w - b.cx) });
  const row = (r: RaciRowLayout): RaciRowLayout => ({
    ...r,
    box: box(r.box),
    cells: r.cells.map((cell) => ({ ...cell, box: box(cell.box), blocks: cell.blocks.map(block), badges: cell.badges.map(badge) })),
  });
  return {
    ...layout,
    header: row(layout.header),
    rows: layout.rows.map(row),
    roles: layout.roles.map((role) => ({ ...role, x: round(w - role.x - role.width) })),
    legend: layout.legend && {
      ...layout.legend,
      entries: layout.legend.entries.map((entry) => ({ ...entry, badge: badge(entry.badge), word: block(entry.word), meaning: block(entry.meaning) })),
    },
  };
}
