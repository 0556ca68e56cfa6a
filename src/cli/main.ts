// The `react-infographics` command. Node-only (file system, YAML, resvg): nothing in the React entry or in
// `react-infographics/static` imports from here, so a page that imports a component never loads it.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArguments, UsageError } from "./arguments";

// React chooses its development or production build when it is first loaded; a command wants the fast one (about
// 3x faster to render), so it is chosen before the renderer, and React with it, is imported.
process.env.NODE_ENV ??= "production";
const { renderFiles } = await import("./render-files");

/** The package's version, read from its package.json (this module is `dist/cli.js`). */
function packageVersion(): string {
  try {
    const manifest = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "package.json"), "utf8");
    return (JSON.parse(manifest) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

const report = (line: string) => process.stderr.write(`${line}\n`);

try {
  const invocation = parseArguments(process.argv, packageVersion());
  if (invocation.action === "render") process.exitCode = await renderFiles(invocation.request, { report });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  report(`react-infographics: ${error.message}`);
  report("Run react-infographics --help for usage.");
  process.exitCode = 1;
}
