import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import type { LifecycleTimelineProps } from "../../src/lifecycle-timeline";

/** The reference content: who leads each stage of a product's life. */
export const reference: LifecycleTimelineProps = fixture.timeline;

/** The reference content with periods, items and a current stage, to exercise every part. */
export const detailed: LifecycleTimelineProps = {
  ...reference,
  stages: reference.stages.map((stage, i) => ({
    ...stage,
    period: `Month ${i * 2 + 1}-${i * 2 + 2}`,
    items: [`First task of ${stage.label}`, { label: "Read more", description: "A short note.", href: "https://example.com/" }],
  })),
};
