import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { StatCallouts } from "../../src/stat-callouts";
import type { StatCalloutsProps } from "../../src/stat-callouts";
import fixture from "../../stories/fixtures/stat-callouts.json";

const reference = fixture.reference as StatCalloutsProps;

describe("<StatCallouts> on the server", () => {
  const html = renderToString(<StatCallouts {...reference} />);

  it("writes the final numbers, labels and sentences at full opacity", () => {
    for (const text of ["64%", "14 days", "92%", "of roadmap items start", "64%: of roadmap items start with a customer interview."]) expect(html).toContain(text);
    expect(html).not.toMatch(/opacity:\s*0/);
  });

  it("reads as a list of stats, each drawn part hidden from assistive technology beside its sentence", () => {
    expect(html.match(/role="listitem"/g)).toHaveLength(2 * reference.stats.length);
    expect(html).toMatch(/role="list" aria-label="Key figures"/);
    expect(html).toMatch(/<g aria-hidden="true" data-ri-enter="\d+"/);
  });

  it("carries a wide and a narrow picture with the container query between them", () => {
    expect(html).toContain('class="ri-wide"');
    expect(html).toContain('class="ri-narrow"');
    expect(html).toMatch(/@container \(max-width:582px\)/);
  });

  it("draws the error figure naming the path when the props break the contract", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = renderToString(<StatCallouts {...reference} stats={[{ value: 1.5, share: true, label: "too much" }]} />);
    expect(bad).toContain("This infographic could not be drawn");
    expect(bad).toContain("stats[0].value");
    expect(bad).toContain("a share must be between 0 and 1");
    spy.mockRestore();
  });
});
