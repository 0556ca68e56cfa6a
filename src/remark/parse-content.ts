import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from "yaml";

/** A fenced block's content: its value and a way to find where a prop path is in the text, or a syntax error. */
export type ParsedContent =
  | { ok: true; value: unknown; locate: (path: string) => number }
  | { ok: false; message: string; offset: number };

const readDocument = (text: string) => parseDocument(text, { prettyErrors: false, uniqueKeys: true });

/** JSON.parse's value for text that is JSON, else undefined. Several times faster than the YAML parser. */
function parseJson(text: string): { value: unknown } | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * Parses a block's text as JSON or YAML. Valid content is the common case, so JSON takes the fast parser and
 * source positions are worked out only when a problem needs one; YAML, and JSON with a syntax error, go through
 * the YAML parser (JSON is YAML), which keeps the range of every node and reports errors with their offset.
 */
export function parseContent(text: string): ParsedContent {
  const json = parseJson(text);
  if (json) {
    let document: Document | undefined;
    return { ok: true, value: json.value, locate: (path) => locatePath((document ??= readDocument(text)), path) };
  }
  const document = readDocument(text);
  const [error] = document.errors;
  if (error) return { ok: false, message: error.message, offset: error.pos[0] };
  return { ok: true, value: document.toJS({ maxAliasCount: 100 }), locate: (path) => locatePath(document, path) };
}

/** The start of a node in the block's text, when the parser kept it. */
function startOf(node: unknown, fallback: number): number {
  const range = (node as YamlNode | null)?.range;
  return range ? range[0] : fallback;
}

/**
 * The offset in the block's text of what a validator path (`sets[1].id`, `rows[0].values.pro`) points at: the key
 * when the path ends at a key, the entry when it ends at an index, or the start of the deepest entry that exists
 * when the rest of the path is missing. Keys may hold dots, so each step matches the keys that are really there.
 */
export function locatePath(document: Document, path: string): number {
  let node: unknown = document.contents;
  let at = startOf(node, 0);
  let rest = path;
  while (rest !== "") {
    if (isSeq(node)) {
      const step = /^\[(\d+)\]\.?/.exec(rest);
      const item = step ? node.items[Number(step[1])] : undefined;
      if (!step || item === undefined) return at;
      at = startOf(item, at);
      node = item;
      rest = rest.slice(step[0].length);
    } else if (isMap(node)) {
      const pair = node.items
        .filter((entry) => isPair(entry) && isScalar(entry.key))
        .map((entry) => ({ entry, key: String((entry.key as { value: unknown }).value) }))
        .filter(({ key }) => rest === key || rest.startsWith(`${key}.`) || rest.startsWith(`${key}[`))
        .sort((a, b) => b.key.length - a.key.length)[0];
      if (!pair) return at;
      at = startOf(pair.entry.key, at);
      node = pair.entry.value;
      rest = rest.slice(pair.key.length).replace(/^\./, "");
    } else return at;
  }
  return at;
}
