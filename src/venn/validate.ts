import type { ValidationProblem } from "../core/types";
import { describeType, isRecord, startValidation, type ProblemCollector } from "../core/validate";

function checkSet(set: unknown, path: string, check: ProblemCollector): void {
  if (!isRecord(set)) {
    check.add(path, `must be an object with an id and a label, got ${describeType(set)}`);
    return;
  }
  check.requiredString(set.label, `${path}.label`);
  check.optionalItems(set.items, `${path}.items`);
  check.optionalColor(set.color, `${path}.color`);
}

function checkOverlap(overlap: unknown, index: number, ids: Set<string>, setCount: number, seen: Map<string, number>, check: ProblemCollector): void {
  const path = `overlaps[${index}]`;
  if (!isRecord(overlap)) {
    check.add(path, `must be an object with a list of set ids, got ${describeType(overlap)}`);
    return;
  }
  check.optionalString(overlap.label, `${path}.label`);
  check.optionalItems(overlap.items, `${path}.items`);
  const members = overlap.sets;
  if (!check.array(members, `${path}.sets`, { min: 2, max: Math.max(2, setCount) })) return;
  const named = new Set<string>();
  let valid = members.length >= 2;
  members.forEach((id, i) => {
    const idPath = `${path}.sets[${i}]`;
    if (typeof id !== "string") {
      check.add(idPath, `must be the id of a set, got ${describeType(id)}`);
      valid = false;
    } else if (!ids.has(id)) {
      check.add(idPath, `names no set: unknown id "${id}"`);
      valid = false;
    } else if (named.has(id)) {
      check.add(idPath, `names set "${id}" twice`);
      valid = false;
    } else named.add(id);
  });
  if (!valid) return;
  const key = [...named].sort().join("\u0000");
  const first = seen.get(key);
  if (first !== undefined) check.add(`${path}.sets`, `the same sets as overlaps[${first}]; list each region once`);
  else seen.set(key, index);
}

/**
 * Checks `<VennDiagram>` props against the contract: 2 or 3 sets with unique ids and labels, overlaps naming
 * 2 or more known sets each, each region listed once, items as strings or `{ label }`. Returns `[]` when valid.
 */
export function validateVennDiagram(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check.problems;
  const sets = record.sets;
  let ids = new Set<string>();
  if (check.array(sets, "sets", { min: 2, max: 3 })) {
    ids = check.uniqueIds(sets, "sets");
    sets.forEach((set, i) => checkSet(set, `sets[${i}]`, check));
  }
  const setCount = Array.isArray(sets) ? sets.length : 0;
  if (record.overlaps !== undefined && check.array(record.overlaps, "overlaps")) {
    const seen = new Map<string, number>();
    record.overlaps.forEach((overlap, i) => checkOverlap(overlap, i, ids, setCount, seen, check));
  }
  return check.problems;
}
