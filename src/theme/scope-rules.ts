/**
 * Scopes a kind's rules under its root class with zero specificity: `a{…}` becomes `:where(.root a){…}`, each
 * selector of a list scoped on its own, so that any rule of the host page wins. With no root (`""`) the rules only
 * get zero specificity, for selectors that name the library's own prefixed classes.
 */
export function scopeRules(rules: readonly string[], root: string): string[] {
  return rules.map((rule) => {
    const open = rule.indexOf("{");
    const selectors = rule
      .slice(0, open)
      .split(",")
      .map((s) => (root ? `${root} ${s.trim()}` : s.trim()))
      .join(",");
    return `:where(${selectors})${rule.slice(open)}`;
  });
}
