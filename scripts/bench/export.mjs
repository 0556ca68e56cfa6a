// Benchmark of export without a browser (not a test; run `npm run build` first): the median time to draw each
// kind of the reference content as SVG and as PNG at 2x, and the time of one CLI run over 100 content files.
// Targets on a 2-core machine: SVG under 5 ms, PNG under 150 ms, 100 files under 10 s.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const cli = join(root, "dist/cli.js");
if (!existsSync(cli)) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
// Production React, as a build step or the command runs it (the development build checks every element and is slower).
process.env.NODE_ENV ??= "production";
const { renderToSVG } = await import(join(root, "dist/static.js"));
const { createPngRenderer } = await import(join(root, "dist/cli/png.js"));

const reference = JSON.parse(readFileSync(join(root, "stories/fixtures/product-vs-project-manager.json"), "utf8"));
const contents = [
  { kind: "venn-diagram", props: reference.venn },
  { kind: "lifecycle-timeline", props: reference.timeline },
  { kind: "comparison-table", props: reference.comparison },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Median milliseconds of `runs` calls after `warmUp` calls that are not counted: wall-clock time, and the CPU time
 * of this process, which other work on a shared machine inflates much less.
 */
async function time(task, { runs, warmUp = 3 }) {
  for (let i = 0; i < warmUp; i++) await task();
  const [wall, cpu] = [[], []];
  for (let i = 0; i < runs; i++) {
    const [start, startCpu] = [performance.now(), process.cpuUsage()];
    await task();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const verdict = ({ wall, cpu }, target) =>
  `${wall.toFixed(1).padStart(6)} ms (CPU ${cpu.toFixed(1)} ms; target < ${target} ms${wall < target ? "" : ", MISSED"})`;
const png = await createPngRenderer(2);

// Timings scale with the machine's other work: say how busy it was.
console.log(`load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
console.log("median per picture, reference content, width 720");
for (const { kind, props } of contents) {
  let svg;
  try {
    svg = await renderToSVG(kind, props);
  } catch (error) {
    console.log(`  ${kind.padEnd(20)} cannot be drawn: ${error.message.split("\n")[0]}`);
    continue;
  }
  const svgTime = await time(() => renderToSVG(kind, props), { runs: 50 });
  const pngTime = await time(() => png.render(svg), { runs: 15 });
  console.log(`  ${kind.padEnd(20)} SVG ${verdict(svgTime, 5)}   PNG 2x ${verdict(pngTime, 150)}`);
}

const drawable = [];
for (const content of contents) if (await renderToSVG(content.kind, content.props).then(() => true, () => false)) drawable.push(content);
const folder = mkdtempSync(join(tmpdir(), "ri-bench-"));
try {
  for (let i = 0; i < 100; i++) writeFileSync(join(folder, `content-${i}.json`), JSON.stringify(drawable[i % drawable.length]));
  console.log(`one CLI run over 100 content files (${drawable.map((c) => c.kind).join(", ")} in turn)`);
  for (const format of ["svg", "png"]) {
    // The command as a user runs it, in a Node process that also reports the CPU time it used.
    const args = ["render", "*.json", "--out", "out", "--format", format];
    const script = `process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...${JSON.stringify(args)}];
      process.on("exit", () => { const { user, system } = process.cpuUsage(); process.stderr.write("cpu " + (user + system) / 1e6); });
      await import(${JSON.stringify(cli)});`;
    const start = performance.now();
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: folder, encoding: "utf8" });
    const seconds = (performance.now() - start) / 1000;
    const cpu = Number(/cpu ([\d.]+)/.exec(run.stderr)?.[1]);
    const outcome = run.status === 0 ? "" : `, exit code ${run.status}`;
    console.log(`  ${format.toUpperCase().padEnd(4)}${seconds.toFixed(2).padStart(7)} s (CPU ${cpu.toFixed(2)} s; target < 10 s${seconds < 10 ? "" : ", MISSED"}${outcome})`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
