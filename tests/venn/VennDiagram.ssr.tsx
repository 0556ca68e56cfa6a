import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { VennDiagram, type VennDiagramProps } from "../../src/venn";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";

const reference = fixture.venn as VennDiagramProps;

/** Visible text of the HTML, without the stylesheet, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("<VennDiagram> on the server", () => {
  const html = renderToString(<VennDiagram {...reference} />);

  it("writes the title, every set label, region name and item into the HTML", () => {
    const text = textOf(html);
    const items = [...reference.sets.flatMap((s) => s.items ?? []), ...(reference.overlaps ?? []).flatMap((o) => o.items ?? [])];
    const words = [reference.title, ...reference.sets.map((s) => s.label), "Both", "Product manager only", ...items.map((i) => (typeof i === "string" ? i : i.label))];
    // The stacked cards carry every item whole; the picture carries it in wrapped lines.
    for (const word of words) expect(text).toContain(word);
    expect(text).toContain("Understands the problem the product solves and who it is for.");
  });

  it("draws the finished picture: nothing at opacity 0 or scaled to nothing", () => {
    expect(html).not.toMatch(/opacity:\s*0(?![.\d])/);
    expect(html).not.toContain("scale(0");
    expect(html).toContain("<svg");
    expect(html.match(/role="list"/g)).toHaveLength(3);
  });

  it("writes the container query that swaps in the cards below the readable width", () => {
    expect(html).toMatch(/@container \(max-width:\d+px\)\{\.ri-i[\w-]+ \.ri-wide\{display:none\}/);
  });

  it("renders the error figure on the server for bad input, without throwing", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = renderToString(<VennDiagram {...({ title: "Bad", sets: [{ id: "a", label: "A" }] } as VennDiagramProps)} />);
    expect(textOf(bad)).toContain("sets: must have 2 to 3 entries, got 1");
    log.mockRestore();
  });
});
