import { DEFAULT_LINE_HEIGHT } from "../core/text/wrap";
import { laneSentence, loopSentence } from "./describe";
import { layoutDetails } from "./layout-details";
import { assignTracks, bottomOf, FONTS, LayoutFrame, MARKER_RADIUS as R, RING_OFFSET, round2 } from "./layout-frame";
import type { DetailsLayout, LaneLayout, LayoutSettings, LifecycleTimelineLayout, StageLayout, TextBlock } from "./layout-types";
import type { LifecycleTimelineProps } from "./types";

/** Space between the view box's sides and the content. */
const EDGE = 12;
/** Width of a lane bar and the space after it. */
const BAR_WIDTH = 10;
const BAR_GAP = 6;
/** Space between the marker and the stage's text. */
const TEXT_GAP = 12;
/** Space between stages. */
const STAGE_GAP = 20;
/** Narrowest text column allowed; the view box widens (and scales down) rather than go below it. */
const MIN_TEXT_WIDTH = 96;

/** Stages from top to bottom with the marker at the start side, lanes as bars beside them with a key above. */
export function layoutVertical(
  props: LifecycleTimelineProps,
  { width: requestedWidth, rtl, activeId, textScale }: LayoutSettings,
): LifecycleTimelineLayout {
  const { stages } = props;
  const n = stages.length;
  const indexOf = (id: string) => stages.findIndex((stage) => stage.id === id);
  const laneTracks = (props.lanes ?? []).map((lane) => {
    const spans = lane.spans.map((span) => [indexOf(span.from), indexOf(span.to)] as const);
    return { lane, spans, ...assignTracks(spans) };
  });
  const trackCount = laneTracks.reduce((sum, lane) => sum + lane.count, 0);
  const laneZone = trackCount > 0 ? trackCount * (BAR_WIDTH + BAR_GAP) + 4 : 0;
  const looped = props.loop === true && n > 1;
  const markerX = EDGE + laneZone + (looped ? 18 : 0) + R;
  const textLeft = markerX + R + TEXT_GAP;
  const width = Math.max(requestedWidth, textLeft + MIN_TEXT_WIDTH + EDGE);
  const frame = new LayoutFrame(width, rtl, textScale);
  const textWidth = width - EDGE - textLeft;

  // The key: one sentence per lane next to a sample of its bar, above the stages.
  let y = 4;
  const legends: { label: TextBlock; swatch: { x: number; y: number; width: number; height: number } }[] = laneTracks.map(({ lane }, i) => {
    if (i > 0) y += 6;
    const label = frame.text(laneSentence(lane, stages), FONTS.legend, EDGE + BAR_WIDTH + 8, y, width - 2 * EDGE - BAR_WIDTH - 8);
    const swatch = frame.box({ x: EDGE, y: y + 1, width: BAR_WIDTH, height: Math.max(16, label.box.height - 2) });
    y = bottomOf(label, y);
    return { label, swatch };
  });
  if (legends.length > 0) y += 20;

  let details: DetailsLayout | undefined;
  const placed = stages.map((stage, index) => {
    if (index > 0) y += STAGE_GAP;
    const top = y + RING_OFFSET;
    const cy = top + R;
    // The first line of the label is centred on the marker.
    const labelTop = cy - (FONTS.label.fontSize * DEFAULT_LINE_HEIGHT) / 2;
    const labelBlock = frame.text(stage.label, FONTS.label, textLeft, labelTop, textWidth);
    let bottom = bottomOf(labelBlock, labelTop);
    const period = stage.period ? frame.text(stage.period, FONTS.period, textLeft, bottom + 2, textWidth) : undefined;
    bottom = bottomOf(period, bottom);
    const description = stage.description ? frame.text(stage.description, FONTS.description, textLeft, bottom + 4, textWidth) : undefined;
    bottom = bottomOf(description, bottom);
    if (stage.id === activeId && stage.items && stage.items.length > 0) {
      const result = layoutDetails(frame, stage.id, stage.items, { left: textLeft - 4, top: bottom + 8, width: textWidth + 4 });
      details = result.details;
      bottom = result.bottom;
    }
    bottom = Math.max(bottom, cy + R);
    y = bottom + RING_OFFSET;
    return { stage, index, cy, top, label: labelBlock, period, description, bottom };
  });

  const stageLayouts: StageLayout[] = placed.map(({ stage, index, cy, top, label, period, description, bottom }) => ({
    id: stage.id,
    index,
    marker: { cx: frame.x(markerX), cy: round2(cy), r: R },
    label,
    ...(period ? { period } : {}),
    ...(description ? { description } : {}),
    box: frame.box({ x: markerX - R - RING_OFFSET, y: top - RING_OFFSET, width: width - EDGE + RING_OFFSET - (markerX - R - RING_OFFSET), height: bottom - top + 2 * RING_OFFSET }),
  }));

  let track = 0;
  const lanes: LaneLayout[] = laneTracks.map(({ lane, spans, track: spanTracks, count }, index) => {
    const bars = spans.map(([fromIndex, toIndex], spanIndex) => {
      const from = placed[fromIndex];
      const to = placed[toIndex];
      const top = from ? from.cy - R : 0;
      const x = EDGE + (track + (spanTracks[spanIndex] ?? 0)) * (BAR_WIDTH + BAR_GAP);
      return { spanIndex, fromIndex, toIndex, box: frame.box({ x, y: top, width: BAR_WIDTH, height: (to ? to.bottom : top) - top }) };
    });
    track += count;
    const legend = legends[index];
    return { id: lane.id, index, label: legend?.label as TextBlock, ...(legend ? { swatch: legend.swatch } : {}), bars };
  });

  let loop: LifecycleTimelineLayout["loop"];
  if (props.loop) {
    const note = frame.text(loopSentence(stages), FONTS.note, textLeft, y + 8, textWidth);
    const firstCy = placed[0]?.cy ?? 0;
    const lastCy = placed[n - 1]?.cy ?? 0;
    const side = markerX - R - 14;
    const tip = markerX - R - 3;
    loop = {
      note,
      path: looped
        ? frame.path([["M", markerX - R - 3, lastCy], ["L", side + 6, lastCy], ["Q", side, lastCy, side, lastCy - 6], ["L", side, firstCy + 6], ["Q", side, firstCy, side + 6, firstCy], ["L", tip - 3, firstCy]])
        : "",
      arrowhead: looped ? frame.path([["M", tip - 6, firstCy - 5], ["L", tip, firstCy], ["L", tip - 6, firstCy + 5]]) : "",
    };
    y = bottomOf(note, y);
  }

  const active = stageLayouts.find((stage) => stage.id === activeId);
  const smallestFontSize = frame.smallestFontSize();
  return {
    orientation: "vertical",
    direction: rtl ? "rtl" : "ltr",
    width: round2(width),
    height: round2(y + 4),
    fits: true,
    connector: n > 1 ? frame.path([["M", markerX, placed[0]?.cy ?? 0], ["L", markerX, placed[n - 1]?.cy ?? 0]]) : "",
    stages: stageLayouts,
    lanes,
    ...(loop ? { loop } : {}),
    ...(active ? { activeBand: active.box } : {}),
    ...(details ? { details } : {}),
    smallestFontSize,
    narrowBelow: round2((width * 12) / smallestFontSize),
  };
}
