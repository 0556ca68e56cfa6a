import { measureTextWidth } from "../core/text/measure";
import { longestWordWidth, round, wrapBlock, type TableFont, type TextBlock, type TextTone } from "../comparison-table/text-block";
import { codesInWords, normaliseCodes, RACI_CODES } from "./codes";
import { BADGE, placeLegend } from "./legend-layout";
import type { RaciBadgeLayout, RaciBox, RaciCellLayout, RaciMatrixLayout, RaciMatrixLayoutOptions, RaciRowLayout } from "./layout-types";
import { mirrorRaciLayout } from "./mirror";
import { narrowTaskCards } from "./narrow-layout";
import type { RaciCode, RaciMatrixProps } from "./types";

export type * from "./layout-types";

/** The matrix's fonts, on the shared type scale (12 secondary, 14 labels and code letters). */
export const RACI_FONTS = {
  role: { fontSize: 14, fontWeight: "bold", lineHeight: 1.3 },
  task: { fontSize: 14, fontWeight: "bold", lineHeight: 1.35 },
  secondary: { fontSize: 13, fontWeight: "normal", lineHeight: 1.35 },
} as const satisfies Record<string, TableFont>;

/** Size of a code letter inside its badge. */
export const LETTER_SIZE = 14;
export { BADGE } from "./legend-layout";
/** Default drawing width, cell padding, gap between cells, outer margin (room for focus rings). */
export const DEFAULT_WIDTH = 680;
const PADDING = 12;
/** Role columns pad less at the sides: their header and badges are centred, and eight must fit a 680 px column. */
const ROLE_PADDING_X = 6;
const GAP = 4;
const MARGIN = 6;
const RADIUS = 6;
/** Space between badges in a cell. */
const BADGE_GAP = 4;
/** Least and most inner width of the task column and of a role column. */
const TASK_MIN = 56;
const TASK_MAX = 260;
const ROLE_MAX = 150;
/** The longest word a column widens for; a longer one breaks with a hyphen. */
const TASK_WORD_MAX = 160;
const ROLE_WORD_MAX = 110;
/** Space between a task's label and its description. */
const LABEL_GAP = 3;
/** Smallest readable text size: the narrowBelow threshold keeps scaled text at or above it. */
const READABLE_SIZE = 12;

interface Need {
  min: number;
  ideal: number;
}

function textNeed(text: string, font: TableFont): Need {
  return { min: longestWordWidth(text, font), ideal: measureTextWidth(text.trim().split(/\s+/).join(" "), font) };
}

const badgesWidth = (count: number) => (count === 0 ? 0 : count * BADGE + (count - 1) * BADGE_GAP);

/**
 * Inner widths of the task column and of every role column (roles share one width, so the grid reads as a
 * matrix): the ideal widths when they fit, else somewhere between the least and the ideal, else the least.
 */
function columnWidths(task: Need, role: Need, roleCount: number, available: number): { task: number; role: number } {
  const taskOuter = (inner: number) => inner + 2 * PADDING;
  const roleOuter = (inner: number) => inner + 2 * ROLE_PADDING_X;
  // A word longer than a column's most is broken with a hyphen rather than widening every column.
  const [taskMin, roleMin] = [
    taskOuter(Math.ceil(Math.max(TASK_MIN, Math.min(TASK_WORD_MAX, task.min))) + 1),
    roleOuter(Math.ceil(Math.max(BADGE, Math.min(ROLE_WORD_MAX, role.min))) + 1),
  ];
  const [taskIdeal, roleIdeal] = [Math.max(taskMin, taskOuter(Math.min(TASK_MAX, task.ideal))), Math.max(roleMin, roleOuter(Math.min(ROLE_MAX, role.ideal)))];
  const sumMin = taskMin + roleCount * roleMin;
  const sumIdeal = taskIdeal + roleCount * roleIdeal;
  if (sumMin >= available) return { task: taskMin, role: roleMin };
  if (sumIdeal <= available) {
    const spare = available - sumIdeal;
    // Spare room goes mostly to the roles, whose columns then spread across the width.
    return { task: taskIdeal + spare * 0.25, role: roleIdeal + (spare * 0.75) / roleCount };
  }
  const share = (available - sumMin) / (sumIdeal - sumMin);
  return { task: taskMin + share * (taskIdeal - taskMin), role: roleMin + share * (roleIdeal - roleMin) };
}

