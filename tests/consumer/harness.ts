// Shared by the consumer tests: temporary projects that install the packed tarball the way npm would, with their
// dependencies and tools taken from this repository's node_modules (nothing is downloaded), a loopback static
// server, and headless Chromium that records everything a reader's console would show.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright";
import { inject } from "vitest";
import { chromiumArgs, findChromium } from "../../scripts/chromium-path.mjs";
import { COMPONENTS } from "./names";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const repoModules = join(repoRoot, "node_modules");
export const fixtures = join(repoRoot, "scripts/consumer/fixtures");
export const contentFile = join(repoRoot, "stories/fixtures/product-vs-project-manager.json");

export { COMPONENTS, LAYOUTS, VALIDATORS } from "./names";


/** The reference content (stories/fixtures/product-vs-project-manager.json). */
export interface Content {
  venn: { title: string; description?: string; sets: { label: string; items?: Item[] }[]; overlaps?: { label?: string; items?: Item[] }[] };
  timeline: {
    title: string;
    description?: string;
    stages: { label: string; description?: string; items?: Item[]; period?: string }[];
    lanes?: { label: string; spans: { label?: string }[] }[];
  };
  comparison: {
    title: string;
    description?: string;
    rowHeaderLabel?: string;
    columns: { label: string; description?: string }[];
    rows: { label: string; description?: string; values: Record<string, unknown> }[];
  };
}
type Item = string | { label: string; description?: string };
export const readContent = () => JSON.parse(readFileSync(contentFile, "utf8")) as Content;

/** An item's label and, when it has one, its description. */
const itemText = (item: Item) => (typeof item === "string" ? [item] : [item.label, ...(item.description ? [item.description] : [])]);
const optional = (...values: (string | undefined)[]) => values.filter((value): value is string => Boolean(value));

/** Every label and description of the reference content a reader must be able to find, per infographic. */
export function visibleLabels(content: Content): Record<(typeof COMPONENTS)[number], string[]> {
  const { venn, timeline, comparison } = content;
  const cell = (value: unknown): string[] => {
    if (typeof value === "string") return [value];
    if (typeof value === "number") return [String(value)];
    if (Array.isArray(value)) return value.flatMap((item) => itemText(item as Item));
    return [];
  };
  return {
    VennDiagram: [
      ...optional(venn.title, venn.description),
      ...venn.sets.flatMap((set) => [set.label, ...(set.items ?? []).flatMap(itemText)]),
      ...(venn.overlaps ?? []).flatMap((overlap) => [...optional(overlap.label), ...(overlap.items ?? []).flatMap(itemText)]),
    ],
    LifecycleTimeline: [
      ...optional(timeline.title, timeline.description),
      ...timeline.stages.flatMap((stage) => [...optional(stage.label, stage.description, stage.period), ...(stage.items ?? []).flatMap(itemText)]),
      ...(timeline.lanes ?? []).flatMap((lane) => [lane.label, ...lane.spans.flatMap((span) => optional(span.label))]),
    ],
    ComparisonTable: [
      ...optional(comparison.title, comparison.description, comparison.rowHeaderLabel),
      ...comparison.columns.flatMap((column) => optional(column.label, column.description)),
      ...comparison.rows.flatMap((row) => [...optional(row.label, row.description), ...Object.values(row.values).flatMap(cell)]),
    ],
  };
}

/** Text of an HTML string as a reader gets it: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return entities[name.toLowerCase()] ?? match;
    });
}

/**
 * The labels missing from a text. Whitespace is ignored on both sides: a label wrapped over several SVG lines
 * keeps its words in order but loses the spaces between lines.
 */
export function missingLabels(text: string, labels: string[]): string[] {
  const squeeze = (value: string) => value.replace(/\s+/g, "");
  const haystack = squeeze(text);
  return labels.filter((label) => !haystack.includes(squeeze(label)));
}

export interface ConsumerProject {
  dir: string;
  path: (...parts: string[]) => string;
  write: (file: string, text: string) => void;
  /** Copies a fixture file (relative to scripts/consumer/fixtures) into the project. */
  fixture: (from: string, to?: string) => void;
  remove: () => void;
}

export interface ProjectOptions {
  /**
   * Packages symlinked from this repository's node_modules (their own dependencies resolve from there), besides the
   * package's own runtime dependencies, which are always linked as an install would bring them (unless copied in).
   */
  link?: string[];
  /** Packages copied in, as { name in the project: name in this repository's node_modules }. */
  copy?: Record<string, string>;
  /** Extra package.json fields. */
  packageJson?: Record<string, unknown>;
}

/**
 * A fresh project in the system temp folder with the packed tarball installed as node_modules/react-infographics.
 * Nothing above it holds a node_modules, so only what is linked or copied in can be resolved.
 */
