import type { ColorScheme } from "./custom-color";

/**
 * Zero-specificity rules that give the elements matching `descendant` inside a figure (or the figure itself when
 * it is empty) the declarations of the figure's scheme: light by default, dark for `data-theme="dark"`, and dark
 * for `data-theme="auto"` when the reader prefers it, and light again in print (paper is white). Written into the
 * server HTML, so right before any script.
 */
export function schemeRules(descendant: string, declarationsFor: (scheme: ColorScheme) => string): string[] {
  const scope = (theme: string) => `:where(.ri-figure${theme}${descendant ? ` ${descendant}` : ""})`;
  const [light, dark] = [declarationsFor("light"), declarationsFor("dark")];
  return [
    `${scope("")}{${light}}`,
    `${scope('[data-theme="dark"]')}{${dark}}`,
    `@media (prefers-color-scheme:dark){${scope('[data-theme="auto"]')}{${dark}}}`,
    `@media print{${scope("")}{${light}}}`,
  ];
}
