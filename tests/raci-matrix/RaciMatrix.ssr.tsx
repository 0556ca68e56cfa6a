import { JSDOM } from "jsdom";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { RaciMatrix } from "../../src/raci-matrix";
import type { RaciMatrixProps } from "../../src/raci-matrix";
import { renderToSVG } from "../../src/static";
import fixture from "../../stories/fixtures/raci-matrix.json";

const reference = fixture as RaciMatrixProps;
/** The page as a reader gets it: decorative (aria-hidden) drawings such as the badges' letters left out. */
function documentOf(html: string): Document {
  const doc = new JSDOM(html).window.document;
  doc.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return doc;
}

describe("<RaciMatrix> on the server", () => {
  const html = renderToString(<RaciMatrix {...reference} />);
  const doc = documentOf(html);

  it("writes a table whose cells read their codes in words, with row and column headers", () => {
    const table = doc.querySelector('[role="table"]')!;
    expect(Array.from(table.querySelectorAll('[role="columnheader"]'), (cell) => cell.textContent)).toEqual(reference.roles.map((role) => role.label));
    expect(Array.from(table.querySelectorAll('[role="rowheader"]'), (cell) => cell.textContent!.trim())).toEqual(
      reference.tasks.map((task) => `${task.label} ${task.description}`),
    );
    const firstRow = Array.from(table.querySelectorAll('[role="row"]')[1]!.querySelectorAll('[role="cell"]'), (cell) => cell.getAttribute("aria-label"));
    expect(firstRow).toEqual(["Responsible and accountable", "Informed", "Consulted", "Consulted", "Informed"]);
    const lastRow = Array.from(table.querySelectorAll('[role="row"]')[6]!.querySelectorAll('[role="cell"]'), (cell) => cell.getAttribute("aria-label"));
    expect(lastRow).toContain("Not involved");
  });

  it("writes the legend, and leaves it out when legend is false", () => {
    expect(doc.querySelector('[aria-label="Legend"]')!.textContent).toMatch(/Responsible.*Accountable.*Consulted.*Informed/);
    expect(documentOf(renderToString(<RaciMatrix {...reference} legend={false} />)).querySelector('[aria-label="Legend"]')).toBeNull();
  });

  it("writes the narrow cards too, each listing every assignment in words, and the container query that picks a layout", () => {
    const cards = Array.from(doc.querySelectorAll(".ri-narrow li"), (entry) => entry.textContent!.replace(/\s+/g, " ").trim());
    expect(cards).toEqual(expect.arrayContaining(["Accountable: Product manager", "Responsible: Engineering lead, Design lead", "Consulted: Design lead", "Informed: Engineering lead", "Not involved: Project manager"]));
    expect(html).toMatch(/@container \(max-width:\d+px\)\{[^}]*\.ri-wide\{display:none\}/);
  });

  it("shows the finished picture: nothing hidden or faded before hydration", () => {
    expect(html).not.toMatch(/opacity:\s*0(?![.\d])/);
    expect(html).toMatch(/data-ri-enter="\d+"/); // marked to fade in, in order
    expect(doc.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it("renders the error figure naming the prop path for bad content, and logs it once", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = renderToString(<RaciMatrix {...reference} tasks={[{ label: "Roadmap", assignments: { product: "A", project: "A" } }]} />);
    expect(bad).toContain("tasks[0].assignments.project");
    expect(bad).toContain("more than one &quot;A&quot;");
    error.mockRestore();
  });
});

describe("the RACI matrix as a standalone SVG", () => {
  const drawn = async (props: RaciMatrixProps, width: number) =>
    new JSDOM(await renderToSVG("raci-matrix", props, { width }), { contentType: "image/svg+xml" }).window.document.documentElement;

  it("draws the table with its legend at 720 px and one card per task at 360 px", async () => {
    const wide = await drawn(reference, 720);
    expect(wide.querySelectorAll('[role="cell"][aria-label="Responsible and accountable"]')).toHaveLength(3);
    expect(wide.querySelector('[aria-label="Legend"]')!.textContent).toContain("Informed");
    const narrow = await drawn(reference, 360);
    expect(narrow.querySelector('[role="table"]')).toBeNull();
    const text = narrow.textContent!.replace(/\s+/g, " ");
    expect(text).toContain("Accountable: Project manager");
    expect(text).toContain("Not involved: Project manager");
  });

  it("keeps every font at 12 px or more, scaled or not", async () => {
    for (const width of [360, 500, 720, 1000]) {
      const root = await drawn(reference, width);
      for (const text of Array.from(root.querySelectorAll("text"))) {
        let size = Number(text.getAttribute("font-size"));
        for (let node = text.parentElement; node; node = node.parentElement) {
          const scale = /scale\(([\d.]+)\)/.exec(node.getAttribute("transform") ?? "");
          if (scale) size *= Number(scale[1]);
        }
        // Badge letters in the cards are decoration (the words beside them say the code).
        if (text.closest("[aria-hidden]")) continue;
        expect(size, `${text.textContent} at ${width}`).toBeGreaterThanOrEqual(12);
      }
    }
  });
});
