import { measureTextWidth } from "./measure";

/** A drawn line of an SVG text: its characters and how to read its drawn width. */
interface DrawnLine {
  content: string;
  width: () => number;
}

/**
 * The lines of an SVG text: one `<tspan>` each, and a line written straight into the `<text>` (a one-line text, or a
 * first line ahead of tspans), whose width is that of its characters.
 */
function drawnLines(text: SVGTextElement): DrawnLine[] {
  const spans = Array.from(text.querySelectorAll<SVGTSpanElement>(":scope > tspan"), (span) => ({ content: span.textContent ?? "", width: () => span.getComputedTextLength() }));
  const lead = text.firstChild?.nodeType === 3 ? (text.firstChild.textContent ?? "").trimEnd() : "";
  if (!lead.trim()) return spans;
  // A text that is not drawn has no characters to address, and the browser throws rather than answer 0.
  const leadWidth = () => (spans.length === 0 ? text.getComputedTextLength() : text.getNumberOfChars() >= lead.length ? text.getSubStringLength(0, lead.length) : 0);
  return [{ content: lead, width: leadWidth }, ...spans];
}

/**
 * The largest ratio of drawn to estimated width among the SVG text lines shown in `root` (0 when none is shown).
 * Reading a width from the DOM forces layout and is slow on big figures, so each distinct line of text is
 * measured once per font size and weight, however often it appears.
 */
export function widestTextRatio(root: Element): number {
  const seen = new Set<string>();
  let ratio = 0;
  for (const text of root.querySelectorAll<SVGTextElement>("svg text")) {
    if (typeof text.getComputedTextLength !== "function") continue;
    const lines = drawnLines(text);
    if (lines.length === 0) continue;
    const style = getComputedStyle(text);
    const font = { fontSize: parseFloat(style.fontSize) || 14, fontWeight: Number(style.fontWeight) || 400 };
    for (const line of lines) {
      const { content } = line;
      const key = `${font.fontSize}|${font.fontWeight}|${content}`;
      if (content.trim().length < 3 || seen.has(key)) continue;
      const drawn = line.width();
      // A line in a hidden picture draws nothing; it is measured where it shows.
      if (drawn === 0) continue;
      seen.add(key);
      ratio = Math.max(ratio, drawn / measureTextWidth(content, font));
    }
  }
  return ratio;
}

/** Ratios this close to 1 are measurement noise, not overflow. */
const TOLERANCE = 1.01;

/**
 * Once the page's fonts have loaded, grows the text scale (`setScale`) by how much wider they draw the text in
 * `rootRef` than the built-in metrics estimate, unless the estimate already fits or the figure is gone (`live`).
 */
export async function growTextScale(
  rootRef: { readonly current: Element | null },
  setScale: (grow: (current: number) => number) => void,
  live: () => boolean,
): Promise<void> {
  const fonts = typeof document === "undefined" ? undefined : document.fonts;
  if (!fonts) return;
  await fonts.ready;
  const ratio = live() && rootRef.current ? widestTextRatio(rootRef.current) : 0;
  if (ratio > TOLERANCE) setScale((current) => Math.ceil(current * ratio * 100) / 100);
}
