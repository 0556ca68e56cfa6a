import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ComparisonTable } from "../../src/comparison-table";
import type { ComparisonTableProps } from "../../src/comparison-table";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";

const reference = { ...(fixture.comparison as ComparisonTableProps), animation: "none" as const };

function renderTable(props: Partial<ComparisonTableProps> = {}) {
  const view = render(<ComparisonTable {...reference} {...props} />);
  const table = screen.getByRole("table", { name: reference.title });
  // By text content: jsdom's name computation drops the space between SVG lines that Chromium keeps (see the
  // browser test), so a wrapped cell is found by its text here.
  const cell = (text: string) => {
    const found = within(table).getAllByRole("cell").find((c) => c.textContent === text);
    if (!found) throw new Error(`no cell reads "${text}"`);
    return found;
  };
  return { ...view, table, cell };
}

describe("<ComparisonTable>", () => {
  it("is a table named by the title, with column headers, row headers and every cell", () => {
    const { table } = renderTable();
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(["Aspect", "Product manager", "Project manager"]);
    expect(within(table).getAllByRole("rowheader").map((h) => h.textContent)).toEqual(reference.rows.map((r) => r.label));
    expect(within(table).getAllByRole("row")).toHaveLength(reference.rows.length + 1);
    expect(within(table).getAllByRole("cell")).toHaveLength(reference.rows.length * 2);
  });

  it("reads yes/no as Yes and No, a missing value as Not applicable, and lists as lists", () => {
    const { table } = renderTable({
      rows: [
        { label: "Sets the vision", values: { product: true, project: false } },
        { label: "Writes code", values: { product: null } },
        { label: "Tools", values: { product: ["Roadmap", "Interviews"], project: ["Gantt chart"] } },
      ],
    });
    const [vision, code, tools] = within(table).getAllByRole("row").slice(1);
    expect(within(vision!).getAllByRole("cell").map((c) => c.getAttribute("aria-label"))).toEqual(["Yes", "No"]);
    expect(within(code!).getAllByRole("cell").map((c) => c.getAttribute("aria-label"))).toEqual(["Not applicable", "Not applicable"]);
    const lists = within(tools!).getAllByRole("list");
    expect(within(lists[0]!).getAllByRole("listitem").map((i) => i.textContent)).toEqual(["Roadmap", "Interviews"]);
  });

  it("keeps a wrapped cell's words apart for screen readers", () => {
    const { cell } = renderTable();
    expect(cell("The whole product lifecycle, from ideation to marketing and sales")).toBeInTheDocument();
  });

  it("has one Tab stop and moves cell to cell with the arrow keys, Home and End", async () => {
    const user = userEvent.setup();
    const { table, cell } = renderTable();
    expect(table.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await user.tab();
    expect(within(table).getByRole("columnheader", { name: "Aspect" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(table).getByRole("rowheader", { name: "Focus" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(cell("The what and the why")).toHaveFocus();
    await user.keyboard("{End}");
    expect(cell("The how")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(within(table).getByRole("rowheader", { name: "Focus" })).toHaveFocus();
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(within(table).getByRole("columnheader", { name: "Aspect" })).toHaveFocus();
    await user.keyboard("{Control>}{End}{/Control}");
    expect(cell("A defined outcome, reached on time and under budget")).toHaveFocus();
    expect(table.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await user.tab();
    expect(table).not.toContainElement(document.activeElement as HTMLElement);
  });

  it("mirrors Left and Right in right-to-left tables", async () => {
    const user = userEvent.setup();
    const { table, cell } = renderTable({ dir: "rtl" });
    await user.tab();
    await user.keyboard("{ArrowDown}{ArrowLeft}");
    expect(cell("The what and the why")).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(within(table).getByRole("rowheader", { name: "Focus" })).toHaveFocus();
  });

  it("highlights a row across columns on hover and on focus, as data-state", async () => {
    const user = userEvent.setup();
    const { table } = renderTable();
    const rows = within(table).getAllByRole("row");
    fireEvent.pointerEnter(rows[2]!);
    expect(rows[2]).toHaveAttribute("data-state", "active");
    expect(within(rows[2]!).getAllByRole("cell").every((c) => c.getAttribute("data-state") === "active")).toBe(true);
    expect(rows[1]).not.toHaveAttribute("data-state");
    fireEvent.pointerLeave(rows[2]!);
    expect(rows[2]).not.toHaveAttribute("data-state");
    await user.tab();
    await user.keyboard("{ArrowDown}");
    expect(rows[1]).toHaveAttribute("data-state", "active");
  });

  it("marks the highlighted column and leaves the others marked as such", () => {
    const { table } = renderTable({ highlightColumnId: "project" });
    const [, product, project] = within(table).getAllByRole("columnheader");
    expect(project).toHaveAttribute("data-highlight", "chosen");
    expect(product).toHaveAttribute("data-highlight", "other");
  });

  it("follows only safe links, and Enter on a cell follows its link", async () => {
    const user = userEvent.setup();
    const { table } = renderTable({
      rows: [{ label: "Read more", values: { product: [{ label: "Guide", href: "https://example.com/guide" }], project: [{ label: "Trap", href: "javascript:alert(1)" }] } }],
    });
    const link = within(table).getByRole("link", { name: "Guide" });
    expect(link).toHaveAttribute("href", "https://example.com/guide");
    expect(within(table).queryByRole("link", { name: "Trap" })).toBeNull();
    expect(within(table).getByText("Trap")).toBeInTheDocument();
    const clicked = vi.fn((event: Event) => event.preventDefault());
    link.addEventListener("click", clicked);
    await user.tab();
    await user.keyboard("{ArrowDown}{ArrowRight}{Enter}");
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it("also renders the stacked cards: one list per column naming every row", () => {
    const { container } = renderTable();
    const narrow = container.querySelector(".ri-narrow") as HTMLElement;
    const product = within(narrow).getByRole("list", { name: "Product manager" });
    const entries = within(product).getAllByRole("listitem").filter((li) => li.parentElement === product);
    expect(entries).toHaveLength(reference.rows.length);
    expect(entries[4]).toHaveTextContent("Sets the product vision:Yes");
  });

  it("passes id, className and style to the root figure", () => {
    renderTable({ id: "compare", className: "mine", style: { maxWidth: 700 } });
    const figure = screen.getByRole("figure", { name: reference.title });
    expect(figure).toHaveAttribute("id", "compare");
    expect(figure).toHaveClass("mine", "ri-comparison-table");
  });

  it("draws an error figure naming the prop path instead of crashing on bad input", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = { ...reference, columns: [{ id: "a", label: "A" }, { id: "a", label: "B" }] };
    render(<ComparisonTable {...bad} />);
    const figure = screen.getByRole("figure", { name: reference.title });
    expect(figure).toHaveTextContent('columns[1].id: duplicate id "a"');
    expect(screen.queryByRole("table")).toBeNull();
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("survives props that are not arrays at all", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = { title: "Broken", columns: "product,project", rows: null } as unknown as ComparisonTableProps;
    render(<ComparisonTable {...bad} />);
    expect(screen.getByRole("figure", { name: "Broken" })).toHaveTextContent("columns: must be an array");
  });
});