/** Moves a block laid out from (0, 0) to a content box, centring each line when asked. */
function placeBlock(block: TextBlock, x: number, y: number, width: number, centre: boolean): TextBlock {
  const lines = block.lines.map((line) => ({ ...line, x: round(x + (centre ? (width - line.width) / 2 : 0)), y: round(y + line.y) }));
  return { ...block, lines };
}

/** Badges for the codes of one cell, centred in its content box, wrapping onto more lines when they must. */
function placeBadges(codes: readonly RaciCode[], box: RaciBox): RaciBadgeLayout[] {
  const perLine = Math.max(1, Math.floor((box.width + BADGE_GAP) / (BADGE + BADGE_GAP)));
  const lines = Math.ceil(codes.length / perLine);
  const top = box.y + (box.height - (lines * BADGE + (lines - 1) * BADGE_GAP)) / 2;
  return codes.map((code, i) => {
    const line = Math.floor(i / perLine);
    const inLine = Math.min(perLine, codes.length - line * perLine);
    const left = box.x + (box.width - badgesWidth(inLine)) / 2;
    const r = BADGE / 2;
    return { code, cx: round(left + (i % perLine) * (BADGE + BADGE_GAP) + r), cy: round(top + line * (BADGE + BADGE_GAP) + r), r };
  });
}

function badgesHeight(count: number, width: number): number {
  const perLine = Math.max(1, Math.floor((width + BADGE_GAP) / (BADGE + BADGE_GAP)));
  const lines = Math.ceil(count / perLine);
  return lines * BADGE + (lines - 1) * BADGE_GAP;
}

interface Part {
  text: string;
  font: TableFont;
  tone: TextTone;
}

/** Wraps stacked texts (a label over its description) from the top of a box `width` wide. */
function stack(parts: readonly Part[], width: number): { blocks: TextBlock[]; height: number } {
  let top = 0;
  const blocks = parts.map((part, i) => {
    if (i > 0) top += LABEL_GAP;
    const { block, height } = wrapBlock(part.text, part.font, width, top, part.tone);
    top += height;
    // A space after the label keeps it apart from the description when the cell is read as one name.
    const last = block.lines[block.lines.length - 1];
    if (last && i < parts.length - 1) last.spaceAfter = true;
    return block;
  });
  return { blocks, height: round(top) };
}

/**
 * Computes the geometry of a RACI matrix: one column for the task names and one equal column per role, every
 * text wrapped to its cell from font metrics, the codes as badges centred in their cells, the legend under the
 * table and the narrow layout (one card per task). Pure and deterministic: the same props and options give the
 * same numbers on the server and in the browser.
 */
