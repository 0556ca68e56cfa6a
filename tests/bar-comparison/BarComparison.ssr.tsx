import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarComparison, type BarComparisonProps } from "../../src/bar-comparison";
import fixture from "../../stories/fixtures/bar-comparison.json";

const reference = fixture.salaries as BarComparisonProps;

describe("<BarComparison> on the server", () => {
  const html = renderToString(<BarComparison {...reference} />);

  it("writes a table of categories by series with every formatted value", () => {
    const table = html.slice(html.indexOf("<table"), html.indexOf("</table>"));
    for (const s of reference.series) expect(table).toContain(`<th scope="col">${s.label}</th>`);
    for (const c of reference.categories) expect(table).toContain(`<th scope="row">${c.label}</th>`);
    for (const value of ["$78,000", "$104,000", "$136,000", "$165,000", "$66,000", "$87,000", "$111,000", "$134,000"]) expect(table).toContain(`<td>${value}</td>`);
  });

  it("draws both layouts complete and at full opacity, each bar named for keyboard users", () => {
    expect(html).not.toMatch(/opacity:\s*0/);
    expect(html.match(/role="img" aria-label="Junior, Product manager: \$78,000"/g)).toHaveLength(2);
    expect(html.match(/tabindex="0"/g)).toHaveLength(2);
    expect(html).toContain("@container (max-width:");
  });

  it("formats values in the given locale and prints No data for null", () => {
    const german = renderToString(<BarComparison {...(fixture.german as BarComparisonProps)} />);
    expect(german).toContain("52.000 €");
    const missing = renderToString(<BarComparison {...(fixture.missing as BarComparisonProps)} />);
    expect(missing).toContain("<td>No data</td>");
    expect(missing).toContain("Mobile, Spring: No data");
  });

  it("renders the error figure with the path for bad content", () => {
    const bad = renderToString(<BarComparison {...reference} series={[{ id: "s", label: "S", values: { b: 1 } }]} />);
    expect(bad).toContain("could not be drawn");
    expect(bad).toContain("series[0].values.b");
  });
});
