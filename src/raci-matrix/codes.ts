import type { RaciCode } from "./types";

/** The four codes in their reading order (the order of the name RACI). */
export const RACI_CODES = ["R", "A", "C", "I"] as const satisfies readonly RaciCode[];

/** Each code in words. */
export const CODE_WORDS: Record<RaciCode, string> = { R: "Responsible", A: "Accountable", C: "Consulted", I: "Informed" };

/** What each code means, for the legend. */
export const CODE_MEANINGS: Record<RaciCode, string> = {
  R: "does the work",
  A: "owns the outcome and signs it off (one per task)",
  C: "gives input before decisions",
  I: "is kept up to date",
};

/** What an empty cell reads as. */
export const NOT_INVOLVED = "Not involved";

/** The codes a role holds, each once, in reading order; none for a role not listed. */
export function normaliseCodes(value: RaciCode | readonly RaciCode[] | undefined): RaciCode[] {
  if (value === undefined) return [];
  const given = new Set<RaciCode>(Array.isArray(value) ? value : [value as RaciCode]);
  return RACI_CODES.filter((code) => given.has(code));
}

/** Codes in words, as a cell reads them: "Responsible and accountable", "Consulted", "Not involved". */
export function codesInWords(codes: readonly RaciCode[]): string {
  if (codes.length === 0) return NOT_INVOLVED;
  const words = codes.map((code, i) => (i === 0 ? CODE_WORDS[code] : CODE_WORDS[code].toLowerCase()));
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
