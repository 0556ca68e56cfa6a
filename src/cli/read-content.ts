import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseDocument } from "yaml";
import { isKindName, KIND_NAMES } from "../kinds";
import type { FileProblem } from "./file-problem";

/** One content file: the kind of infographic and its props, not yet checked against that kind's contract. */
export interface Content {
  /** A kind name from the registry (`venn-diagram`, …). */
  kind: string;
  /** The props, as written in the file. */
  props: unknown;
}

/** A content file read, or the problems that stop it from being read. */
export type ReadResult = { content: Content } | { problems: FileProblem[] };

const at = (line: number, column: number) => `line ${line}, column ${column}`;

/** Strict JSON, with the position of a syntax error given as a line and column. */
function parseJson(file: string, text: string): ReadResult | { value: unknown } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(.*?)(?: in JSON)? at position (\d+)/.exec(message);
    if (!position) return { problems: [{ file, message: `not valid JSON: ${message}` }] };
    const before = text.slice(0, Number(position[2]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    return { problems: [{ file, path: at(line, column), message: `not valid JSON: ${position[1]}` }] };
  }
}

/** YAML 1.2; only its first error is reported, since the ones after it usually follow from it. */
function parseYaml(file: string, text: string): ReadResult | { value: unknown } {
  const document = parseDocument(text, { prettyErrors: true });
  const [first] = document.errors;
  if (!first) return { value: document.toJS() as unknown };
  const start = first.linePos?.[0];
  const message = first.message.split("\n", 1)[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return { problems: [{ file, ...(start ? { path: at(start.line, start.col) } : {}), message: `not valid YAML: ${message}` }] };
}

/** Checks the shape shared by every content file: `{ kind, props }`; other keys (a `$schema`) are left alone. */
function toContent(file: string, value: unknown): ReadResult {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { problems: [{ file, message: 'must hold an object with "kind" and "props"' }] };
  }
  const { kind, props } = value as Record<string, unknown>;
  const problems: FileProblem[] = [];
  if (kind === undefined) problems.push({ file, path: "kind", message: `missing; one of ${KIND_NAMES.join(", ")}` });
  else if (!isKindName(kind)) {
    problems.push({ file, path: "kind", message: `unknown kind ${JSON.stringify(kind)}; known kinds: ${KIND_NAMES.join(", ")}` });
  }
  if (props === undefined) problems.push({ file, path: "props", message: "missing; the props of the infographic" });
  return problems.length > 0 ? { problems } : { content: { kind: kind as string, props } };
}

/** Reads a content file: JSON for `.json`, YAML for `.yaml` and `.yml`. */
export async function readContent(file: string): Promise<ReadResult> {
  const extension = extname(file).toLowerCase();
  if (![".json", ".yaml", ".yml"].includes(extension)) {
    return { problems: [{ file, message: "not a content file: use .json, .yaml or .yml" }] };
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : (error as Error).message;
    return { problems: [{ file, message: reason }] };
  }
  // A byte-order mark from a Windows editor is not content.
  text = text.replace(/^\uFEFF/, "");
  const parsed = extension === ".json" ? parseJson(file, text) : parseYaml(file, text);
  return "value" in parsed ? toContent(file, parsed.value) : parsed;
}
