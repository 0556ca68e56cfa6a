// Runs the built command (dist/cli.js) as a user's shell would, in a temporary folder of content files made from
// the reference content (stories/fixtures/product-vs-project-manager.json).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { stringify } from "yaml";

const root = resolve(import.meta.dirname, "../..");
/** The built command; the tests run after `npm run build`. */
export const cliPath = join(root, "dist/cli.js");

/** The reference content: props for venn-diagram, lifecycle-timeline and comparison-table. */
export const reference = JSON.parse(readFileSync(join(root, "stories/fixtures/product-vs-project-manager.json"), "utf8")) as {
  venn: { title: string; sets: { label: string }[] };
  timeline: { title: string; stages: { label: string }[] };
  comparison: { title: string; columns: { label: string }[] };
};

/** The outcome of one run of the command. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `react-infographics <args>` in `cwd` with this Node. */
export function runCli(args: string[], cwd: string): Promise<CliRun> {
  if (!existsSync(cliPath)) throw new Error("dist/cli.js is missing: run `npm run build` before the CLI tests.");
  return new Promise((done) => {
    execFile(process.execPath, [cliPath, ...args], { cwd, encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A temporary folder to run the command in; `write` puts a file in it (an object is written as JSON or YAML). */
export function workFolder() {
  const dir = mkdtempSync(join(tmpdir(), "ri-cli-"));
  const path = (...parts: string[]) => join(dir, ...parts);
  const write = (file: string, content: unknown) => {
    mkdirSync(dirname(path(file)), { recursive: true });
    const text = typeof content === "string" ? content : file.endsWith(".json") ? JSON.stringify(content, null, 2) : stringify(content);
    writeFileSync(path(file), text);
  };
  return { dir, path, write, read: (file: string) => readFileSync(path(file)), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
