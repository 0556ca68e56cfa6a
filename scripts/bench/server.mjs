// Server-side figures of the floor benchmark: renderToString time of each component against its hand-written
// floor (interleaved: one render of each in turn, so a burst of load on the shared machine hits both), server HTML
// bytes, layout-only time, the extreme-content worst case and the layout's growth with the number of items.
// Loads the built package (run `npm run build` first) under production React.
import { join, resolve } from "node:path";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { extreme, reference, tableOf, timelineOf, vennOf } from "./contents.mjs";
import { FloorTable, FloorTimeline, FloorVenn } from "./floor-markup.mjs";
import { markupComponent } from "./markup-tree.mjs";
import { cpuNow, median, quantile, timeMedian } from "./stats.mjs";

const root = resolve(import.meta.dirname, "../..");
const library = await import(join(root, "dist/index.js"));
const layouts = await import(join(root, "dist/layout.js"));

/** Each component with its floor, its layout function and the content of each kind. */
export const COMPONENTS = [
  { name: "VennDiagram", component: library.VennDiagram, floor: FloorVenn, layout: (p) => layouts.computeVennLayout(p), content: "venn", sized: vennOf },
  {
    name: "LifecycleTimeline",
    component: library.LifecycleTimeline,
    floor: FloorTimeline,
    // What the component lays out before the container is measured: the wide picture and the narrow one.
    layout: (p) => [layouts.computeLifecycleTimelineLayout(p, { width: 680 }), layouts.computeLifecycleTimelineLayout(p, { width: 320, orientation: "vertical" })],
    content: "timeline",
    sized: timelineOf,
  },
  { name: "ComparisonTable", component: library.ComparisonTable, floor: FloorTable, layout: (p) => layouts.computeComparisonTableLayout(p), content: "comparison", sized: tableOf },
];

const render = (component, props) => renderToString(createElement(component, props));

/**
 * Server render of every component, its floor and its own markup as a static tree (markup-tree.mjs), interleaved;
 * median and p95 in CPU ms, and HTML bytes of each.
 */
export function serverRender(runs) {
  const tasks = COMPONENTS.flatMap((c) => {
    const html = render(c.component, reference[c.content]);
    const markup = markupComponent(html);
    if (render(markup, {}) !== html) throw new Error(`${c.name}: the static tree does not give back the component's HTML`);
    return [
      { key: `${c.name}`, run: () => render(c.component, reference[c.content]) },
      { key: `${c.name} floor`, run: () => render(c.floor, reference[c.content]) },
      { key: `${c.name} markup`, run: () => render(markup, {}) },
    ];
  });
  const samples = Object.fromEntries(tasks.map((t) => [t.key, []]));
  for (let i = 0; i < 20; i++) tasks.forEach((t) => t.run());
  for (let i = 0; i < runs; i++) {
    for (const task of tasks) {
      const start = cpuNow();
      task.run();
      samples[task.key].push(cpuNow() - start);
    }
  }
  return COMPONENTS.map((c) => ({
    name: c.name,
    median: median(samples[c.name]),
    p95: quantile(samples[c.name], 0.95),
    floorMedian: median(samples[`${c.name} floor`]),
    floorP95: quantile(samples[`${c.name} floor`], 0.95),
    markupMedian: median(samples[`${c.name} markup`]),
    bytes: Buffer.byteLength(render(c.component, reference[c.content])),
    floorBytes: Buffer.byteLength(render(c.floor, reference[c.content])),
    layout: timeMedian(() => c.layout(reference[c.content]), 300),
  }));
}

/** Median server render (CPU ms) of each component on the extreme content, and whether it drew a picture (not an error). */
export function extremeRender(runs) {
  return COMPONENTS.map((c) => {
    const props = extreme[c.content];
    const html = render(c.component, props);
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const start = cpuNow();
      render(c.component, props);
      samples.push(cpuNow() - start);
    }
    return { name: c.name, median: median(samples), drawn: !html.includes("could not be drawn") };
  });
}

/** Layout time of each kind at each item count, and the growth ratio per doubling (the worst step). */
export function layoutSlope(counts = [10, 20, 40, 80]) {
  return COMPONENTS.map((c) => {
    const times = counts.map((count) => {
      const props = c.sized(count);
      return timeMedian(() => c.layout(props), count > 40 ? 40 : 100);
    });
    const growth = times.slice(1).map((t, i) => t / times[i]);
    return { name: c.name, counts, times, growth };
  });
}
