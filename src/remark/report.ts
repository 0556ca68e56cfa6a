import type { Code } from "mdast";
import type { VFile } from "vfile";
import { placeInFile } from "./place";

/** One problem found in a block: its message and where in the block's text it is. */
export interface BlockProblem {
  /** What to tell the writer, e.g. `sets[1].id: duplicate id "a"`. */
  reason: string;
  /** Offset in the block's text of what the problem is about. */
  offset: number;
}

/** Source of the messages, as linters name it beside the rule. */
const SOURCE = "react-infographics";

/**
 * Reports a block's problems on the file, each at its line and column in the file. With `fail` every message is
 * fatal and the first is thrown, which stops unified's run (the same thing `file.fail` does, for several messages).
 */
export function reportProblems(file: VFile, node: Code, kindName: string, problems: readonly BlockProblem[], onError: "fail" | "warn"): void {
  if (problems.length === 0) return;
  const source = file.value === undefined ? undefined : String(file);
  const messages: ReturnType<VFile["message"]>[] = problems.map(({ reason, offset }) => {
    const message = file.message(reason, { place: placeInFile(node, offset, source) ?? node.position, ruleId: kindName, source: SOURCE });
    message.fatal = onError === "fail";
    return message;
  });
  if (onError === "fail" && messages[0]) throw messages[0];
}
