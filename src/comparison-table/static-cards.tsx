import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { safeHref } from "../core/safe-href";
import { drawSvgCards, type SvgCard, type SvgCardEntry } from "../static/parts/SvgCards";
import { mixHex } from "../theme/contrast";
import type { ResolvedValue } from "./describe";
import type { NarrowCard } from "./narrow-layout";
import { columnPaints, type ColumnPaint } from "./static-colors";
import { StaticNoGlyph, StaticYesGlyph } from "./StaticCellContent";

/** Size of the yes/no glyph beside its word in a card. */
const GLYPH = 18;
/** Cards sit side by side while each keeps this width, as the component's card grid does. */
const MIN_CARD_WIDTH = 240;

/** The entries of one value under its row label: a glyph and Yes/No, a dash and "Not applicable", a number, text or bullets. */
function valueEntries(value: ResolvedValue, paint: ColumnPaint, context: StaticDrawContext): SvgCardEntry[] {
  const { palette } = context;
  const r = GLYPH / 2;
  switch (value.kind) {
    case "boolean": {
      const node = value.value ? (
        <StaticYesGlyph cx={r} cy={r} r={r} disc={paint.mark} cut={palette.bg} />
      ) : (
        <StaticNoGlyph cx={r} cy={r} r={r} color={palette.textMuted} />
      );
      return [{ text: value.text, marker: { node, width: GLYPH, height: GLYPH } }];
    }
    case "missing": {
      const node = <line x1={1} x2={15} y1={GLYPH / 2} y2={GLYPH / 2} stroke={palette.textMuted} strokeWidth={2} strokeLinecap="round" />;
      return [{ text: value.text, muted: true, marker: { node, width: 16, height: GLYPH } }];
    }
    case "list":
      return value.items.map((item) => ({ text: item.label, note: item.description, href: safeHref(item.href) }));
    case "number":
      return [{ text: value.text, marker: "none", numeric: true }];
    case "text":
      return [{ text: value.text, marker: "none" }];
  }
}

/** The stacked layout for a standalone SVG: one card per column, its colour as the heading band, every row listed. */
export function drawStaticCards(narrow: readonly NarrowCard[], context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  const paints = columnPaints(narrow, palette);
  const rule = mixHex(palette.border, palette.bg, 0.45);
  const cards = narrow.map((column, c): SvgCard => {
    const paint = paints[c]!;
    return {
      title: column.label,
      subtitle: column.description,
      fill: palette.bg,
      stroke: paint.mark,
      strokeWidth: column.highlighted ? 3 : 1.5,
      ink: palette.text,
      band: { fill: paint.headerFill, ink: paint.ink },
      muted: palette.textMuted,
      bullet: paint.mark,
      link: palette.accent,
      rule,
      entries: column.entries.flatMap((entry, i) => [
        { text: entry.label, note: entry.description, heading: true, marker: "none" as const, rule: i > 0 },
        ...valueEntries(entry.value, paint, context),
      ]),
    };
  });
  const { height, content } = drawSvgCards(cards, context.width, context.direction === "rtl", MIN_CARD_WIDTH);
  return { width: context.width, height, content };
}
