import { LayoutFrame, round2 } from "../lifecycle-timeline/layout-frame";
import { loopSentence, stepHeading } from "./describe";
import { hasDetails, layoutCycleDetails } from "./layout-details";
import type { Box, CycleDiagramLayout, CycleStepLayout } from "./layout-types";
import { anchoredText, englishLines, blockSize, CYCLE_FONTS, INSET, MARKER_RADIUS, NUMBER_FONT_SIZE, RING_OFFSET } from "./layout-text";
import { ringLinks } from "./strokes";
import type { CycleDiagramProps } from "./types";

/** Widest a step label may be, tried from the first (fewest lines) to the last (narrowest ring). */
const LABEL_WIDTHS = [180, 160, 140, 124, 108, 96] as const;
/** Gap between a marker and its label. */
const LABEL_GAP = 8;
/** Space kept between two labels. */
const LABEL_SEPARATION = 10;
/** Gap between the ring and a panel beside it. */
const PANEL_GAP = 24;
/** Narrowest panel worth putting beside the ring. */
const PANEL_MIN_WIDTH = 240;
/** Widest a panel beside the ring grows: beyond it lines get too long to read, so ring and panel centre instead. */
const PANEL_MAX_WIDTH = 400;
/** Widest a panel under the ring grows, unless the ring itself is wider. */
const PANEL_BELOW_MAX_WIDTH = 640;
/** Narrowest label wrap worth giving up for a panel beside the ring (else the panel goes under it). */
const BESIDE_MIN_LABEL_WIDTH = 140;
/** Smallest ring radius drawn, and the step by which it grows until everything fits. */
const RADIUS_MIN = 72;
const RADIUS_STEP = 6;
const RADIUS_MAX = 480;
/** Shortest visible stretch of a link between two markers, besides its arrowhead. */
const LINK_MIN = 24;

