import type { ValidationProblem } from "../core/types";
import { isRecord } from "../core/validate";

/** What an embedded figure carries in its JSON script: the kind's name and the props to draw it with. */
export interface EmbedContent {
  /** Kebab-case kind name (looked up in the registry). */
  kind: string;
  /** Props for the kind's component, not yet validated. */
  props: unknown;
}

/** Parses the JSON of an embedded figure; a problem names what is wrong when it is not `{ "kind": …, "props": … }`. */
export function readContent(json: string): { content: EmbedContent } | { problem: ValidationProblem } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { problem: { path: "(json)", message: error instanceof Error ? error.message : String(error) } };
  }
  if (!isRecord(value)) return { problem: { path: "(json)", message: 'must be an object { "kind": …, "props": … }' } };
  if (typeof value.kind !== "string") return { problem: { path: "kind", message: "must be the name of an infographic kind" } };
  if (!isRecord(value.props)) return { problem: { path: "props", message: "must be an object" } };
  return { content: { kind: value.kind, props: value.props } };
}
