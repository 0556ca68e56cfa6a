// What readers get, saved so that a change meant to be invisible can be proven so. `shoot <dir>` renders the server
// HTML of many contents of every kind from the built dist/ (the reference content, extreme and generated sizes, every
// fixture), opens each with JavaScript off in Chromium at 720 and 360 px, light and dark (and right to left where
// the kind mirrors), and saves a PNG of each page, the accessibility tree as an ARIA snapshot and the HTML.
// `compare <before> <after>` names every picture whose pixels differ and every accessibility tree that differs, and
// sets the reference HTML bytes side by side; it exits with 1 when anything differs.
//   npm run build && node scripts/bench/pictures.mjs shoot /tmp/before
//   (change, build) && node scripts/bench/pictures.mjs shoot /tmp/after && node scripts/bench/pictures.mjs compare /tmp/before /tmp/after
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";
import { chromiumArgs, findChromium } from "../chromium-path.mjs";

const root = resolve(import.meta.dirname, "../..");
const WIDTHS = [720, 360];
const SCHEMES = ["light", "dark"];
/** Contents also shot right to left: one of each kind whose drawing mirrors. */
const MIRRORED = new Set(["venn", "timeline", "table", "cycle-rtl", "raci", "bars-negative"]);

/** Every content to shoot: `[name, component name, props]`. */
async function contents() {
  const { extreme, tableOf, timelineOf, vennOf } = await import("./contents.mjs");
  const fixture = (file) => JSON.parse(readFileSync(join(root, "stories/fixtures", file), "utf8"));
  const reference = fixture("product-vs-project-manager.json");
  const list = [
    ["venn", "VennDiagram", reference.venn],
    ["timeline", "LifecycleTimeline", reference.timeline],
    ["table", "ComparisonTable", reference.comparison],
    ["venn-extreme", "VennDiagram", extreme.venn],
    ["timeline-extreme", "LifecycleTimeline", extreme.timeline],
    ["table-extreme", "ComparisonTable", extreme.comparison],
    ["venn-dark-theme", "VennDiagram", { ...reference.venn, theme: "dark" }],
    ["timeline-vertical", "LifecycleTimeline", { ...reference.timeline, orientation: "vertical" }],
  ];
  for (const n of [10, 40]) list.push([`venn${n}`, "VennDiagram", vennOf(n)], [`timeline${n}`, "LifecycleTimeline", timelineOf(n)], [`table${n}`, "ComparisonTable", tableOf(n)]);
  const fixtures = { bars: ["bar-comparison.json", "BarComparison"], cycle: ["cycle-diagram.json", "CycleDiagram"], quadrant: ["quadrant-chart.json", "QuadrantChart"], raci: ["raci-matrix.json", "RaciMatrix"], stats: ["stat-callouts.json", "StatCallouts"] };
  for (const [name, [file, component]] of Object.entries(fixtures)) {
    const content = fixture(file);
    // A fixture file is either one content (it has a title) or named contents beside an `about` note.
    if (content.title) list.push([name, component, content]);
    else for (const [key, props] of Object.entries(content)) if (key !== "about") list.push([`${name}-${key}`, component, props]);
  }
  return list;
}

async function shoot(out) {
  process.env.NODE_ENV = "production"; // before React loads
  const { createElement } = await import("react");
  const { renderToString } = await import("react-dom/server");
  const { chromium } = await import("playwright");
  const library = await import(join(root, "dist/index.js"));
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs });
  let pictures = 0;
  const list = await contents();
  try {
    for (const [name, component, props] of list) {
      const html = renderToString(createElement(library[component], props));
      writeFileSync(join(out, `${name}.html`), html);
      for (const dir of MIRRORED.has(name) ? ["ltr", "rtl"] : ["ltr"]) {
        const page = `<!doctype html><html lang="en" dir="${dir}"><head><meta charset="utf-8"></head><body style="margin:0;padding:8px;font-family:Arial,sans-serif">${html}</body></html>`;
        for (const width of WIDTHS)
          for (const colorScheme of SCHEMES) {
            const context = await browser.newContext({ viewport: { width, height: 600 }, colorScheme, reducedMotion: "reduce", javaScriptEnabled: false });
            const tab = await context.newPage();
            await tab.setContent(page, { waitUntil: "load" });
            const base = join(out, `${name}-${dir}-${width}-${colorScheme}`);
            await tab.screenshot({ path: `${base}.png`, fullPage: true });
            if (colorScheme === "light") writeFileSync(`${base}.aria.txt`, await tab.locator("body").ariaSnapshot());
            await context.close();
            pictures++;
          }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${list.length} contents, ${pictures} pictures in ${out}`);
}

/** How many pixels of two PNG files differ, or a sentence when their sizes do. */
function pixelDifference(before, after) {
  const [a, b] = [PNG.sync.read(readFileSync(before)), PNG.sync.read(readFileSync(after))];
  if (a.width !== b.width || a.height !== b.height) return `size ${a.width}x${a.height} -> ${b.width}x${b.height}`;
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) count++;
  return count === 0 ? null : `${count} pixels differ`;
}

function compare(before, after) {
  let same = 0;
  let different = 0;
  for (const file of readdirSync(before).sort()) {
    if (!file.endsWith(".png") && !file.endsWith(".aria.txt")) continue;
    const [a, b] = [join(before, file), join(after, file)];
    const difference = !existsSync(b) ? "missing after" : file.endsWith(".png") ? pixelDifference(a, b) : readFileSync(a, "utf8") === readFileSync(b, "utf8") ? null : "accessibility tree differs";
    if (difference) {
      console.log(`${file}: ${difference}`);
      different++;
    } else same++;
  }
  for (const name of ["venn", "timeline", "table"]) {
    const [a, b] = [readFileSync(join(before, `${name}.html`)).length, readFileSync(join(after, `${name}.html`)).length];
    console.log(`${name} server HTML: ${a} -> ${b} bytes (${Math.round((100 * b) / a)}%)`);
  }
  console.log(`${same} the same, ${different} different`);
  process.exitCode = different === 0 ? 0 : 1;
}

const [command, first, second] = process.argv.slice(2);
if (command === "shoot" && first) await shoot(resolve(first));
else if (command === "compare" && first && second) compare(resolve(first), resolve(second));
else {
  console.error("usage: node scripts/bench/pictures.mjs shoot <dir> | compare <before-dir> <after-dir>");
  process.exitCode = 2;
}
