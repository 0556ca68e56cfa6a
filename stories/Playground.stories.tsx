import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { BarComparison, ComparisonTable, CycleDiagram, LifecycleTimeline, QuadrantChart, RaciMatrix, StatCallouts, VennDiagram } from "../src/index";
import bars from "./fixtures/bar-comparison.json";
import cycleContent from "./fixtures/cycle-diagram.json";
import content from "./fixtures/product-vs-project-manager.json";
import quadrantContent from "./fixtures/quadrant-chart.json";
import stats from "./fixtures/stat-callouts.json";
import raci from "./fixtures/raci-matrix.json";
import { JsonPlayground } from "./playground/JsonPlayground";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Paste JSON content and see the infographic or its validation errors, live. */
const meta: Meta<typeof JsonPlayground> = {
  title: "Playground/Paste JSON",
  component: JsonPlayground,
  tags: ["!autodocs"],
  parameters: { controls: { disable: true } },
  args: { component: VennDiagram, initialJson: pretty(content.venn) },
};

export default meta;
type Story = StoryObj<typeof JsonPlayground>;

/** A Venn diagram from pasted JSON. */
export const Venn: Story = {};

/** A lifecycle timeline from pasted JSON. */
export const Timeline: Story = { args: { component: LifecycleTimeline, initialJson: pretty(content.timeline) } };

/** A comparison table from pasted JSON. */
export const Table: Story = { args: { component: ComparisonTable, initialJson: pretty(content.comparison) } };

/** A quadrant chart from pasted JSON. */
export const Quadrant: Story = { args: { component: QuadrantChart, initialJson: pretty(quadrantContent.backlog) } };
/** Stat callouts from pasted JSON. */
export const Stats: Story = { args: { component: StatCallouts, initialJson: pretty(stats.reference) } };

/** A bar comparison from pasted JSON. */
export const Bars: Story = { args: { component: BarComparison, initialJson: pretty(bars.salaries) } };

/** A RACI matrix from pasted JSON. */
export const Raci: Story = { args: { component: RaciMatrix, initialJson: pretty(raci) } };

/** A cycle diagram from pasted JSON. */
export const Cycle: Story = { args: { component: CycleDiagram, initialJson: pretty(cycleContent.reference) } };

/** Editing the JSON into a wrong shape shows the error figure naming the prop path. */
export const ShowsValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = canvas.getByLabelText("Content (JSON props)");
    await userEvent.clear(editor);
    await userEvent.click(editor);
    await userEvent.paste(pretty({ title: "Roles", sets: [{ id: "a", label: "A" }] }));
    await expect(await canvas.findByText(/could not be drawn/)).toBeVisible();
    await expect(canvas.getByText("sets")).toBeVisible();
  },
};
