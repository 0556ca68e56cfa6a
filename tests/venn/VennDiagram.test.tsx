import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { VennDiagram, type VennDiagramProps } from "../../src/venn";
import { readEnterMark } from "../../src/motion/read-enter-mark";

const reference = fixture.venn as VennDiagramProps;

/** The wide picture; jsdom has no container queries, so queries stay inside the layout under test. */
function wide(container: HTMLElement) {
  return within(container.querySelector<HTMLElement>(".ri-wide")!);
}

describe("<VennDiagram>", () => {
  it("is a figure named by its title, with one named list per non-empty region holding its items", () => {
    const { container } = render(<VennDiagram {...reference} animation="none" />);
    expect(screen.getByRole("figure", { name: reference.title })).toBeInTheDocument();
    const picture = wide(container);
    const lists = picture.getAllByRole("list");
    expect(lists.map((l) => l.getAttribute("aria-label"))).toEqual(["Product manager only", "Both", "Project manager only"]);
    const both = picture.getByRole("list", { name: "Both" });
    expect(within(both).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Company goals and vision",
      "Cross-team communication",
      'Called "PM" for short',
    ]);
    expect(within(picture.getByRole("list", { name: "Product manager only" })).getAllByRole("listitem")).toHaveLength(6);
  });

  it("draws no list for an empty region, and names overlaps by their sets when they have no label", () => {
    const { container } = render(
      <VennDiagram title="Roles" animation="none" sets={[{ id: "a", label: "Design" }, { id: "b", label: "Engineering", items: ["Builds"] }]} overlaps={[{ sets: ["a", "b"], items: ["Prototypes"] }]} />,
    );
    expect(wide(container).getAllByRole("list").map((l) => l.getAttribute("aria-label"))).toEqual(["Design and Engineering", "Engineering only"]);
  });

  it("shows markup in labels as text and links only safe addresses", () => {
    const sets = [
      { id: "a", label: "<b>Bold</b>", items: ["<img src=x onerror=alert(1)>", { label: "Bad link", href: "javascript:alert(1)" }, { label: "Good link", href: "https://example.com/" }] },
      { id: "b", label: "B" },
    ];
    const { container } = render(<VennDiagram title="Markup" animation="none" sets={sets} />);
    expect(container.querySelector("img")).toBeNull();
    const picture = wide(container);
    expect(picture.getAllByRole("listitem").map((li) => li.textContent)).toContain("<img src=x onerror=alert(1)>");
    expect(picture.getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual(["https://example.com/"]);
    expect(picture.getByText("Bad link").closest("a")).toBeNull();
  });

  it("has one Tab stop; arrows move between regions and into items; Escape goes back, then leaves", async () => {
    const user = userEvent.setup();
    const { container } = render(<VennDiagram {...reference} animation="none" />);
    const picture = wide(container);
    await user.tab();
    const productOnly = picture.getByRole("list", { name: "Product manager only" });
    expect(productOnly).toHaveFocus();
    expect(productOnly).toHaveAttribute("data-state", "active");
    await user.keyboard("{ArrowRight}");
    const both = picture.getByRole("list", { name: "Both" });
    expect(both).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(both).getAllByRole("listitem")[0]).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(both).getAllByRole("listitem")[1]).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(both).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(container.contains(document.activeElement)).toBe(false);
    // Only one element is in the Tab order at a time.
    expect(container.querySelectorAll('.ri-wide [tabindex="0"]')).toHaveLength(1);
  });

  it("highlights the hovered region and dims the other regions' fills", () => {
    const { container } = render(<VennDiagram {...reference} animation="none" />);
    const fill = container.querySelector('.ri-venn-region-fill[data-region="0-1"]')!;
    fireEvent.pointerEnter(fill);
    expect(wide(container).getByRole("list", { name: "Both" })).toHaveAttribute("data-state", "active");
    expect(container.querySelector('.ri-venn-region-fill[data-region="0"]')).toHaveAttribute("data-ri-dim", "true");
    expect(fill).toHaveAttribute("data-ri-dim", "false");
    fireEvent.pointerLeave(container.querySelector("svg.ri-venn-picture")!);
    expect(container.querySelector('.ri-venn-region-fill[data-region="0"]')).toHaveAttribute("data-ri-dim", "false");
  });

  it("gives an item's description to screen readers and shows it on keyboard focus", async () => {
    const user = userEvent.setup();
    const { container } = render(<VennDiagram {...reference} animation="none" />);
    const item = wide(container).getByText("Why users need it").closest('[role="listitem"]') as HTMLElement;
    // jsdom joins the description's lines without their space; the browser test checks the exact words.
    expect(item).toHaveAccessibleDescription(/^Understands the problem the product ?solves and who it is for\.$/);
    const tooltip = document.getElementById(item.getAttribute("aria-describedby")!)!;
    expect(tooltip).not.toHaveAttribute("data-state", "open");
    await user.tab();
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(item).toHaveFocus();
    expect(tooltip).toHaveAttribute("data-state", "open");
  });

  it("renders the stacked cards too, one named list per non-empty region in reading order", () => {
    const { container } = render(<VennDiagram {...reference} animation="none" />);
    const cards = within(container.querySelector<HTMLElement>(".ri-narrow")!);
    const lists = cards.getAllByRole("list", { hidden: true });
    expect(lists.map((l) => document.getElementById(l.getAttribute("aria-labelledby")!)?.textContent)).toEqual([
      "Product manager only",
      "Both",
      "Project manager only",
    ]);
  });

  it("marks circles to enter first and items to stagger in after them", () => {
    const { container } = render(<VennDiagram {...reference} />);
    const order = (selector: string) => [...container.querySelectorAll(selector)].map((e) => readEnterMark(e).order);
    const circles = order('.ri-venn-circle[data-ri-enter^="pop"]');
    const items = order('.ri-venn-item[data-ri-enter]');
    expect(circles).toHaveLength(2);
    expect(items).toHaveLength(14);
    expect(Math.min(...items)).toBeGreaterThan(Math.max(...circles));
    expect(new Set(items).size).toBe(14);
  });

  it("tints a set with its own colour and keeps a dash pattern per set as a second cue", () => {
    const sets = [{ ...reference.sets[0]!, color: "#7c3aed" }, reference.sets[1]!];
    const { container } = render(<VennDiagram {...reference} sets={sets} animation="none" />);
    const body = container.querySelector<HTMLElement>(".ri-venn-body")!;
    // Violet is dark enough to stand out on white as it is; on the dark background it is lightened.
    expect(body.style.getPropertyValue("--ri-venn-1-stroke-light")).toBe("#7c3aed");
    expect(body.style.getPropertyValue("--ri-venn-1-stroke-dark")).not.toBe("#7c3aed");
    expect(body.style.getPropertyValue("--ri-venn-2-stroke-light")).toBe("var(--ri-set-2-stroke)");
    const style = container.querySelector("style:last-of-type")?.textContent ?? "";
    expect(style).toContain('.ri-venn-circle[data-set="1"]){stroke-dasharray:7 4}');
  });

  it("renders an error figure naming the prop path instead of crashing on bad input", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = { title: "Broken", sets: [{ id: "a", label: "A" }, { id: "a", label: "B" }] } as VennDiagramProps;
    render(<VennDiagram {...bad} />);
    expect(screen.getByRole("figure", { name: "Broken" })).toHaveTextContent('sets[1].id: duplicate id "a"');
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });

  it("does not hide anything when animation is on but the figure is already on screen at mount", () => {
    act(() => {
      render(<VennDiagram {...reference} animation="on-mount" />);
    });
    expect(screen.getAllByText("Budget")[0]).toBeInTheDocument();
  });
});
