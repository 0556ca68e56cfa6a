import type { StaticDrawContext, StaticDrawing } from "../core/kind";
import { drawSvgCards } from "../static/parts/SvgCards";
import { SvgText } from "../static/parts/SvgText";
import { mixHex } from "../theme/contrast";
import { SET_DASHES } from "../theme/tokens";
import { computeVennLayout, type VennLayout } from "./layout";
import type { VennDiagramProps } from "./types";

/** Literal region fills: a set's tint, or an even mix of its sets' tints, as the component's `color-mix` does. */
function regionFills(props: VennDiagramProps, { palette }: StaticDrawContext): (members: readonly number[]) => string {
  const fills = props.sets.map((set, i) => palette.series(i, set.color).fill);
  return (members) => {
    const [a, b, c] = members.map((m) => fills[m]!);
    if (b === undefined) return a!;
    const pair = mixHex(a!, b, 0.5);
    return c === undefined ? pair : mixHex(pair, c, 2 / 3);
  };
}

/** The wide picture, scaled to fit `width`: tints, dashed outlines, set labels and every item. */
function drawPicture(props: VennDiagramProps, layout: VennLayout, context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  const scale = Math.min(1, context.width / layout.width);
  const fillOf = regionFills(props, context);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    width: round(layout.width * scale),
    height: round(layout.height * scale),
    content: (
      <g transform={scale < 1 ? `scale(${round(scale * 10000) / 10000})` : undefined}>
        {layout.regions.map((region) => (
          <path key={region.key} d={region.path} fill={fillOf(region.members)} />
        ))}
        {layout.circles.map((circle) => (
          <circle
            key={circle.setIndex}
            cx={circle.cx}
            cy={circle.cy}
            r={circle.r}
            fill="none"
            stroke={palette.series(circle.setIndex, props.sets[circle.setIndex]?.color).stroke}
            strokeWidth={2}
            strokeDasharray={SET_DASHES[circle.setIndex] === "none" ? undefined : SET_DASHES[circle.setIndex]}
          />
        ))}
        {layout.circles.map((circle) => (
          <SvgText key={circle.setIndex} lines={circle.label.lines} fontSize={layout.fontSizes.label} bold fill={palette.text} anchor="middle" y="central" />
        ))}
        {layout.regions
          .filter((region) => region.items.length > 0)
          .map((region) => (
            <g key={region.key} role="list" aria-label={region.name}>
              {region.items.map((item) => {
                const text = <SvgText lines={item.lines} fontSize={layout.fontSizes.item} fill={palette.text} anchor="middle" y="central" decoration={item.href ? "underline" : undefined} />;
                return (
                  <g key={item.key} role="listitem">
                    {item.href ? <a href={item.href}>{text}</a> : text}
                  </g>
                );
              })}
            </g>
          ))}
      </g>
    ),
  };
}

/** The narrow layout: one card per region that has items, with a small Venn marking which region it is. */
function drawCards(props: VennDiagramProps, layout: VennLayout, context: StaticDrawContext): StaticDrawing {
  const { palette } = context;
  const fillOf = regionFills(props, context);
  const { glyph } = layout;
  const cards = layout.regions
    .filter((region) => region.items.length > 0)
    .map((region) => ({
      title: region.name,
      fill: fillOf(region.members),
      stroke: palette.border,
      ink: palette.text,
      glyphSize: { width: 40, height: Math.round((40 * glyph.height) / glyph.width) },
      glyph: (
        <g transform={`scale(${Math.round((40 / glyph.width) * 1000) / 1000})`}>
          <path d={glyph.paths[region.key]} fill={palette.text} />
          {glyph.circles.map((circle, i) => (
            <circle key={i} cx={circle.cx} cy={circle.cy} r={circle.r} fill="none" stroke={palette.text} strokeWidth={1.25} />
          ))}
        </g>
      ),
      entries: region.items.map((item) => ({ text: item.label, note: item.description })),
    }));
  const { height, content } = drawSvgCards(cards, context.width, context.direction === "rtl");
  return { width: context.width, height, content };
}

/** The Venn diagram for a standalone SVG: the picture where its text stays at 12 px or more, else stacked cards. */
export function drawVennStatic(props: VennDiagramProps, context: StaticDrawContext): StaticDrawing {
  const layout = computeVennLayout(props, { width: context.width, direction: context.direction });
  return layout.mode === "narrow" ? drawCards(props, layout, context) : drawPicture(props, layout, context);
}
