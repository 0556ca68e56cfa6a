// The library against a hand-written floor (./floor-markup.mjs: the same reference content as plain React markup),
// side by side in one run, with the targets of issue 15 marked PASS or MISS. Ratios are the targets, not absolute
// times: the machine is shared, so every time is a median of CPU time (which other processes inflate far less than
// wall-clock time), and renders of the library and the floor alternate.
// Run `npm run build` first. Prints: server render, layout, server HTML bytes, first-paint bytes, hydration at 4x
// CPU throttling with long tasks, the extreme-content worst case and the layout's growth with the item count.
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";

process.env.NODE_ENV ??= "production"; // before React loads: it picks its build once
const root = resolve(import.meta.dirname, "../..");
if (!existsSync(join(root, "dist/index.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const { serverRender, extremeRender, layoutSlope } = await import("./server.mjs");
const { hydration } = await import("./hydration.mjs");
const { measure } = await import("../size-measure.mjs");
const { kB, ms, times, verdict } = await import("./stats.mjs");

/** Server HTML bytes of the reference content on main before issue 15's work (the "today" of its 60% target). */
const BYTES_BEFORE = { VennDiagram: 23429, LifecycleTimeline: 26141, ComparisonTable: 35694 };
const RENDER_RATIO = 8;
const VENN_LAYOUT_MS = 0.5;
const EXTREME_MS = 10;
const HYDRATION_RATIO = 1.5;
const LONG_TASK_MS = 50;
const FIRST_PAINT = 12_000;
const FIRST_PAINT_ALL = 24_000;
const GROWTH = 2.3; // linear growth doubles the time per doubling; a little more is noise

const row = (...cells) => console.log(cells.map((cell, i) => String(cell).padEnd(i === 0 ? 19 : 27)).join(""));

console.log(`load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores; production React, built dist/`);

console.log("\nserver render (renderToString), reference content, CPU time, 400 rounds interleaved");
const server = serverRender(400);
row("", "median / p95", "floor median / p95", `ratio (target <= ${RENDER_RATIO}x)`);
for (const r of server) {
  const ratio = r.median / r.floorMedian;
  row(r.name, `${ms(r.median)} / ${ms(r.p95)}`, `${ms(r.floorMedian)} / ${ms(r.floorP95)}`, `${times(ratio)} ${verdict(ratio <= RENDER_RATIO, `<= ${RENDER_RATIO}x`)}`);
}
// What React alone needs for the library's markup: the part of the ratio that only less HTML can lower.
console.log("the library's own server HTML rendered as a static element tree (no validation, layout or logic)");
for (const r of server) row(r.name, ms(r.markupMedian), "", `${times(r.markupMedian / r.floorMedian)} of the floor, ${Math.round((100 * r.markupMedian) / r.median)}% of the component`);

console.log("\nlayout only (compute*Layout), CPU time, median");
for (const r of server) {
  const target = r.name === "VennDiagram" ? ` ${verdict(r.layout < VENN_LAYOUT_MS, `< ${VENN_LAYOUT_MS} ms`)}` : "";
  row(r.name, ms(r.layout) + target);
}

console.log("\nserver HTML bytes");
row("", "bytes", "floor", "ratio to floor", "vs before (target <= 60%)");
for (const r of server) {
  const share = r.bytes / BYTES_BEFORE[r.name];
  row(r.name, kB(r.bytes), kB(r.floorBytes), times(r.bytes / r.floorBytes), `${Math.round(share * 100)}% ${verdict(share <= 0.6, "<= 60%")}`);
}

console.log("\nfirst paint, min + gzip, React external (scripts/size-measure.mjs)");
for (const imports of [["VennDiagram"], ["LifecycleTimeline"], ["ComparisonTable"], ["VennDiagram", "LifecycleTimeline", "ComparisonTable"]]) {
  const { initial, lazy } = await measure(imports);
  const budget = imports.length > 1 ? FIRST_PAINT_ALL : FIRST_PAINT;
  row(imports.length > 1 ? "all three" : imports[0], `${kB(initial)} ${verdict(initial <= budget, `<= ${kB(budget)}`)}`, `lazy ${kB(lazy)}`);
}

console.log("\nhydration of the showcase's three infographics, Chromium at 4x CPU throttling, reduced motion, median of 5");
const hydrated = await hydration({ runs: 5, rate: 4 });
if (hydrated.skipped) console.log(`  skipped: ${hydrated.skipped}`);
else {
  const ratio = hydrated.library / hydrated.floor;
  row("main-thread busy", `library ${ms(hydrated.library)}`, `floor ${ms(hydrated.floor)}`, `${times(ratio)} ${verdict(ratio <= HYDRATION_RATIO, `<= ${HYDRATION_RATIO}x`)}`);
  // The same two splits as for the server render: React alone on the library's DOM, and the library without its re-layouts.
  row("  our HTML, static", ms(hydrated.markup), "", `${times(hydrated.markup / hydrated.floor)} of the floor: React alone hydrating that much DOM`);
  row("  no re-layout", ms(hydrated.unmeasured), "", `${times(hydrated.unmeasured / hydrated.floor)} of the floor: no width measured, so no figure laid out again`);
  const longest = (list) => Math.max(0, ...list);
  const [library, floor] = [hydrated.longTasks.library, hydrated.longTasks.floor];
  // React's own work on the floor page sets what is not the library's doing.
  const allowed = Math.max(LONG_TASK_MS, longest(floor));
  const own = library.filter((duration) => duration > allowed);
  row(
    "long tasks > 50 ms",
    `library ${library.filter((d) => d > LONG_TASK_MS).length}, max ${longest(library)} ms`,
    `floor ${floor.filter((d) => d > LONG_TASK_MS).length}, max ${longest(floor)} ms`,
    `${own.length} beyond the floor's ${verdict(own.length === 0, "none")}`,
  );
}

console.log("\nextreme content (Venn of 3 sets with 55 long items, 30 stages, 6 x 20 table), server render CPU time, median of 15");
const extremes = extremeRender(15);
for (const r of extremes) row(r.name, `${ms(r.median)}${r.drawn ? "" : " (error figure!)"}`);
const worst = Math.max(...extremes.map((r) => r.median));
row("worst", `${ms(worst)} ${verdict(worst < EXTREME_MS && extremes.every((r) => r.drawn), `< ${EXTREME_MS} ms`)}`);

console.log("\nlayout slope: layout CPU time median at 10, 20, 40, 80 items, and growth per doubling");
for (const r of layoutSlope()) {
  const worstGrowth = Math.max(...r.growth);
  const times = r.times.map(ms).join(", ");
  console.log(`${r.name.padEnd(19)}${times.padEnd(40)}growth ${r.growth.map((g) => g.toFixed(2)).join(", ")}  ${verdict(worstGrowth <= GROWTH, `<= ${GROWTH} per doubling`)}`);
}
