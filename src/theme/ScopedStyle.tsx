/** Props of a stylesheet element. */
export interface ScopedStyleProps {
  /** CSS written by this library (module constants and numbers it computed), never text from content. */
  css: string;
  /** Cascade layer for the rules; `none` leaves them unlayered. Default `ri-component`. */
  layer?: "ri-base" | "ri-component" | "none";
  /** Unlayered CSS written after the layered rules, in the same element. */
  after?: string;
}

/**
 * Every figure carries its own copy of the base rules, so on a page with several figures a later figure's base
 * rules follow an earlier figure's component rules. Cascade layers keep component rules winning whatever the
 * order, and being layered, all of them yield to the host page's own rules. The order is stated with the base
 * rules, which come first in every figure, so the first figure on a page fixes it before any component rule.
 */
const LAYER_ORDER = "@layer ri-base,ri-component;";

/**
 * Renders the library's own CSS in a `<style>` element inside the figure. React 18 HTML-escapes text children
 * of `<style>` on the server (`>` becomes `&gt;`), which breaks child combinators and attribute selectors and
 * fails hydration, so the CSS goes in as raw markup. Only library-authored CSS ever reaches this element.
 */
export function ScopedStyle({ css, layer = "ri-component", after = "" }: ScopedStyleProps) {
  const layered = (layer === "none" ? css : `${layer === "ri-base" ? LAYER_ORDER : ""}@layer ${layer}{${css}}`) + after;
  // A closing tag inside the CSS would end the element early; none is ever written, but it is neutralised anyway.
  const html = layered.replace(/<\/style/gi, "<\\/style");
  // eslint-disable-next-line no-restricted-syntax -- library-authored CSS, see above
  return <style dangerouslySetInnerHTML={{ __html: html }} />;
}
