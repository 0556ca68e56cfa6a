import fc from "fast-check";
import type { InfographicItem } from "../../src/core/types";
import type { VennDiagramProps } from "../../src/venn";

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("budget", "vision", "team", "the", "and", "cross-team", "roadmap", "users", "Q3", "über", "façade", "naïve", "計画", "👩‍💻") },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{12,40}$/) },
);

/** A label of 1 to 6 words, sometimes with a very long word. */
export const label = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));

const item: fc.Arbitrary<InfographicItem> = fc.oneof(
  label,
  fc.record({ label, description: fc.option(label, { nil: undefined }) }).map(({ label: l, description }) => (description ? { label: l, description } : { label: l })),
);

/** 0 to 5 items, or now and then exactly 15. */
const items = fc.oneof({ weight: 5, arbitrary: fc.array(item, { maxLength: 5 }) }, { weight: 1, arbitrary: fc.array(item, { minLength: 15, maxLength: 15 }) });

/** Random valid Venn content of 2 or 3 sets, with every overlap present or absent. */
export const vennContent: fc.Arbitrary<Pick<VennDiagramProps, "sets" | "overlaps">> = fc.integer({ min: 2, max: 3 }).chain((count) => {
  const ids = ["a", "b", "c"].slice(0, count);
  const combos = count === 2 ? [["a", "b"]] : [["a", "b"], ["a", "c"], ["b", "c"], ["a", "b", "c"]];
  return fc.record({
    sets: fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), label, items }))),
    overlaps: fc.tuple(...combos.map((sets) => fc.option(fc.record({ sets: fc.constant(sets), items }), { nil: undefined }))),
  }).map(({ sets, overlaps }) => ({ sets, overlaps: overlaps.filter((o) => o !== undefined) }));
});
