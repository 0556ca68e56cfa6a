import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { ComparisonTable } from "../src/comparison-table";
import type { ComparisonTableProps } from "../src/comparison-table";
import fixture from "./fixtures/product-vs-project-manager.json";

const reference = fixture.comparison as ComparisonTableProps;

const meta = {
  title: "Infographics/ComparisonTable",
  component: ComparisonTable,
  args: reference,
} satisfies Meta<typeof ComparisonTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The reference content: product manager and project manager, side by side. */
export const Reference: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole("table", { name: reference.title });
    await userEvent.tab();
    const first = canvas.getByRole("columnheader", { name: "Aspect" });
    await expect(first).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{ArrowRight}");
    await expect(canvas.getByRole("cell", { name: "The what and the why" })).toHaveFocus();
    await expect(table.querySelector('[role="row"][data-state="active"]')).toHaveTextContent("Focus");
  },
};

/** Three plans compared on yes/no features, prices in numbers and short lists. */
export const BooleansNumbersAndLists: Story = {
  args: {
    title: "Which plan fits your team?",
    description: "Three plans compared on price, limits and what each includes.",
    rowHeaderLabel: "Feature",
    columns: [
      { id: "free", label: "Free" },
      { id: "team", label: "Team", description: "Most popular" },
      { id: "enterprise", label: "Enterprise", description: "For large organisations" },
    ],
    rows: [
      { label: "Price per seat (USD / month)", values: { free: 0, team: 12.5, enterprise: 1250 } },
      { label: "Storage (GB)", values: { free: 5, team: 250, enterprise: 10000 } },
      { label: "Single sign-on", values: { free: false, team: false, enterprise: true } },
      { label: "Version history", values: { free: true, team: true, enterprise: true } },
      { label: "Audit log", description: "Who changed what, and when", values: { free: null, team: false, enterprise: true } },
      {
        label: "Support",
        values: {
          free: ["Community forum"],
          team: ["Email", "Chat on weekdays"],
          enterprise: ["Email", "Phone", { label: "Named account manager", description: "Quarterly reviews" }],
        },
      },
    ],
    source: { label: "Example pricing page", href: "https://example.com/pricing" },
  },
};

/** The most columns a table takes: six, with short values. */
export const SixColumns: Story = {
  args: {
    title: "Six ways to store a team's documents",
    rowHeaderLabel: "Need",
    columns: ["Wiki", "Shared drive", "Docs suite", "Repository", "Intranet", "Email"].map((label, i) => ({ id: `c${i}`, label })),
    rows: [
      { label: "Versioning", values: { c0: true, c1: false, c2: true, c3: true, c4: false, c5: false } },
      { label: "Search quality", values: { c0: "Good", c1: "Poor", c2: "Good", c3: "Fair", c4: "Fair", c5: "Poor" } },
      { label: "Monthly cost (EUR)", values: { c0: 8, c1: 2.5, c2: 10, c3: 4, c4: 15.75, c5: null } },
    ],
    locale: "de-DE",
  },
};

/** One column drawn forward; the others stay readable at full text contrast. */
export const HighlightedColumn: Story = {
  args: { highlightColumnId: "product", description: "The product manager's side, highlighted." },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("columnheader", { name: "Product manager" })).toHaveAttribute("data-highlight", "chosen");
    await expect(canvas.getByRole("columnheader", { name: "Project manager" })).toHaveAttribute("data-highlight", "other");
  },
};

/** Long labels and values, including a word too long for any column. */
export const LongText: Story = {
  args: {
    title: "Long text wraps inside its cell",
    rowHeaderLabel: "Consideration",
    columns: [
      { id: "a", label: "Continuous deployment with feature flags", description: "Ship every merged change behind a flag" },
      { id: "b", label: "Release trains", description: "Ship on a fixed schedule" },
      { id: "c", label: "Manual releases" },
    ],
    rows: [
      {
        label: "Time from merge to production",
        values: { a: "Minutes, as soon as the pipeline is green", b: "Up to two weeks, until the next train leaves", c: "Whenever someone finds the time" },
      },
      {
        label: "Pneumonoultramicroscopicsilicovolcanoconiosis",
        description: "A word far too long for its column",
        values: { a: "Supercalifragilisticexpialidocious-level automation", b: "Predictable", c: null },
      },
      { label: "Rollback", values: { a: "Turn the flag off", b: "Revert and wait for the next train, or cut a hotfix train", c: ["Restore the backup", "Redeploy by hand", "Write the post-mortem"] } },
    ],
  },
};

/** The dark theme. */
export const Dark: Story = { args: { theme: "dark", highlightColumnId: "project" } };

/** Right to left: row labels on the right, columns mirrored. */
export const RightToLeft: Story = {
  args: { dir: "rtl" },
  play: async () => {
    await userEvent.tab();
    await userEvent.keyboard("{ArrowDown}{ArrowLeft}");
    await expect(document.activeElement).toHaveTextContent("The what and the why");
  },
};

/** In a 360 px container the table stacks into one card per column. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 360, maxWidth: "100%" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("list", { name: "Product manager" })).toBeVisible();
    await expect(canvas.queryByRole("table")).toBeNull();
  },
};

/** No entrance animation: the finished table from the first frame. */
export const ReducedMotion: Story = { args: { animation: "none" } };

/** Content that breaks the contract: an error figure that names the problem. */
export const Error: Story = {
  args: {
    title: "A table with one column",
    columns: [{ id: "only", label: "Only one" }],
    rows: [{ label: "Aspect", values: { only: "value", ghost: "no such column" } }],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("columns")).toBeVisible();
    await expect(canvas.getByText("rows[0].values.ghost")).toBeVisible();
  },
};
