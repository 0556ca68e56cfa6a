/** Something wrong with one content file, reported as one line and never stopping the other files. */
export interface FileProblem {
  /** The content file, as the user named it or as its glob matched it. */
  file: string;
  /** Where in the file, as a key path (`props.sets[1].id`) or a position (`line 3, column 5`); absent for the whole file. */
  path?: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** The report line of a problem: `file: path: message`. */
export function formatProblem({ file, path, message }: FileProblem): string {
  return path ? `${file}: ${path}: ${message}` : `${file}: ${message}`;
}
