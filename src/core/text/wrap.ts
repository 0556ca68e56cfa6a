import { measureTextWidth, type TextStyle } from "./measure";

/** Options for wrapping: the font, the box width and the line height. */
export interface WrapOptions extends TextStyle {
  /** Widest a line may be, in px. */
  maxWidth: number;
  /** Line height as a multiple of the font size. Default 1.3. */
  lineHeight?: number;
}

/** Text broken into lines that each fit the box. */
export interface WrappedText {
  /** The lines, in reading order. */
  lines: string[];
  /** Width of the widest line, in px. */
  width: number;
  /** Height of all lines together, in px. */
  height: number;
  /** Distance between baselines, in px. */
  lineHeight: number;
}

/** Default line height as a multiple of the font size. */
export const DEFAULT_LINE_HEIGHT = 1.3;

interface Token {
  text: string;
  /** Whether a space separates this token from the one before it. */
  spaceBefore: boolean;
}

/** Splits text into break opportunities: words, hyphenated parts and single CJK characters. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const word of text.trim().split(/\s+/)) {
    if (word === "") continue;
    let spaceBefore = true;
    // Break after each hyphen or dash, after a slash and before a query of a URL, and around every CJK character, since
    // those scripts need no spaces.
    for (const part of word.split(/(?<=[-\u2013\u2014])|(?<=\/)(?!\/)|(?=[?&#])|(?=[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef])|(?<=[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef])/u)) {
      if (part === "") continue;
      tokens.push({ text: part, spaceBefore });
      spaceBefore = false;
    }
  }
  return tokens;
}

/** The characters a reader sees as one: an emoji sequence or a letter with its accents stays whole. */
function graphemes(word: string): string[] {
  return typeof Intl.Segmenter === "function" ? Array.from(new Intl.Segmenter().segment(word), (part) => part.segment) : Array.from(word);
}

const LETTER = /^\p{L}/u;

/**
 * Breaks a word wider than the box into pieces that fit. A hyphen marks a break between two letters of a word;
 * URLs, numbers and emoji break without one, since a hyphen there would read as part of the text. (CJK characters
 * never get here: each is a token of its own.)
 */
function breakLongWord(word: string, style: WrapOptions): string[] {
  const plain = /[/@:]/.test(word);
  const hyphen = (before: string, after = "") => (!plain && LETTER.test(before) && LETTER.test(after) ? "-" : "");
  const parts = graphemes(word);
  const pieces: string[] = [];
  let current = "";
  parts.forEach((part, i) => {
    if (current !== "" && measureTextWidth(current + part + hyphen(part, parts[i + 1]), style) > style.maxWidth) {
      pieces.push(current + hyphen(parts[i - 1]!, part));
      current = part;
    } else current += part;
  });
  if (current !== "") pieces.push(current);
  return pieces;
}

/**
 * Wraps text at word boundaries so that every line fits `maxWidth`, deterministically and without a DOM.
 * A word longer than the box is broken with a hyphen rather than left to overflow.
 */
export function wrapText(text: string, options: WrapOptions): WrappedText {
  const lineHeight = options.fontSize * (options.lineHeight ?? DEFAULT_LINE_HEIGHT);
  const lines: string[] = [];
  let line = "";
  for (const token of tokenize(text)) {
    const candidate = line === "" ? token.text : line + (token.spaceBefore ? " " : "") + token.text;
    if (measureTextWidth(candidate, options) <= options.maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    if (measureTextWidth(token.text, options) <= options.maxWidth) {
      line = token.text;
      continue;
    }
    const pieces = breakLongWord(token.text, options);
    line = pieces.pop() ?? "";
    lines.push(...pieces);
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  const width = Math.max(...lines.map((l) => measureTextWidth(l, options)));
  return { lines, width, height: lines.length * lineHeight, lineHeight };
}
