import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { InvalidContentError, renderToHTML, renderToSVG, type StaticOptions } from "../static/index";
import type { RenderRequest } from "./arguments";
import { expandInputs } from "./expand-inputs";
import { formatProblem, type FileProblem } from "./file-problem";
import { planOutputs } from "./output-paths";
import { createPngRenderer, PngRendererUnavailableError, type PngRenderer, type ResvgImporter } from "./png";
import { readContent, type Content } from "./read-content";

/** Where a run reports, and the seams a test may set. */
export interface RunContext {
  /** Writes one line for the user (the command line uses stderr, keeping stdout free). */
  report: (line: string) => void;
  /** Stands in for importing the optional PNG renderer (see png.ts). */
  importResvg?: ResvgImporter;
}

/** A validator's path is inside the props; the file's path to the same key starts with `props`. */
const inFile = (path: string) => (path === "props" || path.startsWith("props.") ? path : `props.${path}`);

async function draw(content: Content, request: RenderRequest, png: PngRenderer | undefined): Promise<string | Buffer> {
  const options: StaticOptions = { width: request.width, ...(request.theme ? { theme: request.theme } : {}) };
  if (request.format === "html") return renderToHTML(content.kind, content.props, options);
  const svg = await renderToSVG(content.kind, content.props, options);
  return png ? png.render(svg) : svg;
}

/** Reads, draws and writes one content file; returns what stopped it, `[]` once it is written. */
async function renderFile(file: string, target: string, request: RenderRequest, png: PngRenderer | undefined): Promise<FileProblem[]> {
  const read = await readContent(file);
  if ("problems" in read) return read.problems;
  let output: string | Buffer;
  try {
    output = await draw(read.content, request, png);
  } catch (error) {
    if (error instanceof InvalidContentError) return error.problems.map(({ path, message }) => ({ file, path: inFile(path), message }));
    return [{ file, message: `could not be drawn: ${error instanceof Error ? error.message : String(error)}` }];
  }
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, output);
  } catch (error) {
    return [{ file, message: `could not write ${target}: ${error instanceof Error ? error.message : String(error)}` }];
  }
  return [];
}

/**
 * Runs `react-infographics render`: every content file is drawn and written on its own, so a bad one is reported
 * and skipped while the others are still written. Resolves to the exit code: 0 when every file was written, else 1.
 */
export async function renderFiles(request: RenderRequest, context: RunContext): Promise<number> {
  const { report } = context;
  const inputs = await expandInputs(request.inputs);
  const plan = planOutputs(inputs.files, request.out, request.format, inputs.batch);
  const problems = [...inputs.problems, ...plan.problems];
  problems.forEach((problem) => report(formatProblem(problem)));
  if (plan.targets.size === 0) return 1;

  let png: PngRenderer | undefined;
  if (request.format === "png") {
    try {
      png = await createPngRenderer(request.scale, context.importResvg);
    } catch (error) {
      if (!(error instanceof PngRendererUnavailableError)) throw error;
      report(error.message);
      return 1;
    }
  }

  const total = plan.targets.size;
  let written = 0;
  let index = 0;
  for (const [file, target] of plan.targets) {
    index++;
    const found = await renderFile(file, target, request, png);
    found.forEach((problem) => report(formatProblem(problem)));
    if (found.length === 0) written++;
    if (inputs.batch) report(`[${index}/${total}] ${file} ${found.length === 0 ? `-> ${target}` : "not written"}`);
    problems.push(...found);
  }
  if (inputs.batch) report(`${written} of ${total} written${problems.length > 0 ? `; ${problems.length} problem(s) above` : ""}`);
  return problems.length === 0 ? 0 : 1;
}
