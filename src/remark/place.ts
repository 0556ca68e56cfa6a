import type { Code } from "mdast";

const LINE_BREAK = /\r\n|\n|\r/;

/** A place in a file, 1-based, counting a tab as one column as unist positions do. */
export interface FilePlace {
  line: number;
  column: number;
}

/**
 * Where an offset in a fenced block's text is in the file. The block's text starts on the line after the opening
 * fence; each of its lines is the end of a source line whose start (the fence's indentation, list or quote
 * markers, a tab partly taken as indentation) the parser removed. Only the text after a line's leading
 * whitespace is certain to be the same in both, so the column is counted from there.
 */
export function placeInFile(node: Code, offset: number, source: string | undefined): FilePlace | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  // An empty block has no line of its own: point at its fence.
  if (node.value === "") return { line: start.line, column: start.column };
  const before = node.value.slice(0, offset).split(LINE_BREAK);
  const lineIndex = before.length - 1;
  const column = before[lineIndex]!.length;
  const line = start.line + 1 + lineIndex;
  const sourceLine = source?.split(LINE_BREAK)[line - 1];
  const blockLine = node.value.split(LINE_BREAK)[lineIndex] ?? "";
  if (sourceLine === undefined) return { line, column: start.column + column };
  const indent = blockLine.length - blockLine.trimStart().length;
  const text = blockLine.slice(indent);
  const textStart = sourceLine.endsWith(text) ? sourceLine.length - text.length : indent;
  return { line, column: Math.max(1, textStart + column - indent + 1) };
}
