// The command line, parsed with cac: 68 kB installed with no dependencies and maintained, against 250 kB for
// commander, whose current major needs Node 22 while this package supports Node 20.19.
import { cac } from "cac";

/** An output format of `react-infographics render`. */
export type OutputFormat = "svg" | "png" | "html";

/** What one `render` invocation asks for, checked and with defaults applied. */
export interface RenderRequest {
  /** Content files and globs, as typed. */
  inputs: string[];
  /** A file (one input) or a folder (any number of inputs). */
  out: string;
  /** Output format; from `--format`, else from the extension of `--out`, else SVG. */
  format: OutputFormat;
  /** Width of the picture in CSS pixels. */
  width: number;
  /** Colour theme of the picture; absent: the content's own `theme`, else light. */
  theme?: "light" | "dark";
  /** PNG zoom: pixels per CSS pixel. */
  scale: number;
}

/** What the command line asks the program to do. */
export type Invocation = { action: "render"; request: RenderRequest } | { action: "done" };

/** A mistake in the command line itself (not in a content file). */
export class UsageError extends Error {
  override name = "UsageError";
}

const FORMATS: readonly OutputFormat[] = ["svg", "png", "html"];

/** The last value of an option given once or more (cac makes an array of repeats). */
const last = (value: unknown): unknown => (Array.isArray(value) ? value.at(-1) : value);

function positiveNumber(value: unknown, option: string, { integer }: { integer: boolean }): number {
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(`--${option} must be a positive ${integer ? "whole number" : "number"}, got "${String(value)}"`);
  }
  return number;
}

/** The output format named by the extension of a path (`roles.png`), if any. */
export function formatOfPath(path: string): OutputFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return FORMATS.find((candidate) => candidate === extension);
}

function chooseFormat(format: unknown, out: string): OutputFormat {
  const named = formatOfPath(out);
  if (format === undefined) return named ?? "svg";
  if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${String(format)}"`);
  if (named && named !== format) throw new UsageError(`--out ${out} ends in .${named}, but --format is ${String(format)}`);
  return format as OutputFormat;
}

function toRequest(inputs: string[], options: Record<string, unknown>): RenderRequest {
  if (inputs.length === 0) throw new UsageError("name at least one content file (JSON or YAML) or glob");
  // mri turns a value that looks like a number into one ("--out 2026").
  const out = typeof last(options.out) === "number" ? String(last(options.out)) : last(options.out);
  if (typeof out !== "string" || out === "") throw new UsageError("--out is required: a file for one content file, a folder for several");
  const theme = last(options.theme);
  if (theme !== undefined && theme !== "light" && theme !== "dark") throw new UsageError(`--theme must be light or dark, got "${String(theme)}"`);
  return {
    inputs: inputs.map(String),
    out,
    format: chooseFormat(last(options.format), out),
    width: positiveNumber(last(options.width), "width", { integer: true }),
    ...(theme === undefined ? {} : { theme }),
    scale: positiveNumber(last(options.scale), "scale", { integer: false }),
  };
}

/** Parses `argv` (as in `process.argv`); prints help or the version itself, throws a `UsageError` for a bad line. */
export function parseArguments(argv: string[], version: string): Invocation {
  const cli = cac("react-infographics");
  let invocation: Invocation = { action: "done" };
  cli
    .command("render [...files]", "Draw content files (JSON or YAML) as SVG, PNG or HTML")
    .option("-o, --out <path>", "Output file (one content file) or folder (several)")
    .option("--format <format>", "svg, png or html (default: the extension of --out, else svg)")
    .option("--width <px>", "Width in CSS pixels", { default: 720 })
    .option("--theme <theme>", "light or dark (default: the content's theme, else light)")
    .option("--scale <zoom>", "PNG pixels per CSS pixel", { default: 2 })
    .example("react-infographics render roles.yaml --out roles.png --scale 2")
    .example('react-infographics render "content/*.json" --out pictures --format html')
    .action((files: string[], options: Record<string, unknown>) => {
      invocation = { action: "render", request: toRequest(files, options) };
    });
  cli.help();
  cli.version(version);
  try {
    cli.parse(argv, { run: false });
    if (cli.options.help || cli.options.version) return { action: "done" };
    if (!cli.matchedCommand) {
      cli.outputHelp();
      throw new UsageError(cli.args[0] ? `unknown command "${cli.args[0]}"` : "name a command: render");
    }
    cli.runMatchedCommand();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // cac reports unknown options and missing values with its own error class.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return invocation;
}
