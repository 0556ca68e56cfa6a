import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { page, userEvent } from "vitest/browser";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { VennDiagram, type VennDiagramProps } from "../../src/venn";
import { entranceFinished, interact, nextFrames } from "../browser/waits";

const reference = fixture.venn as VennDiagramProps;
let container: HTMLDivElement;
let root: Root | undefined;

async function mount(width: number, props: Partial<VennDiagramProps> = {}, settleFrames = 2) {
  container = document.createElement("div");
  container.style.width = `${width}px`;
  document.body.append(container);
  // Frames inside act(): a pointer left over the page by an earlier test fires its events as the picture appears.
  await act(async () => {
    root = createRoot(container);
    root.render(<VennDiagram {...reference} animation="none" {...props} />);
    await nextFrames(settleFrames);
  });
}

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

describe("<VennDiagram> in Chromium", () => {
  it("gives screen readers the figure, named by its title, and one named list per region", async () => {
    await mount(800);
    await expect.element(page.getByRole("figure")).toMatchAriaInlineSnapshot(`
      - figure "Product manager vs. project manager":
        - paragraph: Product manager vs. project manager
        - paragraph: "Who is responsible for what: the product manager owns the what and the why, the project manager owns the how, and both serve the company's goals."
        - group "Venn diagram of Product manager and Project manager":
          - list "Product manager only":
            - listitem: Product vision
            - listitem: Big-picture strategy
            - listitem: Why users need it
            - listitem: Feature priorities
            - listitem: Benefits for users
            - listitem: Marketing and sales handoff
          - list "Both":
            - listitem: Company goals and vision
            - listitem: Cross-team communication
            - listitem: Called "PM" for short
          - list "Project manager only":
            - listitem: Task delegation
            - listitem: Budget
            - listitem: Schedule and deadlines
            - listitem: Team oversight
            - listitem: Delivery from start to finish
    `);
  });

  it("gives screen readers the same lists as stacked cards in a 360 px container", async () => {
    await mount(360);
    await expect.element(page.getByRole("figure")).toMatchAriaInlineSnapshot(`
      - figure "Product manager vs. project manager":
        - paragraph: Product manager vs. project manager
        - paragraph: "Who is responsible for what: the product manager owns the what and the why, the project manager owns the how, and both serve the company's goals."
        - list "Product manager only":
          - listitem: Product vision
          - listitem: Big-picture strategy
          - listitem: Why users need it Understands the problem the product solves and who it is for.
          - listitem: Feature priorities
          - listitem: Benefits for users
          - listitem: Marketing and sales handoff
        - list "Both":
          - listitem: Company goals and vision
          - listitem: Cross-team communication
          - listitem: Called "PM" for short
        - list "Project manager only":
          - listitem: Task delegation
          - listitem: Budget
          - listitem: Schedule and deadlines
          - listitem: Team oversight Leads the people needed to finish the project.
          - listitem: Delivery from start to finish
    `);
    expect(getComputedStyle(container.querySelector(".ri-wide")!).display).toBe("none");
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });

  it("draws item text no smaller than 12 px at the narrowest width that keeps the picture", async () => {
    await mount(800);
    const svg = container.querySelector<SVGSVGElement>("svg.ri-venn-picture")!;
    const viewBoxWidth = svg.viewBox.baseVal.width;
    // The container query matches widths up to and including narrowBelow; 32 px is the figure's padding.
    const narrowest = Math.ceil((viewBoxWidth * 12) / 14) + 1 + 32;
    container.style.width = `${narrowest}px`;
    expect(getComputedStyle(container.querySelector(".ri-wide")!).display).not.toBe("none");
    expect((svg.getBoundingClientRect().width / viewBoxWidth) * 14).toBeGreaterThanOrEqual(11.99);
    container.style.width = `${narrowest - 1}px`;
    expect(getComputedStyle(container.querySelector(".ri-wide")!).display).toBe("none");
  });

  it("takes one Tab stop, moves with arrows, shows the hint and a visible focus ring, and lets Tab leave", async () => {
    await mount(800);
    const after = document.createElement("button");
    after.textContent = "after";
    document.body.append(after);
    await interact(() => userEvent.tab());
    const productOnly = page.getByRole("list", { name: "Product manager only" });
    await expect.element(productOnly).toHaveFocus();
    const ring = container.querySelector(".ri-venn-region[data-region='0'] > .ri-focus-ring")!;
    expect(getComputedStyle(ring).visibility).toBe("visible");
    expect(getComputedStyle(container.querySelector(".ri-keyboard-hint")!).visibility).toBe("visible");
    await interact(() => userEvent.keyboard("{ArrowRight}{ArrowDown}"));
    await expect.element(page.getByRole("listitem").filter({ hasText: "Company goals" })).toHaveFocus();
    await interact(() => userEvent.tab());
    expect(document.activeElement).toBe(after);
    after.remove();
  });

  it("follows keyboard focus even while the pointer rests on another region", async () => {
    await mount(800);
    const hovered = page.getByRole("list", { name: "Project manager only" });
    await interact(() => userEvent.hover(hovered.getByRole("listitem").first()));
    await expect.element(hovered).toHaveAttribute("data-state", "active");
    await interact(() => userEvent.tab());
    const focused = page.getByRole("list", { name: "Product manager only" });
    await expect.element(focused).toHaveFocus();
    await expect.element(focused).toHaveAttribute("data-state", "active");
    await expect.element(hovered).not.toHaveAttribute("data-state", "active");
  });

  it("reads an item's description as its accessible description", async () => {
    await mount(800);
    const item = container.querySelector<SVGElement>(".ri-venn-item[data-described='true']")!;
    const tip = document.getElementById(item.getAttribute("aria-describedby")!)!;
    expect(tip.textContent?.replace(/\s+/g, " ").trim()).toBe("Understands the problem the product solves and who it is for.");
    await expect.element(page.elementLocator(item)).toHaveAccessibleDescription("Understands the problem the product solves and who it is for.");
  });

  it("plays the entrance on mount and ends with every item shown and every circle at full size", async () => {
    // No frames before the first look: the entrance must be seen hiding the items it is about to bring in.
    await mount(800, { animation: "on-mount" }, 0);
    const item = container.querySelector<SVGElement>(".ri-venn-item")!;
    const circle = container.querySelector<SVGElement>(".ri-venn-circle")!;
    expect(getComputedStyle(item).opacity).toBe("0");
    await act(() => entranceFinished(container.querySelector("figure")!));
    for (const element of container.querySelectorAll<SVGElement>(".ri-venn-item")) expect(getComputedStyle(element).opacity).toBe("1");
    expect(getComputedStyle(circle).opacity).toBe("1");
    const box = circle.getBoundingClientRect();
    const r = Number(circle.getAttribute("r"));
    const scale = (container.querySelector("svg")!.getBoundingClientRect().width / container.querySelector("svg")!.viewBox.baseVal.width);
    expect(box.width).toBeCloseTo(2 * r * scale, 0);
  });
});
