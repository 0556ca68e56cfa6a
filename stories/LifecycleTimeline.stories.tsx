import type { Decorator, Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { LifecycleTimeline, type LifecycleTimelineProps } from "../src/lifecycle-timeline";
import fixture from "./fixtures/product-vs-project-manager.json";

const reference: LifecycleTimelineProps = fixture.timeline;

/** The reference stages with periods and details, for the stories that show a current stage. */
const detailedStages = reference.stages.map((stage, i) => ({
  ...stage,
  period: ["Weeks 1-2", "Weeks 3-4", "Month 2", "Months 3-5", "Month 6", "Ongoing"][i],
  items: [
    ["Interview users", "Map the problem space"],
    ["Write the product vision", "Define success metrics"],
    ["Break the scope into milestones", "Agree budget and schedule"],
    ["Run the sprints", "Report progress to stakeholders"],
    ["Release plan and go/no-go", "Support the launch day"],
    ["Pricing and positioning", "Collect feedback for the next cycle"],
  ][i],
}));

const meta = {
  title: "Infographics/LifecycleTimeline",
  component: LifecycleTimeline,
  args: reference,
} satisfies Meta<typeof LifecycleTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

const narrow: Decorator = (Story) => (
  <div style={{ width: 360 }}>
    <Story />
  </div>
);

/** The reference content: who leads each stage of a product's life. */
export const Reference: Story = {};

/** A current stage with its details, periods on every stage. */
export const ActiveStage: Story = {
  args: { stages: detailedStages, defaultActiveStageId: "planning" },
};

/** Keyboard: Tab reaches the first stage, arrows move, Enter makes a stage current and shows its details. */
export const KeyboardNavigation: Story = {
  args: { stages: detailedStages, onActiveStageChange: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{Enter}");
    const planning = canvas.getByRole("button", { name: "Planning" });
    await expect(planning).toHaveFocus();
    await expect(args.onActiveStageChange).toHaveBeenCalledWith("planning");
    await expect(planning).toHaveAttribute("aria-current", "step");
    await expect(canvas.getByRole("list", { name: "Planning: details" })).toBeVisible();
  },
};

/** Lanes in the author's own colours (fill tinted from the colour, outline kept at 3:1, text in the theme's text colour). */
export const CustomLaneColors: Story = {
  args: {
    lanes: reference.lanes?.map((lane, i) => ({ ...lane, color: ["#7c3aed", "#0f766e"][i] })),
  },
};

/** A lifecycle that starts over: the return arrow and its sentence. */
export const Loop: Story = {
  args: { title: "A product's lifecycle repeats", loop: true },
};

/** Stages from top to bottom, at any width. */
export const Vertical: Story = {
  args: { orientation: "vertical", stages: detailedStages, defaultActiveStageId: "execution" },
};

/** A single stage. */
export const OneStage: Story = {
  args: {
    title: "A one-step process",
    description: undefined,
    stages: [{ id: "only", label: "Review", period: "Every Friday", description: "Look back at the week and decide what to change." }],
    lanes: [{ id: "team", label: "Whole team", spans: [{ from: "only", to: "only", label: "Everyone joins" }] }],
  },
};

/** 24 stages do not fit across, so they run down. */
export const TwentyFourStages: Story = {
  args: {
    title: "A day in 24 hours",
    description: "Twenty-four stages turn vertical on their own.",
    stages: Array.from({ length: 24 }, (_, i) => ({ id: `h${i}`, label: `Hour ${i + 1}`, period: `${String(i).padStart(2, "0")}:00` })),
    lanes: [
      { id: "sleep", label: "Asleep", spans: [{ from: "h0", to: "h6" }, { from: "h22", to: "h23" }] },
      { id: "work", label: "At work", spans: [{ from: "h8", to: "h16", label: "Office hours" }] },
    ],
  },
};

/** Long descriptions wrap within their columns; the tallest sets the row height. */
export const LongDescriptions: Story = {
  args: {
    stages: reference.stages.map((stage, i) => ({
      ...stage,
      description:
        i % 2 === 0
          ? `${stage.description ?? ""} This stage often takes longer than planned, because decisions made here are expensive to revisit later in the product's life.`
          : stage.description,
    })),
  },
};

/** Stages alone, no lanes. */
export const NoLanes: Story = {
  args: { lanes: undefined },
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: "dark", stages: detailedStages, defaultActiveStageId: "launch", loop: true },
};

/** Right to left: the picture is mirrored and the arrow keys follow it. */
export const RightToLeft: Story = {
  args: { dir: "rtl", stages: detailedStages, defaultActiveStageId: "strategy" },
};

/** In a 360 px column the stages run down and the lanes become bars with a key. */
export const Narrow: Story = {
  decorators: [narrow],
  args: { stages: detailedStages, defaultActiveStageId: "planning", loop: true },
};

/** No entrance animation: the finished picture at once. */
export const ReducedMotion: Story = {
  args: { animation: "none" },
};

/** Content that breaks the contract: an error figure naming the problem, never a crash. */
export const BadInput: Story = {
  name: "Error",
  args: { lanes: [{ id: "x", label: "Designer", spans: [{ from: "launch", to: "planning" }] }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/runs backwards/)).toBeVisible();
  },
};
