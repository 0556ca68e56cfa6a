import { schemeRules } from "./scheme-rules";
import { DARK_TOKENS, LIGHT_TOKENS, PALETTE_SIZE, SHARED_TOKENS, type ThemeTokens } from "./tokens";

/** The declarations of the tokens whose names pass `keep`, each with its value in `tokens` unless `value` gives one. */
const declarations = (tokens: ThemeTokens, keep: (name: string) => boolean, value = (name: string) => tokens[name as keyof ThemeTokens]) =>
  Object.keys(tokens)
    .map((name) => (keep(name) ? `${name}:${value(name)};` : ""))
    .join("");

/** The error figure's tokens, written by `ERROR_STYLESHEET` only. */
const isError = (name: string) => name.startsWith("--ri-error");

/** A token's system colour in forced-colours mode: grounds and fills Canvas, links and focus their own, the rest CanvasText. */
const forcedColor = (name: string) =>
  /bg|surface|fill/.test(name) ? "Canvas" : name === "--ri-accent" ? "LinkText" : name === "--ri-focus-ring" ? "Highlight" : "CanvasText";

/**
 * The scheme and forced-colours token rules of a figure that draws with the first `colors` palette colours (a token
 * of a later one, `--ri-set-N-…` with N above, is left out): light by default, dark for `data-theme="dark"` and for
 * `auto` when the reader prefers it (on screens only, so paper stays light). In forced-colours mode every token maps
 * to a system colour, so the reader's palette wins and outlines stay. A palette colour's ink is left out everywhere:
 * `paletteVar` falls back to `--ri-text` (CanvasText in forced colours). CSS `light-dark()` would write each colour
 * once, but a browser without it draws every shape black, over the words.
 */
function tokenRules(colors: number): string[] {
  const used = (name: string) => !/error|ink/.test(name) && !(Number(/\d+/.exec(name)?.[0]) > colors);
  return [
    ...schemeRules("", (scheme) =>
      scheme === "light"
        ? `${declarations(LIGHT_TOKENS, used)}${declarations(SHARED_TOKENS, used)}color-scheme:light`
        : `${declarations(DARK_TOKENS, used)}color-scheme:dark`,
    ),
    `@media (forced-colors:active){:where(.ri-figure){${declarations(LIGHT_TOKENS, used, forcedColor)}}}`,
  ];
}

/** The rules every figure carries whatever its colours. */
const BASE_RULES = [
  `:where(.ri-figure){margin:1.5em 0;padding:16px;border-radius:var(--ri-radius);color:var(--ri-text);background:var(--ri-bg);font-family:var(--ri-font-family);line-height:1.4;container-type:inline-size;box-sizing:border-box;max-width:100%;overflow-wrap:anywhere}`,
  `:where(.ri-figure) :where(*){box-sizing:border-box}`,
  `:where(.ri-figure .ri-header){margin:0 0 12px}`,
  `:where(.ri-figure .ri-title){margin:0;font-size:20px;font-weight:700;line-height:1.3;color:var(--ri-text)}`,
  `:where(.ri-figure .ri-description){margin:4px 0 0;font-size:14px;color:var(--ri-text-muted)}`,
  `:where(.ri-figure .ri-source){margin:12px 0 0;font-size:12px;color:var(--ri-text-muted)}`,
  `:where(.ri-figure a){color:var(--ri-accent)}`,
  `:where(.ri-figure svg){display:block;width:100%;height:auto;overflow:visible;margin-inline:auto}`,
  `:where(.ri-figure svg text){fill:currentColor}`,
  `:where(.ri-figure .ri-visually-hidden){position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}`,
  `:where(.ri-figure .ri-focus-ring){visibility:hidden;fill:none;stroke:var(--ri-focus-ring);stroke-width:2px;pointer-events:none}`,
  `:where(.ri-figure :focus-visible>.ri-focus-ring){visibility:visible}`,
  `:where(.ri-figure [tabindex]){outline:none}`,
  `:where(.ri-figure .ri-keyboard-hint){visibility:hidden;margin:8px 0 0;font-size:12px;line-height:16px;color:var(--ri-text-muted)}`,
  `:where(.ri-figure [data-ri-keys]:focus-within~.ri-keyboard-hint){visibility:visible}`,
  `:where(.ri-figure .ri-narrow){display:none}`,
  `:where(.ri-figure [data-ri-dim="true"]){opacity:.35}`,
  `:where(.ri-figure [data-ri-dim]){transition:opacity var(--ri-duration-hover) ease-out}`,
  `@media (prefers-reduced-motion:reduce){:where(.ri-figure) :where(*){transition:none}}`,
  // Paper shows everything at once: no keyboard hint or focus ring, nothing dimmed, no element left waiting for its entrance
  // (an inline opacity the entrance sets, hence the one !important), and a figure kept on one page where it fits.
  `@media print{:where(.ri-figure){break-inside:avoid}:where(.ri-figure :is(.ri-keyboard-hint,.ri-focus-ring)){display:none}:where(.ri-figure [data-ri-dim]){opacity:1}:where(.ri-figure [data-ri-enter]){opacity:1!important}}`,
].join("\n");

const cache: string[] = [];

/**
 * The stylesheet every figure carries, with tokens for the palette colours it draws with (`colors`, at most the
 * palette's size; a host may still set any other). Selectors sit in `:where()` so they have zero specificity: a host
 * page overrides any token or rule with an ordinary selector, no `!important`. Nothing here reaches outside `.ri-figure`.
 */
export function baseStylesheet(colors: number = PALETTE_SIZE): string {
  return (cache[colors] ??= [...tokenRules(colors), BASE_RULES].join("\n"));
}

/** The error figure's own rules and colour tokens, carried by the error figure only (base layer, like the above). */
export const ERROR_STYLESHEET = [
  ...schemeRules("", (scheme) => declarations(scheme === "light" ? LIGHT_TOKENS : DARK_TOKENS, isError)),
  `@media (forced-colors:active){:where(.ri-figure){--ri-error-text:CanvasText;--ri-error-bg:Canvas}}`,
  `:where(.ri-figure .ri-error){padding:12px;border:2px solid var(--ri-error-text);border-radius:var(--ri-radius);background:var(--ri-error-bg);color:var(--ri-error-text);font-size:14px}`,
  `:where(.ri-figure .ri-error ul){margin:8px 0 0;padding-inline-start:20px}`,
  `:where(.ri-figure .ri-error code){font-family:ui-monospace,monospace;font-weight:700}`,
].join("\n");
