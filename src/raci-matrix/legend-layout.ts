import { round, wrapBlock, type TableFont } from "../comparison-table/text-block";
import { CODE_MEANINGS, CODE_WORDS } from "./codes";
import type { RaciLegendEntry, RaciLegendLayout } from "./layout-types";
import type { RaciCode } from "./types";

/** Diameter of a code badge, in the table and the legend. */
export const BADGE = 26;
/** Space above the legend, between its columns and rows, and between a badge and its words. */
const LEGEND_TOP = 14;
const COLUMN_GAP = 16;
const ROW_GAP = 10;
const TEXT_GAP = 8;
/** A legend column is at least this wide; fewer columns are used when four would be narrower. */
const MIN_COLUMN = 170;
const WORD: TableFont = { fontSize: 14, fontWeight: "bold", lineHeight: 1.3 };
const MEANING: TableFont = { fontSize: 12, fontWeight: "normal", lineHeight: 1.35 };

/**
 * Places the legend in a box `width` wide whose top is `y`: each code's badge beside its word and meaning, in four
 * columns when they fit, else two, else one; the meanings wrap from font metrics.
 */
export function placeLegend(codes: readonly RaciCode[], at: { x: number; y: number; width: number }, widthScale = 1): RaciLegendLayout {
  const columns = [4, 2, 1].find((n) => (at.width - (n - 1) * COLUMN_GAP) / n >= MIN_COLUMN) ?? 1;
  const columnWidth = (at.width - (columns - 1) * COLUMN_GAP) / columns;
  const textWidth = Math.max(1, columnWidth - BADGE - TEXT_GAP);
  const laid = codes.map((code) => {
    const word = wrapBlock(CODE_WORDS[code], { ...WORD, widthScale }, textWidth, 0, "text");
    const meaning = wrapBlock(CODE_MEANINGS[code], { ...MEANING, widthScale }, textWidth, word.height, "muted");
    return { code, word: word.block, meaning: meaning.block, height: Math.max(BADGE, word.height + meaning.height) };
  });
  let top = at.y + LEGEND_TOP;
  const entries: RaciLegendEntry[] = [];
  for (let start = 0; start < laid.length; start += columns) {
    const line = laid.slice(start, start + columns);
    line.forEach((entry, i) => {
      const x = at.x + i * (columnWidth + COLUMN_GAP);
      const shift = (lines: typeof entry.word) => ({
        ...lines,
        lines: lines.lines.map((l) => ({ ...l, x: round(x + BADGE + TEXT_GAP), y: round(top + l.y) })),
      });
      const r = BADGE / 2;
      entries.push({ code: entry.code, badge: { code: entry.code, cx: round(x + r), cy: round(top + r), r }, word: shift(entry.word), meaning: shift(entry.meaning) });
    });
    top += Math.max(...line.map((entry) => entry.height)) + ROW_GAP;
  }
  return { y: at.y, height: round(top - ROW_GAP - at.y), entries };
}
