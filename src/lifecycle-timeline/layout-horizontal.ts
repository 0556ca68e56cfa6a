import { measureTextWidth } from "../core/text/measure";
import { loopSentence } from "./describe";
import { layoutDetails } from "./layout-details";
import { assignTracks, bottomOf, FONTS, LayoutFrame, MARKER_RADIUS as R, RING_OFFSET, round2 } from "./layout-frame";
import type { LaneLayout, LayoutSettings, LifecycleTimelineLayout, StageLayout } from "./layout-types";
import type { LifecycleTimelineProps } from "./types";

/** Space kept clear at the view box's sides, so focus rings stay inside. */
const INSET = 4;
/** Space between stage columns. */
const GUTTER = 16;
/** Narrowest column a stage may have: a marker and a few words. */
export const MIN_COLUMN = 88;
/** Height of a lane bar holding one line. */
const BAR_MIN_HEIGHT = 28;
const BAR_PADDING_X = 10;

const CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef";
/** Where wrapping may break without a hyphen: spaces, after a hyphen, around CJK characters (as `wrapText` does). */
const BREAK_OPPORTUNITY = new RegExp(`\\s+|(?<=-)|(?<=[${CJK}])|(?=[${CJK}])`, "u");

/** The pieces of a label that cannot be wrapped without breaking a word. */
function unbreakableParts(label: string): string[] {
  return label.split(BREAK_OPPORTUNITY).filter((part) => part !== "");
}

/** Whether the horizontal layout fits `width`: columns wide enough, and every word of every label unbroken. */
export function horizontalFits(props: Pick<LifecycleTimelineProps, "stages">, width: number, textScale = 1): boolean {
  const column = (width - 2 * INSET) / props.stages.length;
  if (column < MIN_COLUMN) return false;
  return props.stages.every((stage) => unbreakableParts(stage.label).every((part) => measureTextWidth(part, FONTS.label) * textScale <= column - GUTTER));
}