export function computeRaciMatrixLayout(props: RaciMatrixProps, options: RaciMatrixLayoutOptions = {}): RaciMatrixLayout {
  const direction = options.direction ?? "ltr";
  const widthScale = Math.max(1, options.textScale ?? 1);
  const font = (f: TableFont): TableFont => ({ ...f, widthScale });
  const fonts = { role: font(RACI_FONTS.role), task: font(RACI_FONTS.task), secondary: font(RACI_FONTS.secondary) };
  const { roles, tasks } = props;
  const codes = tasks.map((task) => roles.map((role) => normaliseCodes(task.assignments[role.id])));
  const taskParts = tasks.map((task): Part[] => [
    { text: task.label, font: fonts.task, tone: "text" },
    ...(task.description ? [{ text: task.description, font: fonts.secondary, tone: "muted" as const }] : []),
  ]);

  const needs = (list: Need[]): Need => ({ min: Math.max(0, ...list.map((n) => n.min)), ideal: Math.max(0, ...list.map((n) => n.ideal)) });
  const taskNeed = needs(taskParts.flat().map((part) => textNeed(part.text, part.font)));
  const mostCodes = Math.max(0, ...codes.flat().map((held) => held.length));
  const roleNeed = needs([...roles.map((role) => textNeed(role.label, fonts.role)), { min: BADGE, ideal: badgesWidth(mostCodes) }]);

  const requested = Math.max(0, options.width ?? DEFAULT_WIDTH);
  const gaps = GAP * roles.length;
  const inner = columnWidths(taskNeed, roleNeed, roles.length, requested - 2 * MARGIN - gaps);
  // Rounded down, so that the rounded widths never add up to more than the space they share.
  const widths = [inner.task, ...roles.map(() => inner.role)].map((w) => Math.floor(w * 100) / 100);
  const width = round(Math.max(requested, widths.reduce((a, b) => a + b, 0) + gaps + 2 * MARGIN));
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), round(x + w + GAP)), MARGIN);
  const padX = (c: number) => (c === 0 ? PADDING : ROLE_PADDING_X);
  const innerWidth = (c: number) => round((widths[c] ?? 0) - 2 * padX(c));

  let y = MARGIN;
  type Content = { blocks?: TextBlock[]; codes?: RaciCode[]; height: number; text: string; centre?: boolean };
  const buildRow = (index: number, id: string, laid: Content[]): RaciRowLayout => {
    const height = round(Math.max(...laid.map((cell) => cell.height)) + 2 * PADDING);
    const cells = laid.map((cell, c): RaciCellLayout => {
      const box = { x: xs[c] ?? 0, y, width: widths[c] ?? 0, height };
      const content = { x: round(box.x + padX(c)), y: round(y + PADDING), width: innerWidth(c), height: round(height - 2 * PADDING) };
      // Text sits in the middle of its cell's height, level with the badges beside it.
      const top = content.y + (content.height - cell.height) / 2;
      const role = index === 0 ? (c === 0 ? "cell" : "columnheader") : c === 0 ? "rowheader" : "cell";
      return {
        key: `${index}:${c}`,
        row: index,
        column: c,
        role,
        box,
        blocks: (cell.blocks ?? []).map((block) => placeBlock(block, content.x, top, content.width, cell.centre === true)),
        badges: cell.codes ? placeBadges(cell.codes, content) : [],
        text: cell.text,
      };
    });
    const row = { index, id, box: { x: MARGIN, y, width: round(width - 2 * MARGIN), height }, cells };
    y = round(y + height + GAP);
    return row;
  };

  const header = buildRow(0, "header", [
    { height: 0, text: "" },
    ...roles.map((role, r) => ({ ...stack([{ text: role.label, font: fonts.role, tone: "ink" }], innerWidth(r + 1)), text: role.label, centre: true })),
  ]);
  const rows = tasks.map((task, t) =>
    buildRow(t + 1, task.id ?? String(t), [
      { ...stack(taskParts[t] ?? [], innerWidth(0)), text: task.description ? `${task.label}, ${task.description}` : task.label },
      ...roles.map((_, r) => {
        const held = codes[t]?.[r] ?? [];
        return { codes: held, height: held.length > 0 ? badgesHeight(held.length, innerWidth(r + 1)) : BADGE, text: codesInWords(held) };
      }),
    ]),
  );
  const height = round(y - GAP + MARGIN);
  // The legend is not part of the scaled table (the component writes it as HTML, the static drawing at full size).
  const smallestFontSize = tasks.some((task) => task.description) ? RACI_FONTS.secondary.fontSize : LETTER_SIZE;
  const layout: RaciMatrixLayout = {
    width,
    height,
    direction,
    radius: RADIUS,
    header,
    rows,
    roles: roles.map((role, r) => ({ id: role.id, index: r, color: role.color, x: xs[r + 1] ?? 0, width: widths[r + 1] ?? 0 })),
    legend: props.legend === false ? undefined : placeLegend(RACI_CODES, { x: MARGIN, y: height, width: round(width - 2 * MARGIN) }, widthScale),
    smallestFontSize,
    // Less one px: the container query is inclusive, and at exactly its own width the table keeps its full size.
    narrowBelow: round((width * READABLE_SIZE) / smallestFontSize - 1),
    narrow: narrowTaskCards(props),
  };
  return direction === "rtl" ? mirrorRaciLayout(layout) : layout;
}
