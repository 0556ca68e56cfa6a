import { settle } from "../browser/waits";
import { act, StrictMode, type ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { BarComparison, type BarComparisonProps } from "../../src/bar-comparison";
import { ComparisonTable, type ComparisonTableProps } from "../../src/comparison-table";
import { StatCallouts, type StatCalloutsProps } from "../../src/stat-callouts";
import statFixture from "../../stories/fixtures/stat-callouts.json";
import { RaciMatrix, type RaciMatrixProps } from "../../src/raci-matrix";
import raci from "../../stories/fixtures/raci-matrix.json";
import { CycleDiagram, type CycleDiagramProps } from "../../src/cycle-diagram";
import { LifecycleTimeline, type LifecycleTimelineProps } from "../../src/lifecycle-timeline";
import { QuadrantChart, type QuadrantChartProps } from "../../src/quadrant-chart";
import { VennDiagram, type VennDiagramProps } from "../../src/venn";
import bars from "../../stories/fixtures/bar-comparison.json";
import cycleFixture from "../../stories/fixtures/cycle-diagram.json";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import quadrantFixture from "../../stories/fixtures/quadrant-chart.json";
import { trackResources } from "./resource-tracker";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const ROUNDS = 500;

/** Resolves after the next two frames, by which time effects that wait for fonts or a frame have run. */
const frames = () => settle();

// The default entrance ("on-view") is kept: it is the path that sets up an observer.
const KINDS: [string, () => ReactElement][] = [
  ["VennDiagram", () => <VennDiagram {...(fixture.venn as VennDiagramProps)} />],
  ["LifecycleTimeline", () => <LifecycleTimeline {...(fixture.timeline as LifecycleTimelineProps)} />],
  ["ComparisonTable", () => <ComparisonTable {...(fixture.comparison as ComparisonTableProps)} />],
  ["QuadrantChart", () => <QuadrantChart {...(quadrantFixture.backlog as QuadrantChartProps)} />],
  ["StatCallouts", () => <StatCallouts {...(statFixture.reference as StatCalloutsProps)} />],
  ["BarComparison", () => <BarComparison {...(bars.salaries as BarComparisonProps)} />],
  ["RaciMatrix", () => <RaciMatrix {...(raci as RaciMatrixProps)} />],
  ["CycleDiagram", () => <CycleDiagram {...(cycleFixture.reference as CycleDiagramProps)} />],
];

describe.each(KINDS)("mounting and unmounting <%s> 500 times in StrictMode", (_name, element) => {
  it("leaves no listener, observer, timer, frame or <style> element behind", async () => {
    await document.fonts.ready;
    const host = document.createElement("div");
    host.style.width = "800px";
    document.body.append(host);
    // React listens on the document once, the first time any root is created; that is React's, not a leak.
    const warmUp = createRoot(host);
    act(() => warmUp.render(<span />));
    act(() => warmUp.unmount());
    const stylesBefore = document.querySelectorAll("style").length;
    const tracker = trackResources();
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const root = createRoot(host);
        act(() => root.render(<StrictMode>{element()}</StrictMode>));
        // Now and then the fonts promise, the container measurement and a frame also run while mounted.
        if (round % 50 === 0) await frames();
        act(() => root.unmount());
      }
      await frames();
      expect(tracker.held()).toEqual({ listeners: 0, observers: 0, timers: 0, frames: 0 });
      expect(host.childElementCount).toBe(0);
      expect(document.querySelectorAll("style").length).toBe(stylesBefore);
    } finally {
      tracker.stop();
      host.remove();
    }
  }, 120_000);
});

describe("the resource count", () => {
  it("notices a listener, an observer, a timer and a frame left behind", () => {
    const tracker = trackResources();
    const forgotten = () => {};
    window.addEventListener("resize", forgotten);
    new ResizeObserver(() => {}).observe(document.body);
    const timer = window.setTimeout(() => {}, 60_000);
    const frame = window.requestAnimationFrame(() => {});
    expect(tracker.held()).toEqual({ listeners: 1, observers: 1, timers: 1, frames: 1 });
    tracker.stop();
    window.removeEventListener("resize", forgotten);
    window.clearTimeout(timer);
    window.cancelAnimationFrame(frame);
  });
});
