import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { ComparisonTableProps } from "../../src/comparison-table";
import { computeComparisonTableLayout } from "../../src/comparison-table/layout";
import { renderToSVG } from "../../src/static";
import { contrastRatio } from "../../src/theme/contrast";
import { staticPalette } from "../../src/theme/static-palette";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";

const reference = fixture.comparison as ComparisonTableProps;

/** Six columns with numbers, every kind of value, and a row label with a very long word. */
const sixColumns: ComparisonTableProps = {
  title: "Six note-taking apps",
  rowHeaderLabel: "Feature",
  columns: ["Notion", "Obsidian", "Bear", "Apple Notes", "Evernote", "Logseq"].map((label, i) => ({ id: `c${i}`, label })),
  rows: [
    { label: "Price", values: { c0: 10, c1: 4.5, c2: 2.99, c3: 0, c4: 14.99, c5: null } },
    { label: "Offline", values: { c0: false, c1: true, c2: true, c3: true, c4: false, c5: true } },
    { label: "Extraordinarily-long-hyphenated-label for sharing", values: { c0: "Real-time collaboration", c2: "iCloud only" } },
    { label: "Exports", values: { c0: ["Markdown", { label: "PDF", href: "https://example.com/pdf" }], c1: ["Markdown"] } },
  ],
};

async function drawn(props: ComparisonTableProps, width: number, theme: "light" | "dark" = "light") {
  const svg = await renderToSVG("comparison-table", props, { width, theme });
  return { svg, root: new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.documentElement };
}

/** The size a text is seen at: its font size times every scale() on the way up. */
function seenFontSize(text: Element): number {
  let size = Number(text.getAttribute("font-size"));
  for (let node = text.parentElement; node; node = node.parentElement) {
    const scale = /scale\(([\d.]+)\)/.exec(node.getAttribute("transform") ?? "");
    if (scale) size *= Number(scale[1]);
  }
  return size;
}

