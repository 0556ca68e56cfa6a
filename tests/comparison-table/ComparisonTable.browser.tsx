import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { ComparisonTable } from "../../src/comparison-table";
import { readEnterMark } from "../../src/motion/read-enter-mark";
import type { ComparisonTableProps } from "../../src/comparison-table";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { entranceFinished, interact, nextFrames } from "../browser/waits";

const reference = { ...(fixture.comparison as ComparisonTableProps), animation: "none" as const };
let root: Root | undefined;
let host: HTMLElement | undefined;

async function mount(node: ReactNode, width = 800) {
  host = document.createElement("div");
  host.style.width = `${width}px`;
  host.style.fontFamily = "Arial, 'Liberation Sans', sans-serif";
  document.body.append(host);
  root = createRoot(host);
  // Frames inside act(): a pointer left over the page by an earlier test fires its events as the picture appears.
  await act(async () => {
    root!.render(node);
    await nextFrames(2);
  });
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

describe("<ComparisonTable> in Chromium", () => {
  it("is exposed as a table with caption, column headers, row headers and every cell", async () => {
    await mount(
      <ComparisonTable
        {...reference}
        rows={[...reference.rows.slice(2, 5), { label: "Writes code", values: { product: null } }]}
      />,
    );
    await expect.element(page.getByRole("table")).toMatchAriaInlineSnapshot(`
      - table "Product manager and project manager, side by side":
        - rowgroup:
          - row "Aspect Product manager Project manager":
            - columnheader "Aspect"
            - columnheader "Product manager"
            - columnheader "Project manager"
        - rowgroup:
          - row "Key question Why do users need this product? How do we deliver it on time and under budget?":
            - rowheader "Key question"
            - cell "Why do users need this product?"
            - cell "How do we deliver it on time and under budget?"
          - row "Responsibilities Vision Strategy Features User benefits Task delegation Budget Team oversight":
            - rowheader "Responsibilities"
            - cell "Vision Strategy Features User benefits":
              - list:
                - listitem: Vision
                - listitem: Strategy
                - listitem: Features
                - listitem: User benefits
            - cell "Task delegation Budget Team oversight":
              - list:
                - listitem: Task delegation
                - listitem: Budget
                - listitem: Team oversight
          - row "Sets the product vision YesNo":
            - rowheader "Sets the product vision"
            - cell "Yes"
            - cell "No"
          - row "Writes code Not applicableNot applicable":
            - rowheader "Writes code"
            - cell "Not applicable"
            - cell "Not applicable"
    `);
  });

  it("moves focus with the keyboard and shows a focus ring and the hint", async () => {
    await mount(<ComparisonTable {...reference} />);
    await interact(() => userEvent.tab());
    await interact(() => userEvent.keyboard("{ArrowDown}{ArrowRight}"));
    const focused = document.activeElement as SVGGElement;
    expect(focused.getAttribute("role")).toBe("cell");
    expect(focused.textContent).toBe("The what and the why");
    const ring = focused.querySelector(".ri-focus-ring")!;
    expect(getComputedStyle(ring).visibility).toBe("visible");
    expect(parseFloat(getComputedStyle(ring).strokeWidth)).toBeGreaterThanOrEqual(2);
    await expect.element(page.getByText("Arrow keys move between cells.")).toBeVisible();
    await expect.element(focused.closest<SVGGElement>('[role="row"]')!).toHaveAttribute("data-state", "active");
  });

  it("highlights the row under the pointer across every column", async () => {
    await mount(<ComparisonTable {...reference} />);
    const row = page.getByRole("row", { name: /Key question/ });
    await interact(() => userEvent.hover(row.getByRole("cell").first()));
    await expect.element(row).toHaveAttribute("data-state", "active");
    const cells = row.element().querySelectorAll(".ri-ct-cell-bg");
    const fills = new Set(Array.from(cells).slice(1).map((c) => getComputedStyle(c).fill));
    expect(fills.size).toBe(1);
  });

  it("moves the highlight with keyboard focus even while the pointer rests on another row", async () => {
    await mount(<ComparisonTable {...reference} />);
    const hovered = page.getByRole("row", { name: /Key question/ });
    await interact(() => userEvent.hover(hovered.getByRole("cell").first()));
    await expect.element(hovered).toHaveAttribute("data-state", "active");
    await interact(() => userEvent.tab());
    await interact(() => userEvent.keyboard("{ArrowDown}"));
    const focusedRow = (document.activeElement as SVGGElement).closest<SVGGElement>('[role="row"]')!;
    expect(focusedRow).not.toBe(hovered.element());
    await expect.element(focusedRow).toHaveAttribute("data-state", "active");
    await expect.element(hovered).not.toHaveAttribute("data-state");
  });

  it("stacks into one list per column in a 360 px container, with nothing scrolling sideways", async () => {
    await mount(<ComparisonTable {...reference} />, 360);
    await expect.element(page.getByRole("table")).not.toBeInTheDocument();
    const product = page.getByRole("list", { name: "Product manager" });
    await expect.element(product).toBeVisible();
    await expect.element(product.getByRole("listitem").filter({ hasText: "Owns the budget" })).toHaveTextContent("Owns the budget:No");
    const figure = host!.querySelector("figure")!;
    expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth);
  });

  it("fills a container of its own width and scales down, keeping text at 12 px or more, before stacking", async () => {
    await mount(<ComparisonTable {...reference} />, 640);
    const svg = host!.querySelector("svg[role=table]")!;
    const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute("width"));
    expect(scale).toBeLessThan(1);
    expect(14 * scale).toBeGreaterThanOrEqual(12);
  });

  it("enters header first, then rows in order, and ends fully visible", async () => {
    await mount(<ComparisonTable {...reference} animation="on-mount" />);
    const entering = Array.from(host!.querySelectorAll<SVGElement>("svg [data-ri-enter]"));
    const orders = entering.map((el) => readEnterMark(el).order);
    expect(orders.slice(0, reference.rows.length + 1)).toEqual(Array.from({ length: reference.rows.length + 1 }, (_, i) => i));
    expect(entering[0]!.querySelector('[role="columnheader"]')).not.toBeNull();
    await act(() => entranceFinished(host!.querySelector("figure")!));
    expect(entering.filter((el) => getComputedStyle(el).opacity !== "1")).toEqual([]);
  });

  it.each([
    ["light", {}, 800],
    ["dark, highlighted", { theme: "dark", highlightColumnId: "project" }, 800],
    ["right to left", { dir: "rtl" }, 800],
    ["without a row header label", { rowHeaderLabel: undefined }, 800],
    ["narrow", {}, 360],
  ] as const)("has no axe violations: %s", async (_name, props, width) => {
    await mount(<ComparisonTable {...reference} {...(props as Partial<ComparisonTableProps>)} />, width);
    const results = await act(() => axe.run(host!));
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
