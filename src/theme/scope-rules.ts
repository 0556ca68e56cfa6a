/**
 * Scopes a kind's rules under its root class with zero specificity: `a{…}` becomes `:where(.root a){…}`, each
 * selector of a list scoped on its own, so that any rule of the host page wins.
 */
export function scopeRules(rules: readonly string[], root: string): string[] {
  return rules.map((rule) => {
    const open = rule.indexOf("{");
    const selectors = rule.slice(0, open).split(",").map((s) => `${root} ${s.trim()}`).join(",");
    return `:where(${selectors})${rule.slice(open)}`;
  });
}
