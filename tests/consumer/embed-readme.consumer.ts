// The README's "No React" section followed as written: `npm install` of the tarball, the commands from its sh block
// (copy dist/embed, render the content with the command), the HTML pasted into a page with the README's script tag.
import { readFileSync } from "node:fs";
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createConsumerProject, launchChromium, openWatchedPage, repoRoot, run, serveStatic, type ConsumerProject, type RunResult } from "./harness";

const readme = readFileSync(`${repoRoot}/README.md`, "utf8");
const section = readme.slice(readme.indexOf("## No React"));
const commands = /```sh\n([\s\S]*?)```/.exec(section)?.[1]?.trim().split("\n") ?? [];
const scriptTag = /```html\n(<script type="module"[^\n]*<\/script>)\n```/.exec(section)?.[1] ?? "";
const roles = /```yaml\n# roles\.yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

let project: ConsumerProject;
let install: RunResult;
let browser: Browser;

beforeAll(async () => {
  project = createConsumerProject("embed-readme");
  project.write("roles.yaml", roles);
  install = await run("npm", ["install", inject("tarball"), "--prefer-offline", "--no-audit", "--no-fund", "--legacy-peer-deps=false"], { cwd: project.dir, timeout: 240_000 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  project?.remove();
});

describe("the README's No React section", () => {
  it("has the commands, the script tag and the content they use", () => {
    expect(commands.length).toBeGreaterThan(0);
    expect(scriptTag).toMatch(/src="\/react-infographics\/embed\/embed\.js"/);
    expect(roles).toContain("kind: venn-diagram");
  });

  it("gives a page whose figure the script makes interactive, from the files the commands wrote", async () => {
    expect(install.code, install.output).toBe(0);
    for (const command of commands) {
      const result = await run("sh", ["-c", command.replace(/\s+#.*$/, "")], { cwd: project.dir });
      expect(result.code, `${command}\n${result.output}`).toBe(0);
    }
    const figure = readFileSync(project.path("roles.html"), "utf8");
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title>${scriptTag}</head><body><p>Roles:</p>${figure}</body></html>`;
    const server = await serveStatic(project.path("public"), { "/post.html": page });
    const watched = await openWatchedPage(browser);
    try {
      await watched.page.goto(`${server.url}/post.html`);
      await watched.page.waitForFunction(() => document.querySelector("ri-infographic")?.getAttribute("data-ri-state") === "hydrated", undefined, { timeout: 15_000 });
      expect(await watched.page.getByRole("figure", { name: "Product manager vs. project manager" }).isVisible()).toBe(true);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
      await server.close();
    }
  });
});
