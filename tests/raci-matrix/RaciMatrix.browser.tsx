import axe from "axe-core";
import { act, type ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { RaciMatrix } from "../../src/raci-matrix";
import type { RaciMatrixProps } from "../../src/raci-matrix";
import { readEnterMark } from "../../src/motion/read-enter-mark";
import { contrastRatio } from "../../src/theme/contrast";
import fixture from "../../stories/fixtures/raci-matrix.json";
import { clearStage, stage } from "../browser/stage";
import { entranceFinished, interact } from "../browser/waits";

const reference = { ...(fixture as RaciMatrixProps), animation: "none" as const };
let host: HTMLElement | undefined;

async function mount(node: ReactNode, width = 800) {
  host = await stage(node, `width: ${width}px; font-family: Arial, 'Liberation Sans', sans-serif`);
}

afterEach(clearStage);

const cellAt = (key: string) => host!.querySelector<SVGGElement>(`[data-key="${key}"]`)!;
const activeKeys = () => Array.from(host!.querySelectorAll("[data-active]"), (cell) => `${cell.getAttribute("data-key")}=${cell.getAttribute("data-active")}`);

describe("<RaciMatrix> in Chromium", () => {
  it("has one Tab stop; arrow keys move cell to cell, with a focus ring and the hint", async () => {
    await mount(<RaciMatrix {...reference} />);
    expect(host!.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await interact(() => userEvent.tab());
    await interact(() => userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}"));
    const focused = document.activeElement as SVGGElement;
    expect(focused.getAttribute("data-key")).toBe("2:2");
    expect(focused.getAttribute("aria-label")).toBe("Informed");
    expect(getComputedStyle(focused.querySelector(".ri-focus-ring")!).visibility).toBe("visible");
    await expect.element(page.getByText(/Arrow keys move between cells/)).toBeVisible();
    await interact(() => userEvent.keyboard("{Control>}{End}{/Control}"));
    expect((document.activeElement as SVGGElement).getAttribute("data-key")).toBe(`${reference.tasks.length}:${reference.roles.length}`);
  });

  it("highlights the same row and column for a hovered cell as for a focused one", async () => {
    await mount(<RaciMatrix {...reference} />);
    await interact(() => userEvent.hover(cellAt("3:2")));
    const hovered = activeKeys();
    expect(hovered).toEqual(expect.arrayContaining(["3:0=row", "0:2=column", "3:2=both", "1:2=column", "3:5=row"]));
    const fill = getComputedStyle(cellAt("3:2").querySelector(".ri-rm-cell-bg")!).fill;
    expect(fill).not.toBe(getComputedStyle(cellAt("1:1").querySelector(".ri-rm-cell-bg")!).fill);
    await interact(() => userEvent.unhover(cellAt("3:2")));
    await interact(() => userEvent.hover(host!.querySelector(".ri-title")!));
    expect(activeKeys()).toEqual([]);
    await interact(() => userEvent.tab());
    await interact(() => userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}"));
    expect(activeKeys()).toEqual(hovered);
  });

  it("becomes one card per task in a 360 px container, every assignment in words, nothing scrolling sideways", async () => {
    await mount(<RaciMatrix {...reference} />, 360);
    await expect.element(page.getByRole("table")).not.toBeInTheDocument();
    const launch = page.getByRole("list", { name: "Launch" });
    await expect.element(launch).toBeVisible();
    await expect.element(launch).toHaveTextContent(/Accountable:\s*Project manager/);
    await expect.element(launch).toHaveTextContent(/Responsible:\s*Engineering lead, Marketing/);
    await expect.element(launch).toHaveTextContent(/Consulted:\s*Product manager/);
    await expect.element(launch).toHaveTextContent(/Informed:\s*Design lead/);
    const figure = host!.querySelector("figure")!;
    expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth);
  });

  it("tells the codes apart without colour: fill, dash pattern and weight differ", async () => {
    await mount(<RaciMatrix {...reference} />);
    const badge = (code: string) => host!.querySelector(`.ri-wide svg .ri-rm-badge[data-code="${code}"]`)!;
    const look = (code: string) => {
      const circle = getComputedStyle(badge(code).querySelector("circle")!);
      const letter = getComputedStyle(badge(code).querySelector("text")!);
      return `${circle.fill === getComputedStyle(host!.querySelector("figure")!).backgroundColor ? "hollow" : "filled"} ${circle.strokeDasharray} ${letter.fontWeight}`;
    };
    const looks = ["R", "A", "C", "I"].map(look);
    expect(new Set(looks).size).toBe(4);
  });

  it.each(["light", "dark"] as const)("keeps badge letters at 4.5:1 and rings at 3:1 in the %s theme, custom colours included", async (theme) => {
    await mount(<RaciMatrix {...reference} theme={theme} roles={reference.roles.map((role, i) => (i === 0 ? { ...role, color: "#ffd400" } : role))} />);
    const rgb = (value: string) => `#${(value.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;
    for (const badge of Array.from(host!.querySelectorAll(".ri-wide svg[role=table] .ri-rm-badge"))) {
      const circle = getComputedStyle(badge.querySelector("circle")!);
      const letter = getComputedStyle(badge.querySelector("text")!);
      const cellFill = getComputedStyle(badge.parentElement!.querySelector(".ri-rm-cell-bg")!).fill;
      expect(contrastRatio(rgb(letter.fill), rgb(circle.fill))).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(rgb(circle.stroke), rgb(cellFill))).toBeGreaterThanOrEqual(3);
    }
    const header = host!.querySelector('[role="columnheader"]')!;
    const headerFill = rgb(getComputedStyle(header.querySelector(".ri-rm-cell-bg")!).fill);
    expect(contrastRatio(rgb(getComputedStyle(header.querySelector("text")!).fill), headerFill)).toBeGreaterThanOrEqual(4.5);
  });

  it("enters row by row after hydration and ends fully visible", async () => {
    await mount(<RaciMatrix {...reference} animation="on-mount" />);
    const rows = Array.from(host!.querySelectorAll<SVGElement>("svg [data-ri-enter]"));
    expect(rows.map((row) => readEnterMark(row).order)).toEqual(Array.from({ length: reference.tasks.length + 1 }, (_, i) => i));
    await act(() => entranceFinished(host!.querySelector("figure")!));
    expect(rows.filter((row) => getComputedStyle(row).opacity !== "1")).toEqual([]);
  });

  it("moves nothing when the reader prefers reduced motion", async () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...original.call(window, query), matches: query.includes("reduce") })) as typeof window.matchMedia;
    try {
      await mount(<RaciMatrix {...reference} animation="on-mount" />);
      const rows = Array.from(host!.querySelectorAll<SVGElement>("svg [data-ri-enter]"));
      expect(rows.filter((row) => getComputedStyle(row).opacity !== "1" || row.getAttribute("style"))).toEqual([]);
    } finally {
      window.matchMedia = original;
    }
  });

  it.each([
    ["light", {}, 800],
    ["dark", { theme: "dark" }, 800],
    ["right to left", { dir: "rtl" }, 800],
    ["narrow", {}, 360],
  ] as const)("has no axe violations: %s", async (_name, props, width) => {
    await mount(<RaciMatrix {...reference} {...(props as Partial<RaciMatrixProps>)} />, width);
    const results = await act(() => axe.run(host!));
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
