// The README's code examples, as the TypeScript consumer project checks them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./harness";

export interface ReadmeExample {
  /** File name in the consumer project, e.g. readme-2.tsx. */
  file: string;
  /** Line of the README where the block's code starts. */
  line: number;
  code: string;
}

/** Every ```tsx block of README.md, each made a module of its own. */
export function readmeExamples(readme = readFileSync(join(repoRoot, "README.md"), "utf8")): ReadmeExample[] {
  const examples: ReadmeExample[] = [];
  for (const match of readme.matchAll(/^```tsx[^\n]*\n([\s\S]*?)^```/gm)) {
    const code = match[1]!;
    const line = readme.slice(0, match.index).split("\n").length + 1;
    // A block with no import or export would be a global script; blocks must not see each other's names.
    const module = /^\s*(import|export)\s/m.test(code) ? code : `${code}\nexport {};\n`;
    examples.push({ file: `readme-${examples.length + 1}.tsx`, line, code: `// README.md line ${line}\n${module}` });
  }
  return examples;
}
