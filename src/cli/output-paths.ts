import { existsSync, statSync } from "node:fs";
import { basename, extname, join, sep } from "node:path";
import { formatOfPath, UsageError, type OutputFormat } from "./arguments";
import type { FileProblem } from "./file-problem";

/** Where each content file's picture goes, and the files left out because their name is taken. */
export interface OutputPlan {
  /** Output path by content file. */
  targets: Map<string, string>;
  /** Two content files that would write the same output (`a/roles.json`, `b/roles.yaml`): the second is left out. */
  problems: FileProblem[];
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * `--out` is the output file when one content file is named on its own, unless it is an existing folder or ends
 * with a slash; otherwise it is a folder, and each output is named after its content file (`roles.yaml` ->
 * `roles.svg`).
 */
export function planOutputs(files: string[], out: string, format: OutputFormat, batch: boolean): OutputPlan {
  const targets = new Map<string, string>();
  const problems: FileProblem[] = [];
  const intoFolder = batch || files.length > 1 || out.endsWith("/") || out.endsWith(sep) || isFolder(out);
  if (!intoFolder) {
    files.forEach((file) => targets.set(file, out));
    return { targets, problems };
  }
  if (existsSync(out) ? !isFolder(out) : formatOfPath(out)) {
    throw new UsageError(`--out ${out} names a file; several content files or a glob need a folder`);
  }
  const writers = new Map<string, string>();
  for (const file of files) {
    const target = join(out, `${basename(file, extname(file))}.${format}`);
    const earlier = writers.get(target);
    if (earlier) problems.push({ file, message: `not written: ${target} is already the output of ${earlier}` });
    else {
      writers.set(target, file);
      targets.set(file, target);
    }
  }
  return { targets, problems };
}
