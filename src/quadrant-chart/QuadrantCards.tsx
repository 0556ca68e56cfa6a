import { axisEnds, positionWords } from "./describe";
import type { QuadrantChartLayout, QuadrantLayout } from "./layout";
import type { QuadrantChartProps } from "./types";

/** Props of the narrow layout. */
export interface QuadrantCardsProps {
  /** The computed layout. */
  layout: QuadrantChartLayout;
  /** The axes, for the words of each position. */
  axes: Pick<QuadrantChartProps, "xAxis" | "yAxis">;
  /** Prefix for element ids, unique to the figure. */
  idPrefix: string;
}

/** A 2 x 2 glyph with the card's own quadrant filled, so the eye finds it without reading. */
function Glyph({ quadrant }: { quadrant: QuadrantLayout["key"] }) {
  const cells = [
    ["topLeft", 1, 1],
    ["topRight", 14, 1],
    ["bottomLeft", 1, 14],
    ["bottomRight", 14, 14],
  ] as const;
  return (
    <svg className="ri-quadrant-glyph" viewBox="0 0 28 28" width={28} height={28} aria-hidden="true" focusable="false">
      {cells.map(([key, x, y]) => (
        <rect key={key} x={x} y={y} width={13} height={13} data-here={key === quadrant ? "true" : "false"} />
      ))}
    </svg>
  );
}

/**
 * The narrow layout: the two axes in words, then one card per quadrant in reading order, each a list named by
 * its visible heading, every item with its position in words and its description. Nothing of the picture is lost.
 */
export function QuadrantCards({ layout, axes, idPrefix }: QuadrantCardsProps) {
  const byKey = new Map(layout.items.map((item) => [item.key, item]));
  return (
    <div className="ri-quadrant-cards">
      <ul className="ri-quadrant-axes" aria-label="Axes">
        <li>
          <strong>{axes.xAxis.label}</strong>: {axisEnds(axes.xAxis, "across")}
        </li>
        <li>
          <strong>{axes.yAxis.label}</strong>: {axisEnds(axes.yAxis, "up")}
        </li>
      </ul>
      {layout.quadrants.map((q) => {
        const headingId = `${idPrefix}card-${q.key}`;
        return (
          <div key={q.key} className="ri-quadrant-card" data-quadrant={q.key}>
            <p id={headingId} className="ri-quadrant-card-title">
              <Glyph quadrant={q.key} />
              <span>
                {q.name}
                {q.named ? <span className="ri-quadrant-card-where">{q.derived}</span> : null}
              </span>
            </p>
            {q.items.length === 0 ? (
              <p className="ri-quadrant-card-empty">No items</p>
            ) : (
              <ul aria-labelledby={headingId}>
                {q.items.map((key) => {
                  const item = byKey.get(key)!;
                  return (
                    <li key={key}>
                      {item.label}
                      <span className="ri-quadrant-card-position">{positionWords(item, axes)}</span>
                      {item.description ? <span className="ri-quadrant-card-description">{item.description}</span> : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
