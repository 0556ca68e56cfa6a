// The hand-written floor: the reference content as a person would write it by hand in React, with the same
// visible content as the library's infographics and none of their machinery. Imported by Node (server render)
// and by the browser page (hydration), so plain ES with createElement and no JSX.
import { createElement as h } from "react";

const label = (item) => (typeof item === "string" ? item : item.label);

/** A figure with two circles and their labels drawn in SVG, and each region's items as lists under it. */
export function FloorVenn({ title, description, sets, overlaps = [] }) {
  const regions = [
    ...sets.map((set) => ({ name: `${set.label} only`, items: set.items })),
    ...overlaps.map((overlap) => ({ name: overlap.label ?? "Both", items: overlap.items })),
  ];
  return h(
    "figure",
    { className: "floor-venn" },
    h("figcaption", null, h("strong", null, title), description ? h("p", null, description) : null),
    h(
      "svg",
      { viewBox: "0 0 600 360", role: "img", "aria-label": sets.map((set) => set.label).join(" and ") },
      h("circle", { cx: 220, cy: 190, r: 160, fill: "#4f7cac", fillOpacity: 0.25, stroke: "#4f7cac" }),
      h("circle", { cx: 380, cy: 190, r: 160, fill: "#c0504d", fillOpacity: 0.25, stroke: "#c0504d" }),
      sets.map((set, i) => h("text", { key: set.id, x: i === 0 ? 140 : 460, y: 20, textAnchor: "middle" }, set.label)),
    ),
    regions.map((region) =>
      h("section", { key: region.name }, h("h3", null, region.name), h("ul", null, region.items.map((item) => h("li", { key: label(item), title: item.description }, label(item))))),
    ),
  );
}

/** An ordered list of stages with their descriptions, and who leads which stages. */
export function FloorTimeline({ title, description, stages, lanes = [] }) {
  const name = (id) => stages.find((stage) => stage.id === id)?.label;
  return h(
    "figure",
    { className: "floor-timeline" },
    h("figcaption", null, h("strong", null, title), description ? h("p", null, description) : null),
    h("ol", null, stages.map((stage) => h("li", { key: stage.id }, h("strong", null, stage.label), stage.description ? h("p", null, stage.description) : null))),
    h(
      "ul",
      null,
      lanes.flatMap((lane) => lane.spans.map((span) => h("li", { key: `${lane.id}-${span.from}` }, `${lane.label}: ${span.label ?? ""} (${name(span.from)} to ${name(span.to)})`))),
    ),
  );
}

const cell = (value) =>
  Array.isArray(value) ? h("ul", null, value.map((item) => h("li", { key: label(item) }, label(item)))) : typeof value === "boolean" ? (value ? "Yes" : "No") : String(value);

/** A plain table: a header row of columns, a row per aspect. */
export function FloorTable({ title, rowHeaderLabel, columns, rows }) {
  return h(
    "table",
    { className: "floor-table" },
    h("caption", null, title),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, rowHeaderLabel ?? ""), columns.map((column) => h("th", { key: column.id, scope: "col" }, column.label)))),
    h(
      "tbody",
      null,
      rows.map((row) =>
        h("tr", { key: row.label }, h("th", { scope: "row" }, row.label), columns.map((column) => h("td", { key: column.id }, cell(row.values[column.id])))),
      ),
    ),
  );
}