/** The x of a cell's content box, read from the translate() that places it. */
const contentX = (cell: Element) => Number(/translate\(([\d.]+)/.exec(cell.querySelector("g[transform]")!.getAttribute("transform")!)![1]);

describe("the comparison table as a standalone SVG", () => {
  it("draws the table at 720 px and one card per column at 360 px, as the component does", async () => {
    const wide = (await drawn(reference, 720)).root;
    expect(wide.querySelector('[role="table"]')).not.toBeNull();
    expect(Array.from(wide.querySelectorAll('[role="columnheader"]'), (cell) => cell.textContent)).toEqual(["Aspect", "Product manager", "Project manager"]);
    expect(wide.querySelectorAll('[role="rowheader"]')).toHaveLength(reference.rows.length);

    const narrow = (await drawn(reference, 360)).root;
    expect(narrow.querySelector('[role="table"]')).toBeNull();
    const text = narrow.textContent!.replace(/\s+/g, " ");
    // Each card lists every row label again, with that column's value under it.
    for (const column of reference.columns) expect(text).toContain(column.label);
    expect(text.split("Owns the budget")).toHaveLength(reference.columns.length + 1);
  });

  it("sets the cards two side by side where two fit, as the component's card grid does", async () => {
    const { root } = await drawn(sixColumns, 560);
    expect(root.querySelector('[role="table"]')).toBeNull();
    const titles = Array.from(root.querySelectorAll("text[font-weight='700'][font-size='16']"), (text) => ({
      label: text.textContent,
      x: Number(text.querySelector("tspan")!.getAttribute("x")) + Number(/translate\(([\d.]+) 0\)/.exec(text.parentElement!.getAttribute("transform") ?? "")?.[1] ?? 0),
      y: Number(text.querySelector("tspan")!.getAttribute("y")),
    }));
    expect(titles.map((title) => title.label)).toEqual(sixColumns.columns.map((column) => column.label));
    // Notion and Obsidian share a row, Obsidian to the right; Bear starts the next row.
    expect(titles[1]!.y).toBe(titles[0]!.y);
    expect(titles[1]!.x).toBeGreaterThan(titles[0]!.x + 200);
    expect(titles[2]!.y).toBeGreaterThan(titles[0]!.y);
  });

  it.each([360, 560, 720, 760, 1000])("keeps every text at 12 px or more at %i px, scaled or not", async (width) => {
    for (const props of [reference, sixColumns]) {
      const { root } = await drawn(props, width);
      const sizes = Array.from(root.querySelectorAll("text"), seenFontSize);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      expect(Number(root.getAttribute("width"))).toBe(width);
    }
  });

  it("scales a table that needs more room than it is given, down to where its text would drop under 12 px", async () => {
    const natural = computeComparisonTableLayout(sixColumns);
    // Figure padding is 16 px a side; just above the width where the component stacks its cards.
    const width = Math.ceil(natural.narrowBelow) + 1 + 32;
    expect(width - 32).toBeLessThan(natural.width);
    const { root } = await drawn(sixColumns, width);
    const table = root.querySelector('[role="table"]')!;
    expect(table.getAttribute("transform")).toMatch(/^scale\(0\.\d+\)$/);
    expect((await drawn(sixColumns, width - 2)).root.querySelector('[role="table"]')).toBeNull();
  });

  it("draws yes and no as glyphs that read as Yes and No", async () => {
    const wide = (await drawn(reference, 720)).root;
    const glyphCells = Array.from(wide.querySelectorAll('[role="cell"][aria-label]'));
    expect(glyphCells.map((cell) => cell.getAttribute("aria-label"))).toEqual(["Yes", "No", "No", "Yes"]);
    for (const cell of glyphCells) expect(cell.querySelector("circle")).not.toBeNull();

    const narrow = (await drawn(reference, 360)).root;
    const words = Array.from(narrow.querySelectorAll("text"), (text) => text.textContent);
    expect(words.filter((word) => word === "Yes" || word === "No")).toHaveLength(4);
  });

  it.each(["light", "dark"] as const)("outlines the highlighted column so that it keeps 3:1 against the %s background", async (theme) => {
    const bg = staticPalette(theme).bg;
    for (const color of [undefined, "#ffdd00", "#202020"]) {
      const props = { ...reference, highlightColumnId: "project", columns: [reference.columns[0]!, { ...reference.columns[1]!, color }] };
      const { root } = await drawn(props, 720, theme);
      const outline = root.querySelector('[role="table"] > rect[fill="none"]')!;
      expect(outline).not.toBeNull();
      expect(contrastRatio(outline.getAttribute("stroke")!, bg), color).toBeGreaterThanOrEqual(3);
    }
  });

  it("puts the row labels on the right in right-to-left text", async () => {
    const { root } = await drawn({ ...reference, dir: "rtl" }, 720);
    expect(root.getAttribute("direction")).toBe("rtl");
    for (const row of Array.from(root.querySelectorAll('[role="row"]')).slice(1)) {
      const label = row.querySelector('[role="rowheader"]')!;
      for (const cell of Array.from(row.querySelectorAll('[role="cell"]'))) expect(contentX(label)).toBeGreaterThan(contentX(cell));
    }
  });

  it("sets numbers in tabular figures at the end of the cell, and links underlined in an <a href>", async () => {
    const { root } = await drawn(sixColumns, 1000);
    const price = Array.from(root.querySelectorAll('[role="cell"] text')).find((text) => text.textContent === "4.5")!;
    expect(price.getAttribute("font-variant")).toBe("tabular-nums");
    expect(price.getAttribute("text-anchor")).toBe("end");
    const link = root.querySelector('a[href="https://example.com/pdf"] > text')!;
    expect(link.textContent).toBe("PDF");
    expect(link.getAttribute("text-decoration")).toBe("underline");
  });

  it("writes every style as an attribute: no classes, no style attributes, no stylesheet", async () => {
    for (const width of [360, 720]) {
      const { svg } = await drawn({ ...reference, highlightColumnId: "product" }, width, "dark");
      expect(svg).not.toMatch(/ class=| style=|<style|var\(--/);
    }
  });
});
