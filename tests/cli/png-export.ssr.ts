// PNG export through the optional resvg peer (a devDependency here), measured on the decoded pixels.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { brightnessVariance, decodePng, type Pixels } from "./png-pixels";
import { reference, runCli, workFolder } from "./run-cli";

let work: ReturnType<typeof workFolder>;
beforeEach(() => {
  work = workFolder();
});
afterEach(() => work.remove());

async function renderPng(content: unknown, args: string[]): Promise<Pixels> {
  work.write("content.json", content);
  const run = await runCli(["render", "content.json", "--out", "picture.png", ...args], work.dir);
  expect(run.code, run.stderr).toBe(0);
  return decodePng(work.read("picture.png"));
}

const meanBrightness = ({ rgba }: Pixels) => {
  let sum = 0;
  for (let i = 0; i < rgba.length; i += 4) sum += (rgba[i]! + rgba[i + 1]! + rgba[i + 2]!) / 3;
  return sum / (rgba.length / 4);
};

describe("react-infographics render --format png", () => {
  it("writes a picture of width × scale pixels that is not blank", async () => {
    const pixels = await renderPng({ kind: "venn-diagram", props: reference.venn }, ["--format", "png", "--width", "600", "--scale", "3"]);
    expect(pixels.width).toBe(1800);
    expect(pixels.height).toBeGreaterThan(300);
    // A blank image has no variance; dark text and coloured shapes on a light background have a lot.
    expect(brightnessVariance(pixels)).toBeGreaterThan(200);
  });

  it("zooms by 2 unless told otherwise", async () => {
    const pixels = await renderPng({ kind: "comparison-table", props: reference.comparison }, []);
    expect(pixels.width).toBe(1440);
    expect(brightnessVariance(pixels)).toBeGreaterThan(200);
  });

  it("draws the dark theme dark, asked for by --theme or by the content's own theme", async () => {
    const content = { kind: "lifecycle-timeline", props: reference.timeline };
    const light = meanBrightness(await renderPng(content, ["--scale", "1"]));
    const dark = meanBrightness(await renderPng(content, ["--scale", "1", "--theme", "dark"]));
    const darkContent = meanBrightness(await renderPng({ ...content, props: { ...reference.timeline, theme: "dark" } }, ["--scale", "1"]));
    expect(light).toBeGreaterThan(128);
    expect(dark).toBeLessThan(128);
    expect(darkContent).toBeLessThan(128);
  });

  it("draws text the bundled font lacks (Japanese) with the system's fonts", async () => {
    // The same characters in two orders: drawn as glyphs, the two titles differ; drawn as the empty boxes of a
    // font without them, they would be the same row of boxes.
    const titled = (title: string) => ({ kind: "venn-diagram", props: { ...reference.venn, title, description: undefined } });
    const first = await renderPng(titled("製品の計画と管理"), ["--scale", "1"]);
    const second = await renderPng(titled("管理と計画の製品"), ["--scale", "1"]);
    expect([first.width, first.height]).toEqual([second.width, second.height]);
    let differing = 0;
    for (let i = 0; i < first.rgba.length; i += 4) if (Math.abs(first.rgba[i]! - second.rgba[i]!) > 64) differing++;
    expect(differing, "no system font draws Japanese here: apt-get install fonts-droid-fallback (or fonts-noto-cjk)").toBeGreaterThan(200);
  });
});