/** What settles a ring: its radius and each label's place, relative to the ring's centre (LTR, clockwise). */
interface RingPlan {
  radius: number;
  labelWidth: number;
  labels: { box: Box; anchor: "start" | "middle" | "end" }[];
  center?: { width: number; height: number };
  /** Extent of everything round the centre. */
  bounds: { minX: number; maxX: number; minY: number; maxY: number };
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Distance from the origin to the nearest point of a box. */
function nearestDistance(box: Box): number {
  const dx = Math.max(box.x, 0, -(box.x + box.width));
  const dy = Math.max(box.y, 0, -(box.y + box.height));
  return Math.hypot(dx, dy);
}

/**
 * Places a label of the given size outside the circle of radius `reach`, in the direction (ux, uy): the corner or
 * edge facing the ring touches the circle, then the box is pushed out along the direction until it clears it.
 */
function placeLabel(size: { width: number; height: number }, ux: number, uy: number, reach: number): { box: Box; anchor: "start" | "middle" | "end" } {
  const anchor = ux > 0.25 ? "start" : ux < -0.25 ? "end" : "middle";
  const ax = reach * ux;
  const ay = reach * uy;
  const box = {
    x: anchor === "start" ? ax : anchor === "end" ? ax - size.width : ax - size.width / 2,
    y: uy < -0.25 ? ay - size.height : uy > 0.25 ? ay : ay - size.height / 2,
    width: size.width,
    height: size.height,
  };
  for (let i = 0; i < 40; i++) {
    const short = reach - nearestDistance(box);
    if (short <= 0.01) break;
    box.x += ux * (short + 0.5);
    box.y += uy * (short + 0.5);
  }
  return { box, anchor };
}

/** The smallest ring, for labels at most `labelWidth` wide, on which nothing overlaps. */
function planRing(frame: LayoutFrame, props: CycleDiagramProps, labelWidth: number): RingPlan {
  const n = props.steps.length;
  const sizes = props.steps.map((step) => blockSize(frame, step.label, CYCLE_FONTS.label, labelWidth));
  const linkRadius = (n * (2 * (MARKER_RADIUS + 5) + 10 + LINK_MIN)) / (2 * Math.PI);
  let radius = Math.max(RADIUS_MIN, Math.ceil(linkRadius));
  for (;;) {
    const reach = radius + MARKER_RADIUS + LABEL_GAP;
    const labels = sizes.map((size, i) => {
      const a = (i * 2 * Math.PI) / n;
      return placeLabel(size, Math.sin(a), -Math.cos(a), reach);
    });
    const clash = labels.some((a, i) => labels.some((b, j) => j > i && overlaps(a.box, b.box, LABEL_SEPARATION)));
    // The centre label sits in the largest box inside the ring, clear of the markers.
    const inner = radius - MARKER_RADIUS - 10;
    const center = props.centerLabel ? blockSize(frame, props.centerLabel, CYCLE_FONTS.center, 1.6 * inner) : undefined;
    const centerFits = !center || Math.hypot(center.width / 2, center.height / 2) <= inner;
    if ((!clash && centerFits) || radius >= RADIUS_MAX) {
      const edge = radius + MARKER_RADIUS + RING_OFFSET;
      const bounds = { minX: -edge, maxX: edge, minY: -edge, maxY: edge };
      for (const { box } of labels) {
        bounds.minX = Math.min(bounds.minX, box.x - RING_OFFSET);
        bounds.maxX = Math.max(bounds.maxX, box.x + box.width + RING_OFFSET);
        bounds.minY = Math.min(bounds.minY, box.y - RING_OFFSET);
        bounds.maxY = Math.max(bounds.maxY, box.y + box.height + RING_OFFSET);
      }
      return { radius, labelWidth, labels, ...(center ? { center } : {}), bounds };
    }
    radius += RADIUS_STEP;
  }
}

const planWidth = (plan: RingPlan) => plan.bounds.maxX - plan.bounds.minX;

/** The plans for every label width, widest labels first. */
function planRings(frame: LayoutFrame, props: CycleDiagramProps): RingPlan[] {
  return LABEL_WIDTHS.map((labelWidth) => planRing(frame, props, labelWidth));
}

/**
 * Steps round a ring, clockwise from the top (counter-clockwise in RTL), each linked to the next by an arc with an
 * arrowhead; `centerLabel` in the middle; the repeat sentence under the ring; the active step's panel beside the
 * ring where a readable panel fits, else under it.
 */
export function layoutRing(props: CycleDiagramProps, settings: { width: number; rtl: boolean; activeId: string | undefined; textScale: number }): CycleDiagramLayout {
  const { steps } = props;
  const n = steps.length;
  const probe = new LayoutFrame(settings.width, settings.rtl, settings.textScale);
  const plans = planRings(probe, props);
  const active = steps.findIndex((step) => step.id === settings.activeId);
  const activeStep = steps[active];
  const panel = activeStep !== undefined && hasDetails(activeStep);
  const room = settings.width - 2 * INSET;
  // Beside: the widest labels that still leave a readable panel; else the widest labels that fit; else the narrowest ring.
  const beside = panel ? plans.find((plan) => plan.labelWidth >= BESIDE_MIN_LABEL_WIDTH && planWidth(plan) + PANEL_GAP + PANEL_MIN_WIDTH <= room) : undefined;
  const plan = beside ?? plans.find((p) => planWidth(p) <= room) ?? plans.reduce((a, b) => (planWidth(b) < planWidth(a) ? b : a));
  const width = Math.max(settings.width, planWidth(plan) + 2 * INSET);
  const frame = new LayoutFrame(width, settings.rtl, settings.textScale);
  const sense = settings.rtl ? -1 : 1;

  const panelWidth = beside ? Math.min(PANEL_MAX_WIDTH, room - planWidth(plan) - PANEL_GAP) : 0;
  const group = beside ? planWidth(plan) + PANEL_GAP + panelWidth : planWidth(plan);
  const ringLeft = INSET + (width - 2 * INSET - group) / 2;
  const cx = ringLeft - plan.bounds.minX;
  const cy = INSET - plan.bounds.minY;
  const { radius } = plan;

  const stepLayouts: CycleStepLayout[] = steps.map((step, index) => {
    const a = (index * 2 * Math.PI) / n;
    const placed = plan.labels[index] ?? { box: { x: 0, y: 0, width: 0, height: 0 }, anchor: "start" as const };
    const left = cx + placed.box.x;
    const top = cy + placed.box.y;
    const label = anchoredText(frame, step.label, CYCLE_FONTS.label, left, top, placed.box.width + 0.5, placed.anchor);
    return {
      id: step.id,
      index,
      marker: { cx: frame.x(cx + radius * Math.sin(a)), cy: round2(cy - radius * Math.cos(a)), r: MARKER_RADIUS },
      label,
      labelBox: frame.box({ x: left - RING_OFFSET, y: top - RING_OFFSET, width: placed.box.width + 2 * RING_OFFSET, height: placed.box.height + 2 * RING_OFFSET }),
    };
  });

  let centerLabel;
  if (props.centerLabel && plan.center) {
    const { width: w, height: h } = plan.center;
    centerLabel = anchoredText(frame, props.centerLabel, CYCLE_FONTS.center, cx - w / 2, cy - h / 2, w + 0.5, "middle");
  }

  const ringBottom = INSET + plan.bounds.maxY - plan.bounds.minY;
  const noteWidth = beside ? planWidth(plan) : width - 2 * INSET;
  const noteSize = blockSize(frame, loopSentence(steps), CYCLE_FONTS.note, noteWidth);
  const loopNote = englishLines(anchoredText(frame, loopSentence(steps), CYCLE_FONTS.note, (beside ? cx : width / 2) - noteSize.width / 2, ringBottom + 8, noteWidth, "middle"), settings.rtl);
  let bottom = loopNote.box.y + loopNote.box.height;

  let details;
  if (panel && activeStep) {
    const content = { stepId: activeStep.id, heading: stepHeading(active, activeStep.label), description: activeStep.description, items: activeStep.items };
    if (beside) {
      const left = ringLeft + planWidth(plan) + PANEL_GAP;
      const placed = layoutCycleDetails(frame, content, { left, top: INSET, width: panelWidth });
      details = placed.details;
      bottom = Math.max(bottom, placed.bottom);
    } else {
      const below = Math.min(room, Math.max(planWidth(plan), PANEL_BELOW_MAX_WIDTH));
      const placed = layoutCycleDetails(frame, content, { left: INSET + (room - below) / 2, top: bottom + 16, width: below });
      details = placed.details;
      bottom = placed.bottom;
    }
  }

  const links = ringLinks(n, radius, MARKER_RADIUS, sense);
  const smallestFontSize = Math.min(NUMBER_FONT_SIZE, frame.smallestFontSize());
  return {
    mode: "ring",
    direction: settings.rtl ? "rtl" : "ltr",
    width: round2(width),
    height: round2(bottom + INSET),
    ring: { cx: frame.x(cx), cy: round2(cy), r: radius },
    strokes: { x: frame.x(cx), y: round2(cy), ...links },
    ...(centerLabel ? { centerLabel } : {}),
    steps: stepLayouts,
    loopNote,
    ...(details ? { details } : {}),
    smallestFontSize,
    narrowBelow: round2((width * 12) / smallestFontSize),
  };
}