export function createConsumerProject(name: string, options: ProjectOptions = {}): ConsumerProject {
  const dir = mkdtempSync(join(tmpdir(), `ri-consumer-${name}-`));
  for (let above = dirname(dir); ; above = dirname(above)) {
    if (existsSync(join(above, "node_modules"))) throw new Error(`${join(above, "node_modules")} would leak packages into the consumer projects`);
    if (dirname(above) === above) break;
  }
  const path = (...parts: string[]) => join(dir, ...parts);
  const write = (file: string, text: string) => {
    mkdirSync(dirname(path(file)), { recursive: true });
    writeFileSync(path(file), text);
  };
  write("package.json", JSON.stringify({ name: `consumer-${name}`, private: true, type: "module", ...options.packageJson }, null, 2));
  const installed = path("node_modules/react-infographics");
  mkdirSync(installed, { recursive: true });
  runSync("tar", ["-xzf", inject("tarball"), "-C", installed, "--strip-components=1"]);
  const copied = new Set(Object.keys(options.copy ?? {}));
  const linked = new Set([...packageDependencies().filter((pkg) => !copied.has(pkg)), ...(options.link ?? [])]);
  for (const pkg of linked) {
    mkdirSync(dirname(path("node_modules", pkg)), { recursive: true });
    symlinkSync(join(repoModules, pkg), path("node_modules", pkg), "dir");
  }
  for (const [to, from] of Object.entries(options.copy ?? {})) {
    cpSync(join(repoModules, from), path("node_modules", to), { recursive: true, dereference: true });
  }
  return {
    dir,
    path,
    write,
    fixture: (from, to = from.split("/").at(-1)) => write(to ?? from, readFileSync(join(fixtures, from), "utf8")),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function runSync(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr || result.error?.message}`);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for assertion messages. */
  output: string;
  seconds: number;
}

/**
 * This process's environment without what Vitest sets (NODE_ENV=test would give a bundle React's dev JSX) and
 * without NODE_PATH, which would let Node find packages the project does not have.
 */
function cleanEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !/^(NODE_ENV|NODE_PATH|TEST|VITEST.*)$/.test(entry[0])),
  );
}

/** Runs a command to completion (never throws on a non-zero exit; assert on `code`). */
export function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; timeout?: number }): Promise<RunResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...cleanEnvironment(), NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
      timeout: options.timeout ?? 180_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) =>
      done({ code, stdout, stderr, output: `${stdout}\n${stderr}`.trim(), seconds: (performance.now() - started) / 1000 }),
    );
  });
}

/** Runs Node on a script inside a project (Node from this process, no flags). */
export const runNode = (project: ConsumerProject, script: string, env?: Record<string, string>) =>
  run(process.execPath, [script], { cwd: project.dir, ...(env ? { env } : {}) });

/** Names of the package's runtime dependencies: what npm installs beside it in a consumer project. */
export const packageDependencies = () => Object.keys((JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { dependencies: object }).dependencies);

/** Runs a fixture script that prints a JSON report; the report, or why there is none. */
export async function runReport<Report>(project: ConsumerProject, script: string): Promise<{ report?: Report; failure: string }> {
  const result = await runNode(project, script);
  try {
    return { report: JSON.parse(result.stdout) as Report, failure: "" };
  } catch {
    return { failure: `the script exited with ${result.code}:\n${result.output}` };
  }
}

/** Runs a tool's JavaScript bin from the project's node_modules (e.g. "vite/bin/vite.js"). */
export const runBin = (project: ConsumerProject, bin: string, args: string[], env?: Record<string, string>) =>
  run(process.execPath, [project.path("node_modules", bin), ...args], { cwd: project.dir, ...(env ? { env } : {}) });

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** Serves a folder on 127.0.0.1 at a random port; `pages` replaces the content of given paths. */
export async function serveStatic(root: string, pages: Record<string, string> = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const page = pages[url.pathname];
    if (page !== undefined) {
      response.writeHead(200, { "content-type": TYPES[".html"] });
      response.end(page);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the static server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

/** Debian's Chromium through Playwright; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium: install one (apt-get install -y chromium) or set CHROMIUM_PATH.");
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * Opens a page that records what a reader's developer console would show: console errors and warnings, uncaught
 * errors, failed requests, and any request leaving the loopback server (which is blocked).
 */
export async function openWatchedPage(browser: Browser, options: { width?: number } = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1024, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const clip = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(clip(`console.${message.type()}: ${message.text()}`));
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.route(/^(?!https?:\/\/127\.0\.0\.1[:/]).*/, (route) => {
    problems.push(`request outside the page's server: ${route.request().url()}`);
    return route.abort();
  });
  /** Opens a URL and waits until the page is ready (see waitForReady). */
  const load = async (url: string) => {
    await page.goto(url);
    await waitForReady(page, problems);
  };
  return { page, problems, load, close: () => context.close() };
}

/**
 * Waits until React has committed (the fixture's Ready effect) and the fonts and two frames have settled. When the
 * page never gets there, the error names what the console showed.
 */
export async function waitForReady(page: Page, problems: string[]) {
  try {
    await page.waitForFunction(() => document.body.dataset.ready === "true", undefined, { timeout: 15_000 });
  } catch {
    throw new Error(`the page never rendered; console:\n${problems.join("\n") || "(nothing)"}`);
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let frame = 0; frame < 2; frame++) await new Promise((next) => requestAnimationFrame(() => next(null)));
  });
}

/** Texts of every leaf element inside the figures that are drawn transparent (zero opacity on it or an ancestor). */
export const transparentTexts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("figure *")]
      .filter((element) => element.children.length === 0 && element.textContent?.trim())
      .filter((element) => {
        for (let node: Element | null = element; node; node = node.parentElement) if (getComputedStyle(node).opacity === "0") return true;
        return false;
      })
      .map((element) => element.textContent?.trim()),
  );
