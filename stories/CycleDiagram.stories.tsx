import { useState } from "react";
import type { Decorator, Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { CycleDiagram, type CycleDiagramProps } from "../src/cycle-diagram";
import fixture from "./fixtures/cycle-diagram.json";

const reference: CycleDiagramProps = fixture.reference;

const meta = {
  title: "Infographics/CycleDiagram",
  component: CycleDiagram,
  args: reference,
} satisfies Meta<typeof CycleDiagram>;

export default meta;
type Story = StoryObj<typeof meta>;

const narrow: Decorator = (Story) => (
  <div style={{ width: 360 }}>
    <Story />
  </div>
);

/** The reference content: a product manager's discovery-delivery loop, the first step current. */
export const Reference: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("list", { name: "Steps, in a repeating cycle" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Listen" })).toHaveAttribute("aria-current", "step");
    await expect(canvas.getByText("After Measure and learn comes Listen again.")).toBeInTheDocument();
  },
};

/** Keyboard: one Tab stop; arrows go round and wrap from the first step back to the last; Enter makes a step current. */
export const KeyboardNavigation: Story = {
  args: { onActiveStepChange: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard("{ArrowLeft}{Enter}");
    const learn = canvas.getByRole("button", { name: "Measure and learn" });
    await expect(learn).toHaveFocus();
    await expect(args.onActiveStepChange).toHaveBeenCalledWith("learn");
    await expect(learn).toHaveAttribute("aria-current", "step");
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("button", { name: "Listen" })).toHaveFocus();
  },
};

/** Long step labels wrap outside the ring, clear of the arcs and of each other. */
export const LongLabels: Story = { args: fixture.longLabels };

/** The smallest cycle: two steps, each leading to the other. */
export const TwoSteps: Story = { args: fixture.twoSteps };

/** The largest cycle: eight steps. */
export const EightSteps: Story = { args: fixture.eightSteps };

/** Right to left: the ring runs counter-clockwise and the arrow keys follow it. */
export const RightToLeft: Story = { args: fixture.rtl as CycleDiagramProps };

/** The dark theme. */
export const Dark: Story = { args: { theme: "dark", defaultActiveStepId: "shape" } };

/** In a 360 px column the ring becomes an ordered list with a small ring glyph, the centre label kept. */
export const Narrow: Story = {
  decorators: [narrow],
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole("list", { name: "Steps, in a repeating cycle" });
    await expect(list.closest("svg")).toHaveAttribute("data-mode", "list");
    await expect(within(canvasElement).getByText("Discovery–delivery loop")).toBeInTheDocument();
  },
};

function ControlledCycle(props: CycleDiagramProps) {
  const [active, setActive] = useState("shape");
  return (
    <div>
      <p style={{ fontFamily: "sans-serif" }}>
        Current step, held by the page: <strong data-testid="held">{active}</strong>
      </p>
      <CycleDiagram {...props} activeStepId={active} onActiveStepChange={setActive} />
    </div>
  );
}

/** Controlled: the page holds the current step and passes it back in. */
export const Controlled: Story = {
  render: (args) => <ControlledCycle {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Build and ship" }));
    await expect(canvas.getByTestId("held")).toHaveTextContent("ship");
    await expect(canvas.getByRole("button", { name: "Build and ship" })).toHaveAttribute("aria-current", "step");
  },
};

/** No entrance animation: the finished picture at once. */
export const ReducedMotion: Story = { args: { animation: "none" } };

/** Content that breaks the contract: an error figure naming the problem, never a crash. */
export const BadInput: Story = {
  name: "Error",
  args: { activeStepId: "ship-it", defaultActiveStepId: undefined, steps: [{ id: "only", label: "A single step" }] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/must have 2 to 8 entries/)).toBeVisible();
    await expect(canvas.getByText(/names no step/)).toBeVisible();
  },
};
