// Every story's content, drawn by the static renderer: what a designer exports from any story must be a good file.
/// <reference types="vite/client" />
import { JSDOM } from "jsdom";
import { renderToString } from "react-dom/server";
import * as library from "../../src";
import { KIND_NAMES, loadKind } from "../../src/kinds";
import { InvalidContentError, renderToSVG } from "../../src/static";
import { labelsOf } from "../kinds/examples";

type StoryModule = { default: { component?: unknown; args?: Record<string, unknown> } } & Record<string, { args?: Record<string, unknown> } | unknown>;
const modules = import.meta.glob<StoryModule>("../../stories/*.stories.tsx", { eager: true });

/** Every story of a kind's stories file, as [story name, props]. */
async function storiesOfKind(name: string): Promise<[string, Record<string, unknown>][]> {
  // Stories show the component as exported from the package (the registry holds it without its Suspense boundary).
  const { componentName } = await loadKind(name);
  const exported = (library as Record<string, unknown>)[componentName];
  const module = Object.values(modules).find((candidate) => candidate.default.component === exported);
  if (!module) return [];
  return Object.entries(module)
    .filter(([key]) => key !== "default")
    .map(([key, story]) => [key, { ...module.default.args, ...((story as { args?: Record<string, unknown> }).args ?? {}) }]);
}

/** Text with spaces and hyphens taken out, since wrapping adds line breaks and hyphens. */
const joined = (text: string) => text.replace(/[-\s]/g, "");

describe.each(KIND_NAMES)("every %s story as a standalone SVG", { timeout: 120_000 }, (name) => {
  it("parses as XML and holds every label the page shows, or is refused with the problems when the story shows bad input", async () => {
    const stories = await storiesOfKind(name);
    expect(stories.length, `${name} has a stories file`).toBeGreaterThan(0);
    const { validate, Component } = await loadKind(name);
    for (const [story, props] of stories) {
      if (validate(props).length > 0) {
        await expect(renderToSVG(name, props), story).rejects.toThrow(InvalidContentError);
        continue;
      }
      // What the page shows: the server HTML (a timeline shows only the active stage's items, for example).
      const page = joined(new JSDOM(renderToString(<Component {...props} title={props.title as string} />)).window.document.body.textContent ?? "");
      const shown = labelsOf(props).filter((label) => page.includes(joined(label)));
      for (const width of [720, 360]) {
        const root = new JSDOM(await renderToSVG(name, props, { width }), { contentType: "image/svg+xml" }).window.document.documentElement;
        const names = Array.from(root.querySelectorAll("[aria-label]"), (element: Element) => element.getAttribute("aria-label"));
        const text = joined(`${root.textContent} ${names.join(" ")}`);
        for (const label of shown) expect(text, `${story} at ${width} px: ${label}`).toContain(joined(label));
      }
    }
  });
});
