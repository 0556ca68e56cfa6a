import type { ValidationProblem } from "../core/types";
import { checkRecord, add, requiredString, optionalString, optionalBoolean, optionalColor, checkArray, uniqueIds, formatValue, startValidation, type Problems } from "../core/validate";
import { RACI_CODES } from "./codes";

/** Fewest and most roles a RACI matrix draws. */
export const MIN_ROLES = 2;
export const MAX_ROLES = 8;

const isCode = (value: unknown): boolean => typeof value === "string" && (RACI_CODES as readonly string[]).includes(value);

function checkRoles(roles: unknown, check: Problems): Set<string> | null {
  if (!checkArray(check, roles, "roles", { min: MIN_ROLES, max: MAX_ROLES })) return null;
  roles.forEach((role, i) => {
    const path = `roles[${i}]`;
    if (!checkRecord(check, role, path, "must be an object with an id and a label")) return;
    requiredString(check, role.label, `${path}.label`);
    optionalColor(check, role.color, `${path}.color`);
  });
  return uniqueIds(check, roles, "roles");
}

/** Checks one role's code or codes; returns how many times they hold "A" (a doubled "A" is reported by the caller). */
function checkCodes(value: unknown, path: string, check: Problems): number {
  const codes = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && value.length === 0) add(check, path, 'must list at least 1 code (leave the role out for "not involved")');
  const seen = new Set<string>();
  let accountable = 0;
  codes.forEach((code, j) => {
    const codePath = Array.isArray(value) ? `${path}[${j}]` : path;
    if (!isCode(code)) {
      add(check, codePath, `must be one of "R", "A", "C", "I", got ${formatValue(code)}`);
      return;
    }
    if (code === "A") accountable += 1;
    else if (seen.has(code as string)) add(check, codePath, `duplicate code ${formatValue(code)}`);
    seen.add(code as string);
  });
  return accountable;
}

function checkTasks(tasks: unknown, roleIds: Set<string> | null, check: Problems): void {
  if (!checkArray(check, tasks, "tasks", { min: 1 })) return;
  const taskIds = new Set<string>();
  tasks.forEach((task, i) => {
    const path = `tasks[${i}]`;
    if (!checkRecord(check, task, path, "must be an object with a label and assignments")) return;
    if (task.id !== undefined && requiredString(check, task.id, `${path}.id`)) {
      if (taskIds.has(task.id)) add(check, `${path}.id`, `duplicate id "${task.id}"`);
      taskIds.add(task.id);
    }
    requiredString(check, task.label, `${path}.label`);
    optionalString(check, task.description, `${path}.description`);
    if (!checkRecord(check, task.assignments, `${path}.assignments`, "must be an object keyed by role id")) return;
    let accountable = 0;
    for (const [key, value] of Object.entries(task.assignments)) {
      const keyPath = `${path}.assignments.${key}`;
      if (roleIds && !roleIds.has(key)) add(check, keyPath, `unknown role id ${formatValue(key)}`);
      const held = checkCodes(value, keyPath, check);
      // One role answers for a task: a second "A", in the same role or another, is named where it appears.
      if (held > 0 && accountable + held > 1) add(check, keyPath, 'more than one "A": only one role is accountable for a task');
      accountable += held;
    }
  });
}

/**
 * Checks props for `<RaciMatrix>` against the API contract. Returns `[]` when they are valid, else one problem
 * per fault, each with the prop path (`tasks[2].assignments.pm`) and what is wrong.
 */
export function validateRaciMatrix(props: unknown): ValidationProblem[] {
  const { check, props: record } = startValidation(props);
  if (!record) return check;
  const roleIds = checkRoles(record.roles, check);
  checkTasks(record.tasks, roleIds, check);
  optionalBoolean(check, record.legend, "legend");
  return check;
}
