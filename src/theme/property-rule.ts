/**
 * A CSS rule that sets custom properties (colour roles from `colorRoleProperties`) on `selector`: lets a figure write
 * a colour once per set, lane or column in its own stylesheet instead of in a style attribute on every element.
 * Only values the library checked (`isSafeCssColor`) or computed may be passed.
 */
export function propertyRule(selector: string, properties: object): string {
  const declarations = Object.entries(properties)
    .map(([name, value]) => `${name}:${String(value)}`)
    .join(";");
  return `${selector}{${declarations}}`;
}

/** A class name unique to one rendering, from a `useId` value, for rules that must reach only its own elements. */
export function scopeClass(prefix: string, uid: string): string {
  return `${prefix}${uid.replace(/[^a-zA-Z0-9_-]/g, "")}`;
}
