import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import fixture from "./fixtures/bar-comparison.json";
import { BarComparison } from "../src/bar-comparison";
import type { BarComparisonProps } from "../src/bar-comparison";

const reference = fixture.salaries as BarComparisonProps;

const meta = {
  title: "Infographics/BarComparison",
  component: BarComparison,
  args: reference,
} satisfies Meta<typeof BarComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The reference content: illustrative salaries of product and project managers by seniority. */
export const Reference: Story = {};

/** Values below zero extend left of the zero line, their numbers beyond their ends. */
export const NegativeValues: Story = { args: fixture.negative as BarComparisonProps };

/** `null` (or a missing key) draws a labelled gap, "No data", not a zero bar. */
export const MissingValues: Story = { args: fixture.missing as BarComparisonProps };

/** One series: a plain bar chart, with its legend still naming the series. */
export const OneSeries: Story = { args: fixture.oneSeries as BarComparisonProps };

/** The most the contract allows: four series in twelve groups, told apart by colour and marker shape. */
export const FourSeriesTwelveCategories: Story = { args: fixture.crowded as BarComparisonProps };

/** Long category and series names wrap from font metrics; nothing is rotated or cut. */
export const LongLabels: Story = { args: fixture.longLabels as BarComparisonProps };

/** Euros written the German way (`de-DE`): one cached formatter per locale and format. */
export const CurrencyInGerman: Story = { args: fixture.german as BarComparisonProps };

/** Series with their own colours, darkened or lightened per theme just enough to keep 3:1. */
export const CustomColors: Story = {
  args: { series: reference.series.map((s, i) => ({ ...s, color: ["gold", "#7fffd4"][i] })) },
};

/** Without printed values: the axis ticks carry the scale, the table and focus still give each number. */
export const WithoutValues: Story = { args: { showValues: false } };

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };

/** Right to left: names on the right, bars growing to the left, negative ones to the right. */
export const RightToLeft: Story = { args: { ...(fixture.negative as BarComparisonProps), dir: "rtl" } };

/** A 360 px container: category names move above their bars, every value stays. */
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

/** Invalid content: the error figure names each offending path. */
export const InvalidInput: Story = {
  args: {
    title: "Bars with mistakes",
    description: undefined,
    categories: [
      { id: "a", label: "First" },
      { id: "a", label: "Second" },
    ],
    series: [{ id: "s", label: "Series", values: { a: 1, b: 2 } }],
    domain: [10, 0],
  },
};

/** Keyboard: one Tab stop; arrows move from bar to bar, and the focused bar's series is highlighted. */
export const Keyboard: Story = {
  args: { animation: "none" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const first = canvas.getAllByRole("img", { name: "Junior, Product manager: $78,000" })[0]!;
    await expect(first).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    const next = canvas.getAllByRole("img", { name: "Junior, Project manager: $66,000" })[0]!;
    await expect(next).toHaveFocus();
    await expect(next).toHaveAttribute("data-ri-dim", "false");
    await expect(first).toHaveAttribute("data-ri-dim", "true");
    await userEvent.keyboard("{End}");
    await expect(canvas.getAllByRole("img", { name: "Lead or head, Project manager: $134,000" })[0]).toHaveFocus();
  },
};

/** Hover: resting the pointer on a bar highlights its series, as focus does. */
export const Hover: Story = {
  args: { animation: "none" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = canvas.getAllByRole("img", { name: "Senior, Project manager: $111,000" })[0]!;
    await userEvent.hover(bar);
    await expect(bar).toHaveAttribute("data-ri-dim", "false");
    await expect(canvas.getAllByRole("img", { name: "Senior, Product manager: $136,000" })[0]).toHaveAttribute("data-ri-dim", "true");
  },
};
