import type { KeyboardEvent } from "react";
import { STATS_LIST_NAME } from "./describe";
import type { StatCalloutsLayout } from "./layout";
import { StatText } from "./StatText";
import { COUNT_ATTRIBUTE } from "./use-count-up";
import { enterMark } from "../motion/enter-mark";

/** Props of one drawing of the grid. */
export interface StatPictureProps {
  /** The geometry to draw. */
  layout: StatCalloutsLayout;
  /** `ri-wide` or `ri-narrow` (which the figure's container query shows), or none. */
  className?: string;
  /** The number each cell shows now: the final one, or one counting up to it (drawn, never read out). */
  shownValue: (index: number) => string;
  /** Index of the stat holding the Tab stop. */
  tabStop: number;
  /** Index of the stat under the pointer or keyboard focus. */
  highlighted: number | undefined;
  /** Id of the keyboard hint. */
  hintId: string;
  /** Prefix of the ids of the stats' sentences, unique to this drawing. */
  idPrefix: string;
  /** Starts (true) or ends (false) the highlight of a stat from hover or focus. */
  onHighlight: (index: number, on: boolean, from: "pointer" | "focus") => void;
  /** Arrow keys, Home and End. */
  onKeyDown: (index: number, event: KeyboardEvent<SVGGElement>) => void;
}

/**
 * The stats as a list of cards. Each list item reads as one sentence that never changes ("72%: of teams …"); the
 * drawing beside it (ring, counting number, label, description) is hidden from assistive technology.
 */
export function StatPicture({ layout, className, shownValue, tabStop, highlighted, hintId, idPrefix, onHighlight, onKeyDown }: StatPictureProps) {
  return (
    <div className={className} data-ri-keys="">
      <svg role="group" viewBox={`0 0 ${layout.width} ${layout.height}`} style={{ maxWidth: layout.width, direction: layout.direction }}>
        <g role="list" aria-label={STATS_LIST_NAME}>
          {layout.cells.map((cell) => {
            const { box, ring, value, index } = cell;
            const shown = shownValue(index);
            return (
              <g
                key={cell.key}
                role="listitem"
                className="ri-sc-stat"
                data-state={highlighted === index ? "active" : undefined}
                data-ri-stat-index={index}
                tabIndex={index === tabStop ? 0 : -1}
                // A focused list item is announced by its name, which lists do not take from their content.
                aria-labelledby={`${idPrefix}${index}`}
                aria-describedby={hintId}
                onFocus={() => onHighlight(index, true, "focus")}
                onBlur={() => onHighlight(index, false, "focus")}
                onPointerEnter={() => onHighlight(index, true, "pointer")}
                onPointerLeave={() => onHighlight(index, false, "pointer")}
                onKeyDown={(event) => onKeyDown(index, event)}
              >
                <rect className="ri-sc-card" x={box.x} y={box.y} width={box.width} height={box.height} rx={8} aria-hidden="true" />
                <rect className="ri-focus-ring" x={box.x - 3} y={box.y - 3} width={box.width + 6} height={box.height + 6} rx={10} aria-hidden="true" />
                <g aria-hidden="true" {...enterMark("fade", index)} {...{ [COUNT_ATTRIBUTE]: "" }}>
                  {ring ? (
                    <g className="ri-sc-ring" data-share={ring.share}>
                      <circle className="ri-sc-track" cx={ring.cx} cy={ring.cy} r={ring.r} />
                      {ring.arc ? <path className="ri-sc-arc" d={ring.arc} strokeWidth={ring.thickness} /> : null}
                    </g>
                  ) : null}
                  {shown === value.text ? (
                    <StatText block={value} className="ri-sc-value" />
                  ) : (
                    <text className="ri-sc-value" fontSize={value.fontSize}>
                      <tspan x={value.lines[0]!.x} y={value.lines[0]!.y}>
                        {shown}
                      </tspan>
                    </text>
                  )}
                  <StatText block={cell.label} className="ri-sc-label" />
                  {cell.description ? <StatText block={cell.description} className="ri-sc-note" /> : null}
                </g>
                <text id={`${idPrefix}${index}`} className="ri-sc-sentence" x={box.x + box.width / 2} y={box.y + box.height / 2} fontSize={12}>
                  {cell.sentence}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
