import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QuadrantChart, type QuadrantChartProps } from "../../src/quadrant-chart";
import fixture from "../../stories/fixtures/quadrant-chart.json";

const reference = fixture.backlog as QuadrantChartProps;

function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("<QuadrantChart> on the server", () => {
  const html = renderToString(<QuadrantChart {...reference} />);

  it("writes the title, both axes and their ends, every quadrant name, item and description", () => {
    const text = textOf(html);
    const words = [reference.title, "Effort", "Impact", "Low", "High", "Quick wins", "Big bets", "Fill-ins", "Money pits", ...reference.items.flatMap((i) => [i.label, i.description ?? ""])];
    for (const word of words) expect(text).toContain(word);
  });

  it("gives screen readers one named list per quadrant with each item's position in words", () => {
    expect(html).toContain('role="list" aria-label="Quick wins (high impact, low effort)"');
    expect(html).toContain('aria-label="Onboarding checklist — effort low (0.2), impact high (0.88)"');
    expect(html.match(/role="list" aria-label=/g)).toHaveLength(4);
  });

  it("draws the finished picture with one Tab stop, and the container query for the narrow cards", () => {
    expect(html).not.toMatch(/opacity:\s*0(?![.\d])/);
    expect(html.match(/tabindex="0"/gi)).toHaveLength(1);
    expect(html).toMatch(/@container \(max-width:\d+px\)\{\.ri-i[\w-]+ \.ri-wide\{display:none\}/);
  });

  it("renders the error figure for invalid props, naming the path", () => {
    const bad = renderToString(<QuadrantChart {...reference} items={[{ label: "A", x: 2, y: 0.5 }]} />);
    expect(textOf(bad)).toContain("items[0].x");
    expect(textOf(bad)).toContain("must be between 0 and 1");
  });
});
