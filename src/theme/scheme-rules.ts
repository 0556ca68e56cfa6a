import type { ColorScheme } from "./custom-color";

/**
 * Zero-specificity rules that give the elements matching `descendant` inside a figure (or the figure itself when
 * it is empty) the declarations of the figure's scheme: light by default, dark for `data-theme="dark"`, and dark
 * for `data-theme="auto"` when the reader prefers it; the dark rules apply on screens only, so paper (white) keeps
 * the light ones without a second copy of them. Written into the server HTML, so right before any script.
 */
export function schemeRules(descendant: string, declarationsFor: (scheme: ColorScheme) => string): string[] {
  const scope = (theme: string) => `:where(.ri-figure${theme}${descendant ? ` ${descendant}` : ""})`;
  const [light, dark] = [declarationsFor("light"), declarationsFor("dark")];
  return [
    `${scope("")}{${light}}`,
    `@media screen{${scope('[data-theme="dark"]')}{${dark}}}`,
    `@media screen and (prefers-color-scheme:dark){${scope('[data-theme="auto"]')}{${dark}}}`,
  ];
}
