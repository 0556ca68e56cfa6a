import type { ValidationProblem } from "../core/types";
import { fail, checkRecord, add, requiredString, optionalString, optionalColor, checkArray, optionalItems, uniqueIds, startValidation, type Problems } from "../core/validate";

function checkSet(set: unknown, path: string, check: Problems): void {
  if (!checkRecord(check, set, path, "must be an object with an id and a label")) return;
  requiredString(check, set.label, `${path}.label`);
  optionalItems(check, set.items, `${path}.items`);
  optionalColor(check, set.color, `${path}.color`);
}

function checkOverlap(overlap: unknown, index: number, ids: Set<string>, setCount: number, seen: Map<string, number>, check: Problems): void {
  const path = `overlaps[${index}]`;
  if (!checkRecord(check, overlap, path, "must be an object with a list of set ids")) return;
  optionalString(check, overlap.label, `${path}.label`);
  optionalItems(check, overlap.items, `${path}.items`);
  const members = overlap.sets;
  if (!checkArray(check, members, `${path}.sets`, { min: 2, max: Math.max(2, setCount) })) return;
  const named = new Set<string>();
  let valid = members.length >= 2;
  members.forEach((id, i) => {
    const idPath = `${path}.sets[${i}]`;
    if (typeof id !== "string") {
      fail(check, idPath, "must be the id of a set", id);
      valid = false;
    } else if (!ids.has(id)) {
      add(check, idPath, `names no set: unknown id "${id}"`);
      valid = false;
    } else if (named.has(id)) {
      add(check, idPath, `names set "${id}" twice`);
      valid = false;
    } else named.add(id);
  });
  if (!valid) return;
  const key = [...named].sort().join("\u0000");
  const first = seen.get(key);
  if (first !== undefined) add(check, `${path}.sets`, `the same sets as overlaps[${first}]; list each region once`);
  else seen.set(key, index);
}

/**
 * Checks `<VennDiagram>` props against the contract: 2 or 3 sets with unique ids and labels, overlaps naming
 * 2 or more known sets each, each region listed once, items as strings or `{ label }`. Returns `[]` when valid.
 */
export function validateVennDiagram(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check;
  const sets = record.sets;
  let ids = new Set<string>();
  if (checkArray(check, sets, "sets", { min: 2, max: 3 })) {
    ids = uniqueIds(check, sets, "sets");
    sets.forEach((set, i) => checkSet(set, `sets[${i}]`, check));
  }
  const setCount = Array.isArray(sets) ? sets.length : 0;
  if (record.overlaps !== undefined && checkArray(check, record.overlaps, "overlaps")) {
    const seen = new Map<string, number>();
    record.overlaps.forEach((overlap, i) => checkOverlap(overlap, i, ids, setCount, seen, check));
  }
  return check;
}
