import { bottomOf, LayoutFrame, round2 } from "../lifecycle-timeline/layout-frame";
import { loopSentence } from "./describe";
import { hasDetails, layoutCycleDetails } from "./layout-details";
import type { CycleDiagramLayout, CycleStepLayout } from "./layout-types";
import { anchoredText, englishLines, CYCLE_FONTS, INSET, MARKER_RADIUS, NUMBER_FONT_SIZE, RING_OFFSET } from "./layout-text";
import { ARROW_LENGTH, arrowhead, ringGlyph, straightLink } from "./strokes";
import type { CycleDiagramProps } from "./types";

/** Radius of the small ring glyph that says "this goes round". */
const GLYPH_RADIUS = 14;
/** Where the labels start: after the marker column. */
const TEXT_LEFT = INSET + 2 * MARKER_RADIUS + 12;
/** Vertical space between one step and the next. */
const STEP_GAP = 24;

/**
 * The narrow layout: the ring glyph with `centerLabel`, then the steps down a column of numbered markers joined by
 * arrows, the active step's panel under it, and the sentence that says the list starts over.
 */
export function layoutList(props: CycleDiagramProps, settings: { width: number; rtl: boolean; activeId: string | undefined; textScale: number }): CycleDiagramLayout {
  const { steps } = props;
  const width = Math.max(settings.width, TEXT_LEFT + 96 + INSET);
  const frame = new LayoutFrame(width, settings.rtl, settings.textScale);
  const sense = settings.rtl ? -1 : 1;
  const textWidth = width - TEXT_LEFT - INSET;
  const markerX = INSET + MARKER_RADIUS;

  let y = INSET;
  const glyphCy = y + GLYPH_RADIUS + 4;
  let centerLabel;
  if (props.centerLabel) {
    centerLabel = anchoredText(frame, props.centerLabel, CYCLE_FONTS.center, TEXT_LEFT, y + 2, textWidth, "start");
    y = Math.max(bottomOf(centerLabel, y), glyphCy + GLYPH_RADIUS + 4) + 16;
  } else y = glyphCy + GLYPH_RADIUS + 4 + 16;

  const stepLayouts: CycleStepLayout[] = [];
  const markerYs: number[] = [];
  let details;
  steps.forEach((step, index) => {
    const top = y;
    const label = anchoredText(frame, step.label, CYCLE_FONTS.label, TEXT_LEFT, top + MARKER_RADIUS - 10.5, textWidth, "start");
    const markerY = top + MARKER_RADIUS;
    markerYs.push(markerY);
    stepLayouts.push({
      id: step.id,
      index,
      marker: { cx: frame.x(markerX), cy: round2(markerY), r: MARKER_RADIUS },
      label,
      labelBox: frame.box({ x: TEXT_LEFT - RING_OFFSET, y: label.box.y - RING_OFFSET, width: label.box.width + 2 * RING_OFFSET, height: label.box.height + 2 * RING_OFFSET }),
    });
    y = Math.max(bottomOf(label, top), top + 2 * MARKER_RADIUS);
    if (step.id === settings.activeId && hasDetails(step)) {
      const placed = layoutCycleDetails(frame, { stepId: step.id, description: step.description, items: step.items }, { left: TEXT_LEFT - 8, top: y + 8, width: width - TEXT_LEFT + 8 - INSET });
      details = placed.details;
      y = placed.bottom;
    }
    y += STEP_GAP;
  });
  const loopNote = englishLines(anchoredText(frame, loopSentence(steps), CYCLE_FONTS.note, TEXT_LEFT, y - 8, textWidth, "start"), settings.rtl);

  // Arrows down the marker column, from each step to the next.
  const links: string[] = [];
  const arrowheads: string[] = [];
  const ends = markerYs;
  for (let i = 0; i + 1 < ends.length; i++) {
    const from = (ends[i] ?? 0) + MARKER_RADIUS + 3;
    const tip = (ends[i + 1] ?? 0) - MARKER_RADIUS - 3;
    links.push(straightLink([frame.x(markerX), from], [frame.x(markerX), tip - ARROW_LENGTH + 1]));
    arrowheads.push(arrowhead([frame.x(markerX), tip], [0, 1]));
  }
  const glyph = { x: frame.x(markerX), y: round2(glyphCy), ...ringGlyph(GLYPH_RADIUS, sense) };
  const height = bottomOf(loopNote, y) + INSET;
  const smallestFontSize = Math.min(NUMBER_FONT_SIZE, frame.smallestFontSize());
  return {
    mode: "list",
    direction: settings.rtl ? "rtl" : "ltr",
    width: round2(width),
    height: round2(height),
    strokes: { x: 0, y: 0, links, arrowheads },
    glyph,
    ...(centerLabel ? { centerLabel } : {}),
    steps: stepLayouts,
    loopNote,
    ...(details ? { details } : {}),
    smallestFontSize,
    narrowBelow: round2((width * 12) / smallestFontSize),
  };
}
