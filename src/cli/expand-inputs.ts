import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { FileProblem } from "./file-problem";

/** The content files named on the command line, and the inputs that named none. */
export interface ExpandedInputs {
  /** Every file, once, in the order named (the matches of one glob sorted). */
  files: string[];
  /** A glob that matched nothing, or a file that does not exist. */
  problems: FileProblem[];
  /** True when several inputs or a glob were given: the output is then a folder, however many files matched. */
  batch: boolean;
}

/**
 * Expands globs the way a shell would, so that a quoted glob (`"content/*.yaml"`) works in any shell. A name that
 * exists is taken as it is, even where it looks like a glob (`roles[1].json`). Relative names start from the
 * working folder and stay relative, as typed, in what is reported.
 */
export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const seen = new Set<string>();
  let batch = inputs.length > 1;
  const add = (file: string) => {
    if (!seen.has(file)) files.push(file);
    seen.add(file);
  };
  for (const input of inputs) {
    if (existsSync(input)) add(input);
    else if (!isDynamicPattern(input)) problems.push({ file: input, message: "no such file" });
    else {
      batch = true;
      const matches = await glob(input, { absolute: isAbsolute(input), onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) problems.push({ file: input, message: "no file matches this pattern" });
      matches.sort().forEach(add);
    }
  }
  return { files, problems, batch };
}
