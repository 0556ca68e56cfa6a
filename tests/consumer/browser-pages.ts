// The browser and server checks shared by the React 19 and React 18 consumer projects.
import type { Browser } from "playwright";
import { createConsumerProject, contentFile, runBin, runNode, type ConsumerProject, type RunResult } from "./harness";
import { readFileSync } from "node:fs";

/** Packages every browser project links in as they are (no React in them). */
const SHARED_LINKS = ["vite", "@vitejs/plugin-react"];

export interface BrowserProject {
  project: ConsumerProject;
  builds: Record<"app" | "hydrate", RunResult>;
  /** What render.mjs printed: React version, server HTML, logged errors and warnings. */
  server: { react: string; html: string; logged: string[] } | { failure: string };
  /** True when the real page (all three infographics) was installed; false for the stand-in. */
}

/**
 * Sets up a browser project for one React major: installs the tarball, React (linked for 19; copied for 18, so
 * that `react` cannot resolve back to this repository's React 19 through a symlink's real path), framer-motion,
 * the fixture page, then builds the Vite pages and renders the page on the server once.
 */
export async function setUpBrowserProject(react: 18 | 19, pages: ("app" | "hydrate")[]): Promise<BrowserProject> {
  const project =
    react === 19
      ? createConsumerProject("react19", { link: ["react", "react-dom", "framer-motion", ...SHARED_LINKS] })
      : createConsumerProject("react18", {
          link: ["motion-dom", "motion-utils", "tslib", ...SHARED_LINKS],
          copy: { react: "react-18", "react-dom": "react-dom-18", "framer-motion": "framer-motion" },
        });
  try {
    project.write("content.json", readFileSync(contentFile, "utf8"));
    project.fixture("browser/infographics.mjs");
    for (const file of ["render.mjs", "hydrate.mjs", "main.tsx", "app.html", "hydrate.html", "vite.config.mjs"]) project.fixture(`browser/${file}`);
    const builds = {} as BrowserProject["builds"];
    for (const page of pages) {
      const env = { CONSUMER_PAGE: page, NODE_ENV: page === "app" ? "production" : "development" };
      builds[page] = await runBin(project, "vite/bin/vite.js", ["build"], env);
    }
    // Development React on the server: it is the build that warns about misuse, and the test wants no warning.
    const rendered = await runNode(project, "render.mjs", { NODE_ENV: "development" });
    let server: BrowserProject["server"];
    try {
      server = JSON.parse(rendered.stdout) as BrowserProject["server"];
    } catch {
      server = { failure: `render.mjs exited with ${rendered.code}:\n${rendered.output}` };
    }
    return { project, builds, server };
  } catch (error) {
    project.remove();
    throw error;
  }
}

/** The hydration page: the built hydrate.html with the server HTML inside #root. */
export function hydrationPage(project: ConsumerProject, serverHtml: string): string {
  const shell = readFileSync(project.path("dist-hydrate/hydrate.html"), "utf8");
  if (!shell.includes("<!--ssr-->")) throw new Error("the built hydrate.html lost its <!--ssr--> marker");
  return shell.replace("<!--ssr-->", () => serverHtml);
}

export type { Browser };
