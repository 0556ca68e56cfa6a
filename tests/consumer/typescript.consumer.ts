// TypeScript in a consumer's project, strict, with both module resolutions people use: "bundler" (Vite, Next.js)
// and "node16" (a package of type module compiled for Node). skipLibCheck is off, so the package's own
// declaration files are checked too. Each checker run is shared by the tests below, which read its diagnostics.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, repoRoot, runBin, type ConsumerProject, type RunResult } from "./harness";
import { readmeExamples } from "./readme";

const RESOLUTIONS = ["bundler", "node16"] as const;
type Resolution = (typeof RESOLUTIONS)[number];

const examples = readmeExamples();
let project: ConsumerProject;
const results = {} as Record<Resolution, { run: RunResult; errors: { file: string; text: string }[] }>;

function tsconfig(resolution: Resolution, files: string[]) {
  const module = resolution === "bundler" ? { module: "ESNext", moduleResolution: "bundler" } : { module: "node16", moduleResolution: "node16" };
  return JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        ...module,
        jsx: "react-jsx",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        moduleDetection: "force",
        noFallthroughCasesInSwitch: true,
        types: [],
      },
      files,
    },
    null,
    2,
  );
}

/** tsc's diagnostics, one per error, with the file they are in (relative to the project). */
function parseErrors(output: string) {
  const errors: { file: string; text: string }[] = [];
  for (const line of output.split("\n")) {
    const match = /^(.+?)\(\d+,\d+\): error TS\d+: /.exec(line) ?? /^error TS\d+: /.exec(line);
    if (match) errors.push({ file: match[1] ?? "", text: line.trim() });
    else if (line.startsWith("  ") && errors.length > 0) errors.at(-1)!.text += `\n${line.trim()}`;
  }
  return errors;
}

beforeAll(async () => {
  project = createConsumerProject("typescript", { link: ["react", "react-dom", "@types/react", "@types/react-dom", "framer-motion", "typescript"] });
  const files = ["layout-entry.ts", "compute-layouts.ts", "every-prop.tsx", "embed-entry.ts"];
  for (const file of files) project.fixture(`typescript/${file}`);
  for (const example of examples) {
    project.write(example.file, example.code);
    files.push(example.file);
  }
  await Promise.all(
    RESOLUTIONS.map(async (resolution) => {
      project.write(`tsconfig.${resolution}.json`, tsconfig(resolution, files));
      const run = await runBin(project, "typescript/bin/tsc", ["-p", `tsconfig.${resolution}.json`, "--pretty", "false"]);
      results[resolution] = { run, errors: parseErrors(run.stdout) };
    }),
  );
});
afterAll(() => project?.remove());

const errorsIn = (resolution: Resolution, test: (file: string) => boolean) =>
  results[resolution].errors.filter((error) => test(error.file)).map((error) => error.text);

describe.for(RESOLUTIONS)('TypeScript with moduleResolution "%s"', (resolution) => {
  it("finds no error in the package's own declaration files", () => {
    expect(errorsIn(resolution, (file) => file.startsWith("node_modules/") || file === "")).toEqual([]);
  });

  it("accepts every public prop and rejects each wrong one (every @ts-expect-error is used)", () => {
    expect(errorsIn(resolution, (file) => file === "every-prop.tsx")).toEqual([]);
  });

  it("types the headless layout entry", () => {
    expect(errorsIn(resolution, (file) => file === "layout-entry.ts" || file === "compute-layouts.ts")).toEqual([]);
  });

  it("resolves the embed entry to its declaration, which exports nothing", () => {
    expect(errorsIn(resolution, (file) => file === "embed-entry.ts")).toEqual([]);
  });

  it("type-checks every tsx example of the README", () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(errorsIn(resolution, (file) => file.startsWith("readme-"))).toEqual([]);
  });

  it("ran the checker to the end, with no error outside the files above", () => {
    const { run, errors } = results[resolution];
    expect(run.code === 0 || errors.length > 0, run.output).toBe(true);
    expect(errors.filter((error) => !/^(node_modules\/|every-prop|layout-entry|compute-layouts|embed-entry|readme-|$)/.test(error.file)).map((e) => e.text)).toEqual([]);
  });
});

describe("the README's usage section", () => {
  it('tells Next.js users the React entry is marked "use client"', () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    expect({ nextjs: /Next\.js/.test(readme), useClient: /["']?use client["']?/.test(readme), serverComponent: /server component/i.test(readme) }).toEqual({
      nextjs: true,
      useClient: true,
      serverComponent: true,
    });
  });

  it("shows each infographic, the validation helpers, theming and the layout entry in tsx examples", () => {
    const code = examples.map((example) => example.code).join("\n");
    const shown = {
      VennDiagram: /<VennDiagram\b/.test(code),
      LifecycleTimeline: /<LifecycleTimeline\b/.test(code),
      ComparisonTable: /<ComparisonTable\b/.test(code),
      validators: /\bvalidate(VennDiagram|LifecycleTimeline|ComparisonTable)\(/.test(code),
      theming: /\btheme=/.test(code),
      layoutEntry: /from ["']react-infographics\/layout["']/.test(code),
    };
    expect(shown).toEqual({ VennDiagram: true, LifecycleTimeline: true, ComparisonTable: true, validators: true, theming: true, layoutEntry: true });
  });
});
