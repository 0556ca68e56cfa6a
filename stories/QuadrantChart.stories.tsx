import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import fixture from "./fixtures/quadrant-chart.json";
import { QuadrantChart } from "../src/quadrant-chart";
import type { QuadrantChartProps } from "../src/quadrant-chart";

const reference = fixture.backlog as QuadrantChartProps;

const meta = {
  title: "Infographics/QuadrantChart",
  component: QuadrantChart,
  args: reference,
} satisfies Meta<typeof QuadrantChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The reference content: a product manager's backlog by impact and effort. */
export const Reference: Story = {};

/** Eight items within 0.05 of each other: labels spread out around the cluster, joined to their dots by leader lines. */
export const ClusteredItems: Story = {
  args: {
    title: "Everything looks medium",
    description: "A team that rated every idea about the same: the labels still find room and never cover a dot.",
    items: [
      { label: "Audit log", x: 0.52, y: 0.55 },
      { label: "Team roles", x: 0.55, y: 0.53 },
      { label: "Usage report", x: 0.5, y: 0.5 },
      { label: "Saved filters", x: 0.48, y: 0.52 },
      { label: "Bulk edit", x: 0.53, y: 0.48 },
      { label: "Slack alerts", x: 0.47, y: 0.47 },
      { label: "Templates", x: 0.51, y: 0.45 },
      { label: "Comments", x: 0.45, y: 0.54 },
    ],
  },
};

const twenty = [
  "Onboarding checklist", "CSV export", "Faster search", "Single sign-on", "Offline mobile app", "Dark mode", "Clearer empty states",
  "Rewrite the editor", "Custom themes", "AI summaries", "Audit log", "Team roles", "Usage report", "Saved filters", "Bulk edit",
  "Slack alerts", "Templates", "Comments", "Public API", "Two-factor login",
];

/** Twenty items, the most a chart takes. */
export const TwentyItems: Story = {
  args: {
    title: "The whole backlog at once",
    description: "Twenty ideas, the most one chart takes.",
    items: twenty.map((label, i) => ({ label, x: ((i * 37) % 100) / 100, y: ((i * 61 + 13) % 100) / 100 })),
  },
};

/** Long labels and names wrap; nothing overflows or overlaps. */
export const LongLabels: Story = {
  args: {
    title: "Ideas with long names",
    description: "Labels wrap onto several lines and still keep clear of each other and of every dot.",
    xAxis: { label: "Engineering effort in person-weeks", low: "Under a week", high: "A quarter or more" },
    yAxis: { label: "Expected effect on retention", low: "Hardly any", high: "Substantial" },
    quadrants: { topLeft: "Do these first, they pay for themselves", topRight: "Plan carefully", bottomLeft: "When there is slack", bottomRight: "Probably never worth it" },
    items: [
      { label: "Internationalisation of every customer-facing email template", x: 0.3, y: 0.8 },
      { label: "Replace the homegrown billing engine with a vendor", x: 0.85, y: 0.35 },
      { label: "Keyboard shortcuts for power users", x: 0.2, y: 0.25 },
      { label: "Supercalifragilisticexpialidocious onboarding", x: 0.7, y: 0.75 },
    ],
  },
};

/** Without quadrant names: each quadrant is named from the axis ends ("High impact, low effort"). */
export const NoQuadrantNames: Story = { args: { quadrants: undefined } };

/**
 * Right to left: text reads right to left, but the axes are not mirrored: low effort stays on the left, as on any
 * chart, so that positions mean the same in every language. The arrow keys follow the picture.
 */
export const RightToLeft: Story = { args: { dir: "rtl" } };

/** The dark theme. */
export const Dark: Story = { args: { theme: "dark" } };

/** A 360 px container: one card per quadrant, with both axes in words. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 360 }}>
        <Story />
      </div>
    ),
  ],
};

/** No entrance animation: the finished picture from the start. */
export const ReducedMotion: Story = { args: { animation: "none" } };

/** Invalid content: an error figure names the prop path instead of drawing a wrong picture. */
export const InvalidInput: Story = {
  args: {
    title: "A backlog with mistakes",
    description: undefined,
    items: [
      { id: "a", label: "Dark mode", x: 0.3, y: 0.3 },
      { id: "a", label: "", x: 0.5, y: 0.2 },
      { label: "Audit log", x: 1.4, y: 0.5 },
    ],
  },
};

/** Keyboard: Tab reaches the first item; arrows move to the next item in that direction (by x or by y); End to the last. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const first = canvas.getByRole("listitem", { name: /^Onboarding checklist/ });
    await expect(first).toHaveFocus();
    await expect(first).toHaveAttribute("data-state", "active");
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("listitem", { name: /^Dark mode/ })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("listitem", { name: /^Rewrite the editor/ })).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect(canvas.getByRole("listitem", { name: /^Custom themes/ })).toHaveFocus();
  },
};

/** Hover: resting the pointer on an item opens its description, as focus does. */
export const Hover: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const item = canvas.getByRole("listitem", { name: /^Single sign-on/ });
    await userEvent.hover(item);
    await expect(item).toHaveAttribute("data-state", "active");
    await expect(item).toHaveAccessibleDescription(/enterprise deals/);
  },
};
