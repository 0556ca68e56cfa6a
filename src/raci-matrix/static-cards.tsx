import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { drawSvgCards, type SvgCard } from "../static/parts/SvgCards";
import { mixHex } from "../theme/contrast";
import type { NarrowTaskCard } from "./narrow-layout";
import { StaticBadge } from "./StaticBadge";

/** Size of a badge beside its words in a card. */
const GLYPH = 20;
/** Cards sit side by side while each keeps this width, as the component's card grid does. */
const MIN_CARD_WIDTH = 240;

/** The narrow layout for a standalone SVG: one card per task, each assignment a badge and its words. */
export function drawStaticTaskCards(narrow: readonly NarrowTaskCard[], context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  const r = GLYPH / 2;
  const cards = narrow.map(
    (card): SvgCard => ({
      title: card.label,
      subtitle: card.description,
      fill: palette.bg,
      stroke: palette.border,
      ink: palette.text,
      band: { fill: palette.surface, ink: palette.text },
      muted: palette.textMuted,
      rule: mixHex(palette.border, palette.bg, 0.45),
      entries: card.assignments.map((entry) => ({
        text: `${entry.word}: ${entry.roles.join(", ")}`,
        muted: entry.code === undefined,
        marker: entry.code
          ? { node: <StaticBadge code={entry.code} cx={r} cy={r} r={r} palette={palette} />, width: GLYPH, height: GLYPH }
          : { node: <line x1={4} x2={GLYPH - 4} y1={r} y2={r} stroke={palette.textMuted} strokeWidth={2} strokeLinecap="round" />, width: GLYPH, height: GLYPH },
      })),
    }),
  );
  const { height, content } = drawSvgCards(cards, context.width, context.direction === "rtl", MIN_CARD_WIDTH);
  return { width: context.width, height, content };
}
