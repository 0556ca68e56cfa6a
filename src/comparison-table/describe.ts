import { normaliseItem } from "../core/items";
import type { InfographicItemObject } from "../core/types";
import type { ComparisonRow, ComparisonValue } from "./types";

/** How a value is drawn and read. */
export type ValueKind = "text" | "number" | "boolean" | "missing" | "list";

/** A value sorted by kind, ready to draw or read. */
export type ResolvedValue =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; text: string }
  | { kind: "boolean"; value: boolean; text: "Yes" | "No" }
  | { kind: "missing"; text: "Not applicable" }
  | { kind: "list"; items: InfographicItemObject[]; text: string };

/** The value a row holds for a column; a missing key counts as `null`. */
export function cellValue(row: ComparisonRow, columnId: string): ComparisonValue {
  const values = row.values as Record<string, ComparisonValue | undefined>;
  return Object.prototype.hasOwnProperty.call(values, columnId) ? (values[columnId] ?? null) : null;
}

/** Sorts a value by kind and gives its plain-text reading ("Yes", "No", "Not applicable", "1,250", …). */
export function resolveValue(value: ComparisonValue | undefined, format: Pick<Intl.NumberFormat, "format">): ResolvedValue {
  if (value === null || value === undefined) return { kind: "missing", text: "Not applicable" };
  if (typeof value === "boolean") return { kind: "boolean", value, text: value ? "Yes" : "No" };
  if (typeof value === "number") return { kind: "number", value, text: format.format(value) };
  if (Array.isArray(value)) {
    const items = value.map(normaliseItem);
    return { kind: "list", items, text: items.map((item) => item.label).join(", ") };
  }
  return { kind: "text", text: value };
}
