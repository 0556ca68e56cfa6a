import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { drawSvgCards } from "../static/parts/SvgCards";
import { SvgText } from "../static/parts/SvgText";
import { arrowheadPath } from "./arrowheads";
import { axisSentence, positionWords } from "./describe";
import { computeQuadrantChartLayout, type QuadrantChartLayout } from "./layout";
import type { QuadrantChartProps } from "./types";

/** The wide picture, scaled to fit `width`: cells, names, axes, dots, leader lines and every label. */
function drawPicture(layout: QuadrantChartLayout, context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  const scale = Math.min(1, context.width / layout.width);
  const round = (value: number) => Math.round(value * 100) / 100;
  const { plot, middle } = layout;
  const text = (block: { lines: { text: string; x: number; y: number }[] }, fill: string, bold = false) => (
    <SvgText lines={block.lines} fontSize={layout.fontSize} bold={bold} fill={fill} anchor="middle" y="central" />
  );
  return {
    width: round(layout.width * scale),
    height: round(layout.height * scale),
    content: (
      <g transform={scale < 1 ? `scale(${round(scale * 10000) / 10000})` : undefined}>
        {layout.quadrants.map((q) => (
          <rect key={q.key} {...q.cell} fill={palette.surface} />
        ))}
        <g stroke={palette.textMuted} strokeWidth={1} strokeDasharray="5 4">
          <line x1={middle.x} x2={middle.x} y1={plot.y} y2={plot.y + plot.height} />
          <line x1={plot.x} x2={plot.x + plot.width} y1={middle.y} y2={middle.y} />
        </g>
        {[layout.xAxis, layout.yAxis].map((axis, i) => (
          <g key={i}>
            <line {...axis.line} stroke={palette.text} strokeWidth={1.5} />
            <path d={arrowheadPath(axis)} fill={palette.text} />
            {text(axis.label, palette.text, true)}
            {text(axis.low, palette.text)}
            {text(axis.high, palette.text)}
          </g>
        ))}
        {layout.quadrants.map((q) => (
          <g key={q.key}>{text(q.nameText, palette.textMuted, true)}</g>
        ))}
        {layout.quadrants
          .filter((q) => q.items.length > 0)
          .map((q) => (
            <g key={q.key} role="list" aria-label={q.name}>
              {q.items.map((key) => {
                const item = layout.items.find((i) => i.key === key)!;
                return (
                  <g key={key} role="listitem" aria-label={item.words}>
                    {item.leader ? <line {...item.leader} stroke={palette.textMuted} strokeWidth={1} /> : null}
                    <circle cx={item.dot.x} cy={item.dot.y} r={layout.dotRadius} fill={palette.accent} stroke={palette.bg} strokeWidth={1.5} />
                    {text(item.text, palette.text)}
                  </g>
                );
              })}
            </g>
          ))}
      </g>
    ),
  };
}

/** The narrow layout: the axes in words, then one card per quadrant listing its items with their positions. */
function drawCards(props: QuadrantChartProps, layout: QuadrantChartLayout, context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  const byKey = new Map(layout.items.map((item) => [item.key, item]));
  const axes = {
    title: "Axes",
    fill: palette.bg,
    stroke: palette.border,
    ink: palette.text,
    entries: [axisSentence(props.xAxis, "across"), axisSentence(props.yAxis, "up")].map((text) => ({ text })),
  };
  const cards = layout.quadrants.map((q) => ({
    title: q.name,
    subtitle: q.named ? q.derived : undefined,
    fill: palette.surface,
    stroke: palette.border,
    ink: palette.text,
    muted: palette.textMuted,
    entries:
      q.items.length === 0
        ? [{ text: "No items", marker: "none" as const, muted: true }]
        : q.items.map((key) => {
            const item = byKey.get(key)!;
            return { text: item.label, note: [positionWords(item, props), item.description].filter(Boolean).join(". ") };
          }),
  }));
  const { height, content } = drawSvgCards([axes, ...cards], context.width, context.direction === "rtl");
  return { width: context.width, height, content };
}

/** The quadrant chart for a standalone SVG: the picture where its text stays at 12 px or more, else cards. */
export function drawQuadrantChartStatic(props: QuadrantChartProps, context: StaticDrawContext): StaticDrawing {
  const layout = computeQuadrantChartLayout(props, { width: context.width, direction: context.direction });
  return layout.mode === "narrow" ? drawCards(props, layout, context) : drawPicture(layout, context);
}
