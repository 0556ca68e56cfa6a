import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { RaciMatrix } from "../src/raci-matrix";
import type { RaciMatrixProps } from "../src/raci-matrix";
import fixture from "./fixtures/raci-matrix.json";

const reference = fixture as RaciMatrixProps;

const meta = {
  title: "Infographics/RaciMatrix",
  component: RaciMatrix,
  args: reference,
} satisfies Meta<typeof RaciMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An article column of 720 px, where the table shows whatever the size of the preview. */
const articleColumn: NonNullable<Story["decorators"]> = [
  (Story) => (
    <div style={{ width: 720 }}>
      <Story />
    </div>
  ),
];

/** The reference content: who is responsible, accountable, consulted and informed at each stage of a product's life. */
export const Reference: Story = {
  decorators: articleColumn,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("table", { name: reference.title });
    await expect(canvas.getByRole("columnheader", { name: "Product manager" })).toBeInTheDocument();
    await userEvent.tab();
    await userEvent.keyboard("{ArrowDown}{ArrowRight}");
    // The first task's product-manager cell reads its codes in words, and its row and column light up.
    const cell = canvas.getAllByRole("cell", { name: "Responsible and accountable" })[0]!;
    await expect(cell).toHaveFocus();
    await expect(cell).toHaveAttribute("data-active", "both");
    await expect(canvas.getByRole("columnheader", { name: "Product manager" })).toHaveAttribute("data-active", "column");
    await expect(canvas.getByRole("rowheader", { name: /Ideation/ })).toHaveAttribute("data-active", "row");
    await expect(canvas.getByRole("list", { name: "Legend" })).toHaveTextContent(/Accountable/);
  },
};

/** Long role and task names, and a word too long for any column, wrap inside their cells. */
export const LongLabels: Story = {
  args: {
    title: "Long names wrap inside their cells",
    roles: [
      { id: "owner", label: "Chief product and experience officer" },
      { id: "eng", label: "Platform engineering and reliability" },
      { id: "legal", label: "Rechtsabteilungsleiterin" },
    ],
    tasks: [
      {
        label: "Decide which markets the product launches in first, and in what order",
        description: "Weigh the size of each market against the cost of entering it",
        assignments: { owner: ["R", "A"], eng: "C", legal: ["C", "I"] },
      },
      { label: "Pneumonoultramicroscopicsilicovolcanoconiosis review", assignments: { legal: ["R", "A"], owner: "I" } },
      { label: "Keep every service running", assignments: { eng: ["R", "A"], owner: "I", legal: "I" } },
    ],
  },
};

/** The most roles a matrix takes: eight. */
export const EightRoles: Story = {
  args: {
    title: "Eight roles, one release",
    description: "Who does what to ship a release.",
    roles: ["Product", "Project", "Design", "Dev", "QA", "Support", "Sales", "Legal"].map((label) => ({ id: label.toLowerCase(), label })),
    tasks: [
      { label: "Scope", assignments: { product: ["R", "A"], project: "C", design: "C", dev: "C", sales: "I" } },
      { label: "Plan", assignments: { project: ["R", "A"], product: "C", dev: "C", qa: "C", support: "I", sales: "I" } },
      { label: "Build", assignments: { dev: "R", project: "A", design: "R", qa: "C", product: "I" } },
      { label: "Test", assignments: { qa: "R", dev: "A", product: "I", support: "I" } },
      { label: "Docs", assignments: { product: "A", support: "R", sales: "C", legal: "C", design: "I" } },
      { label: "Sign-off", assignments: { legal: "R", product: "A", project: "C", sales: "I", support: "I", qa: "I" } },
    ],
  },
};

/** Right to left: task names on the right, roles mirrored, arrow keys follow the reading direction. */
export const RightToLeft: Story = {
  args: { dir: "rtl" },
  decorators: articleColumn,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard("{ArrowDown}{ArrowLeft}");
    await expect(canvas.getAllByRole("cell", { name: "Responsible and accountable" })[0]).toHaveFocus();
  },
};

/** The dark theme, with custom role colours that keep their contrast. */
export const Dark: Story = {
  args: {
    theme: "dark",
    roles: reference.roles.map((role, i) => (i === 0 ? { ...role, color: "#7b2cbf" } : i === 1 ? { ...role, color: "gold" } : role)),
  },
};

/** In a 360 px container the matrix becomes one card per task, listing every assignment in words. */
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
    await expect(canvas.queryByRole("table")).toBeNull();
    const growth = canvas.getByRole("list", { name: "Marketing and sales" });
    await expect(growth).toBeVisible();
    await expect(growth).toHaveTextContent("Accountable: Product manager");
    await expect(growth).toHaveTextContent("Informed: Engineering lead");
    await expect(growth).toHaveTextContent("Not involved: Project manager");
  },
};

/** No legend: for a page that explains the codes itself. */
export const WithoutLegend: Story = { args: { legend: false } };

/** Content that breaks the contract: two roles accountable for one task, and an assignment for no role. */
export const Invalid: Story = {
  args: {
    title: "A matrix with two accountable roles",
    roles: [
      { id: "pm", label: "Product manager" },
      { id: "eng", label: "Engineering lead" },
    ],
    tasks: [{ label: "Roadmap", assignments: { pm: "A", eng: "A", zz: "R" } }],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("tasks[0].assignments.eng")).toBeVisible();
    await expect(canvas.getByText("tasks[0].assignments.zz")).toBeVisible();
  },
};
