import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ComparisonTable } from "../../src/comparison-table";
import type { ComparisonTableProps } from "../../src/comparison-table";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";

const reference = fixture.comparison as ComparisonTableProps;

function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("<ComparisonTable> on the server", () => {
  const html = renderToString(<ComparisonTable {...reference} />);

  it("writes every label and value into the HTML", () => {
    const text = textOf(html);
    const words = [reference.title, reference.rowHeaderLabel!, ...reference.columns.map((c) => c.label), ...reference.rows.map((r) => r.label)];
    for (const row of reference.rows) {
      for (const value of Object.values(row.values)) {
        if (typeof value === "string") words.push(value);
        if (Array.isArray(value)) words.push(...value.map(String));
      }
    }
    // Wrapped lines are joined with spaces in the table; the stacked cards carry every text whole.
    for (const word of words) expect(text, word).toContain(word);
  });

  it("shows the finished picture: nothing hidden, faded or scaled to zero", () => {
    expect(html).not.toMatch(/opacity:\s*0(?![.\d])/);
    expect(html).not.toContain("scale(0");
    expect(html).toContain("data-ri-enter=");
  });

  it("renders both layouts and the container query that picks one before any script runs", () => {
    expect(html).toContain('class="ri-wide"');
    expect(html).toContain('class="ri-narrow"');
    expect(html).toMatch(/@container \(max-width:583px\)/);
    expect(html).toContain('role="table"');
    expect(html).toContain('aria-label="Yes"');
  });

  it("formats numbers the same on every server, whatever its own locale", () => {
    const props: ComparisonTableProps = { title: "Prices", columns: [{ id: "a", label: "A" }, { id: "b", label: "B" }], rows: [{ label: "Price", values: { a: 1234.5, b: 99 } }] };
    expect(textOf(renderToString(<ComparisonTable {...props} />))).toContain("1,234.5");
    expect(textOf(renderToString(<ComparisonTable {...props} locale="de-DE" />))).toContain("1.234,5");
  });

  it("escapes markup in labels rather than interpreting it", () => {
    const props: ComparisonTableProps = {
      title: "Markup <b>stays</b> text",
      columns: [{ id: "a", label: "<img src=x onerror=alert(1)>" }, { id: "b", label: "B" }],
      rows: [{ label: "Row", values: { a: "<script>alert(1)</script>" } }],
    };
    const out = renderToString(<ComparisonTable {...props} />);
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;");
  });

  it("renders the error figure for bad input on the server too", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const out = renderToString(<ComparisonTable {...reference} columns={[reference.columns[0]!]} />);
    expect(out).toContain("columns");
    expect(out).toContain("must have 2 to 6 entries, got 1");
    log.mockRestore();
  });
});
