// The content the floor benchmark renders: the reference explainer, valid but extreme content, and content of a
// chosen size for the layout slope. Extreme and sized content is generated, deterministic and valid.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/** The reference content of the showcase: `{ venn, timeline, comparison }`. */
export const reference = JSON.parse(readFileSync(join(root, "stories/fixtures/product-vs-project-manager.json"), "utf8"));

const WORDS = ["review", "the", "quarterly", "roadmap", "with", "stakeholders", "and", "agree", "priorities", "for", "next", "release", "budget", "owners"];
/** A phrase of `count` words, different for each `seed`. */
const phrase = (seed, count) => Array.from({ length: count }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(" ");

/** A Venn diagram of two sets sharing one overlap, `count` items in all, spread over the three regions. */
export function vennOf(count, words = 3) {
  const items = (region, n) => Array.from({ length: n }, (_, i) => `${phrase(region * 100 + i, words)} ${i + 1}`);
  const third = Math.floor(count / 3);
  return {
    title: `Venn of ${count} items`,
    sets: [
      { id: "a", label: "First team", items: items(1, count - 2 * third) },
      { id: "b", label: "Second team", items: items(2, third) },
    ],
    overlaps: [{ sets: ["a", "b"], label: "Both", items: items(3, third) }],
  };
}

/** A lifecycle timeline of `count` stages with a short description each and two lanes. */
export function timelineOf(count) {
  const stages = Array.from({ length: count }, (_, i) => ({ id: `s${i}`, label: `Stage ${i + 1} ${phrase(i, 1)}`, description: phrase(i, 8) }));
  return {
    title: `Timeline of ${count} stages`,
    stages,
    lanes: [
      { id: "one", label: "First lane", spans: [{ from: "s0", to: `s${count - 1}`, label: "All along" }] },
      { id: "two", label: "Second lane", spans: [{ from: `s${Math.floor(count / 3)}`, to: `s${Math.floor((2 * count) / 3)}`, label: "In the middle" }] },
    ],
  };
}

/** A comparison table of `columns` columns and `rows` rows mixing text, numbers, yes/no and lists. */
export function tableOf(rows, columns = 3) {
  const ids = Array.from({ length: columns }, (_, c) => `c${c}`);
  const value = (r, c) => [phrase(r + c, 6), (r + 1) * (c + 3) * 1000.5, (r + c) % 2 === 0, [phrase(r, 2), phrase(c, 3)]][(r + c) % 4];
  return {
    title: `Table of ${rows} rows`,
    columns: ids.map((id, c) => ({ id, label: `Option ${c + 1}` })),
    rows: Array.from({ length: rows }, (_, r) => ({ label: `Aspect ${r + 1}`, values: Object.fromEntries(ids.map((id, c) => [id, value(r, c)])) })),
  };
}

/** Valid but extreme content: a Venn of three sets with many long items, 30 stages, a 6 x 20 table. */
export const extreme = {
  venn: {
    title: "Three teams, many long items",
    sets: ["a", "b", "c"].map((id, s) => ({
      id,
      label: `Team ${s + 1} with a longer name`,
      items: Array.from({ length: 12 }, (_, i) => phrase(s * 50 + i, 6)),
    })),
    overlaps: [
      { sets: ["a", "b"], items: Array.from({ length: 5 }, (_, i) => phrase(200 + i, 5)) },
      { sets: ["a", "c"], items: Array.from({ length: 5 }, (_, i) => phrase(300 + i, 5)) },
      { sets: ["b", "c"], items: Array.from({ length: 5 }, (_, i) => phrase(400 + i, 5)) },
      { sets: ["a", "b", "c"], items: Array.from({ length: 4 }, (_, i) => phrase(500 + i, 5)) },
    ],
  },
  timeline: timelineOf(30),
  comparison: tableOf(20, 6),
};