/** Stages in columns side by side, lanes as rows of bars under them, the active stage's items below. */
export function layoutHorizontal(
  props: LifecycleTimelineProps,
  { width: requestedWidth, rtl, activeId, textScale }: LayoutSettings,
): LifecycleTimelineLayout {
  const { stages } = props;
  const n = stages.length;
  const width = Math.max(requestedWidth, n * MIN_COLUMN + 2 * INSET);
  const frame = new LayoutFrame(width, rtl, textScale);
  const column = (width - 2 * INSET) / n;
  const textWidth = column - GUTTER;
  const textLeft = (i: number) => INSET + i * column + GUTTER / 2;
  const looped = props.loop === true && n > 1;
  const cy = looped ? 46 : 8 + R;
  const markerX = (i: number) => textLeft(i) + R;

  const placed = stages.map((stage, index) => {
    const left = textLeft(index);
    let y = cy + R + 10;
    const label = frame.text(stage.label, FONTS.label, left, y, textWidth);
    y = bottomOf(label, y);
    const period = stage.period ? frame.text(stage.period, FONTS.period, left, y + 2, textWidth) : undefined;
    y = bottomOf(period, y);
    const description = stage.description ? frame.text(stage.description, FONTS.description, left, y + 6, textWidth) : undefined;
    y = bottomOf(description, y);
    return { stage, index, left, label, period, description, bottom: y };
  });
  const rowBottom = Math.max(...placed.map((p) => p.bottom));
  const stageTop = cy - R - RING_OFFSET;
  const stageLayouts: StageLayout[] = placed.map(({ stage, index, left, label, period, description }) => ({
    id: stage.id,
    index,
    marker: { cx: frame.x(markerX(index)), cy: round2(cy), r: R },
    label,
    ...(period ? { period } : {}),
    ...(description ? { description } : {}),
    box: frame.box({ x: left - RING_OFFSET, y: stageTop, width: textWidth + 2 * RING_OFFSET, height: rowBottom + RING_OFFSET - stageTop }),
  }));

  let y = rowBottom + RING_OFFSET;
  let loop: LifecycleTimelineLayout["loop"];
  if (props.loop) {
    const note = frame.text(loopSentence(stages), FONTS.note, textLeft(0), y + 12, width - 2 * INSET - GUTTER);
    y = bottomOf(note, y);
    const first = markerX(0);
    const last = markerX(n - 1);
    const top = 6;
    const tip = cy - R - 3;
    loop = {
      note,
      path: looped
        ? frame.path([["M", last, tip - 2], ["L", last, top + 8], ["Q", last, top, last - 8, top], ["L", first + 8, top], ["Q", first, top, first, top + 8], ["L", first, tip - 4]])
        : "",
      arrowhead: looped ? frame.path([["M", first - 5, tip - 7], ["L", first, tip], ["L", first + 5, tip - 7]]) : "",
    };
  }

  const lanes: LaneLayout[] = [];
  const indexOf = (id: string) => stages.findIndex((stage) => stage.id === id);
  (props.lanes ?? []).forEach((lane, index) => {
    y += index === 0 ? 20 : 14;
    const label = frame.text(lane.label, FONTS.laneLabel, textLeft(0), y, width - 2 * INSET - GUTTER);
    y = bottomOf(label, y) + 4;
    const spans = lane.spans.map((span) => [indexOf(span.from), indexOf(span.to)] as const);
    const { track, count } = assignTracks(spans);
    const bars = spans.map(([fromIndex, toIndex], spanIndex) => {
      const left = textLeft(fromIndex);
      const barWidth = textLeft(toIndex) + textWidth - left;
      const text = lane.spans[spanIndex]?.label;
      // Wrapped at y = 0 first; moved into its bar once the track's height is known.
      const label = text ? frame.text(text, FONTS.span, left + BAR_PADDING_X, 0, barWidth - 2 * BAR_PADDING_X) : undefined;
      return { spanIndex, fromIndex, toIndex, left, barWidth, label, height: Math.max(BAR_MIN_HEIGHT, (label?.box.height ?? 0) + 10) };
    });
    const trackTops: number[] = [];
    const trackHeights: number[] = [];
    for (let t = 0; t < count; t++) {
      trackTops.push(y);
      trackHeights.push(Math.max(...bars.filter((_, i) => track[i] === t).map((bar) => bar.height)));
      y += (trackHeights[t] ?? 0) + (t < count - 1 ? 6 : 0);
    }
    lanes.push({
      id: lane.id,
      index,
      label,
      bars: bars.map(({ spanIndex, fromIndex, toIndex, left, barWidth, label: block }, i) => {
        const top = trackTops[track[i] ?? 0] ?? y;
        const height = trackHeights[track[i] ?? 0] ?? BAR_MIN_HEIGHT;
        // Centre the text vertically in its bar.
        const shift = block ? top + (height - block.box.height) / 2 : 0;
        const labelBlock = block ? { ...block, y: round2(block.y + shift), box: { ...block.box, y: round2(block.box.y + shift) } } : undefined;
        return {
          spanIndex,
          fromIndex,
          toIndex,
          box: frame.box({ x: left, y: top, width: barWidth, height }),
          ...(labelBlock ? { label: labelBlock } : {}),
        };
      }),
    });
  });

  const active = placed.find((p) => p.stage.id === activeId);
  let activeBand;
  let details;
  if (active) {
    const stageBox = { x: active.left - RING_OFFSET, y: stageTop, width: textWidth + 2 * RING_OFFSET };
    let bandBottom = rowBottom + RING_OFFSET;
    if (active.stage.items && active.stage.items.length > 0) {
      const top = y + 20;
      const left = INSET + GUTTER / 2 - RING_OFFSET;
      const result = layoutDetails(frame, active.stage.id, active.stage.items, { left, top, width: width - 2 * left, heading: active.stage.label });
      details = result.details;
      bandBottom = top;
      y = result.bottom;
    }
    activeBand = frame.box({ ...stageBox, height: bandBottom - stageTop });
  }

  const height = round2(y + 4);
  const smallestFontSize = frame.smallestFontSize();
  return {
    orientation: "horizontal",
    direction: rtl ? "rtl" : "ltr",
    width: round2(width),
    height,
    fits: horizontalFits(props, requestedWidth, textScale),
    connector: n > 1 ? frame.path([["M", markerX(0), cy], ["L", markerX(n - 1), cy]]) : "",
    stages: stageLayouts,
    lanes,
    ...(loop ? { loop } : {}),
    ...(activeBand ? { activeBand } : {}),
    ...(details ? { details } : {}),
    smallestFontSize,
    narrowBelow: round2((width * 12) / smallestFontSize),
  };
}
