import type { ComponentType } from "react";
import * as library from "../../src";
import { KIND_NAMES, loadKind } from "../../src/kinds";
import { renderToHTML, renderToSVG } from "../../src/static";
import type { ExportFormat, ExportResult } from "./events";

/** An answer before the panel's request number is put on it. */
type ExportAnswer = ExportResult extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

/** The story being shown: its component, its args (toolbar overrides applied) and the width it is drawn at. */
export interface ExportSource {
  /** The story's component. */
  component: unknown;
  /** Props the story renders with. */
  args: Record<string, unknown>;
  /** Width of the drawn figure in px, when it is on screen. */
  width?: number;
}

/**
 * The script tag of the embed code: the package's dist/embed folder, copied to the site, loaded once per page.
 * The path is an example the site owner adjusts to wherever the folder is served from.
 */
export const EMBED_SCRIPT = `<!-- node_modules/react-infographics/dist/embed/ copied to /react-infographics/embed/ on your site -->
<script type="module" src="/react-infographics/embed/embed.js"></script>`;

/** The kind in the registry whose component, as the package exports it, the story shows, if any. */
async function kindOf(component: unknown): Promise<string | undefined> {
  // The registry holds each figure without the Suspense boundary the exported component hydrates in.
  for (const name of KIND_NAMES) {
    if ((library as Record<string, unknown>)[(await loadKind(name)).componentName] === (component as ComponentType)) return name;
  }
  return undefined;
}

/** Light or dark as the reader sees the story now (`auto` follows the system). */
function schemeOf(theme: unknown): "light" | "dark" {
  const name = typeof theme === "object" && theme !== null ? (theme as { base?: string }).base : theme;
  if (name === "dark" || name === "light") return name;
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Draws an SVG document onto a canvas at `scale` and returns it as a PNG data URL. */
export async function svgToPng(svg: string, scale: number): Promise<string> {
  const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  const width = Number(root.getAttribute("width"));
  const height = Number(root.getAttribute("height"));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw on a canvas");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL("image/png");
}

/** Renders the story as the asked format with the static renderer: the same output the CLI writes. */
export async function exportStory(format: ExportFormat, source: ExportSource): Promise<ExportAnswer> {
  try {
    const kind = await kindOf(source.component);
    if (!kind) return { format, kind: "error", message: "This story does not show a single infographic; open one of the Infographics stories." };
    const options = { theme: schemeOf(source.args.theme), width: Math.round(source.width ?? 720) };
    if (format === "html" || format === "embed") {
      const html = await renderToHTML(kind, source.args, { theme: options.theme });
      return { format, kind: "text", text: format === "embed" ? `${html}\n${EMBED_SCRIPT}\n` : html };
    }
    const svg = await renderToSVG(kind, source.args, options);
    if (format === "svg") return { format, kind: "file", filename: `${kind}.svg`, dataUrl: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` };
    const scale = format === "png-2x" ? 2 : 1;
    return { format, kind: "file", filename: `${kind}@${scale}x.png`, dataUrl: await svgToPng(svg, scale) };
  } catch (error) {
    return { format, kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
}
