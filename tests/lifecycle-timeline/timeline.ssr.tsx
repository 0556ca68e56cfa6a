import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LifecycleTimeline } from "../../src/lifecycle-timeline";
import { detailed, reference } from "./fixture";

describe("LifecycleTimeline on the server", () => {
  it("writes the finished picture: every label, lane sentence and detail, nothing hidden", () => {
    const html = renderToString(<LifecycleTimeline {...detailed} defaultActiveStageId="execution" loop />);
    for (const stage of detailed.stages) {
      expect(html).toContain(`>${stage.label.split(" ")[0]}`);
      expect(html).toContain(stage.period);
    }
    expect(html).toContain("Project manager: Planning to Launch (The how)");
    expect(html).toContain("First task of Execution");
    expect(html).toContain("the cycle starts over with Ideation.");
    expect(html).toContain('aria-current="step"');
    expect(html).not.toMatch(/opacity:\s*0(?![.\d])|scale\(0/);
  });

  it("writes both pictures, across and down, and the container query that picks one before any script", () => {
    const html = renderToString(<LifecycleTimeline {...reference} />);
    expect(html).toContain('class="ri-wide"');
    expect(html).toContain('class="ri-narrow"');
    expect(html).toMatch(/data-orientation="horizontal"[\s\S]*data-orientation="vertical"/);
    expect(html).toMatch(/@container \(max-width:\d+px\)/);
  });

  it("writes only the vertical picture when the stages cannot fit across", () => {
    const stages = Array.from({ length: 24 }, (_, i) => ({ id: `s${i}`, label: `Stage ${i + 1}` }));
    const html = renderToString(<LifecycleTimeline title="Many" stages={stages} />);
    expect(html).not.toContain('data-orientation="horizontal"');
    expect(html).toContain("Stage 24");
  });

  it("escapes markup in labels", () => {
    const html = renderToString(<LifecycleTimeline title="T" stages={[{ id: "a", label: "<img src=x onerror=alert(1)>" }]} />);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });

  it("writes an error figure for bad content", () => {
    const html = renderToString(<LifecycleTimeline title="T" stages={[]} />);
    expect(html).toContain("stages");
    expect(html).toContain("could not be drawn");
  });
});
