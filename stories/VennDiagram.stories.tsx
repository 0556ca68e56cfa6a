import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import fixture from "./fixtures/product-vs-project-manager.json";
import { VennDiagram } from "../src/venn";
import type { VennDiagramProps } from "../src/venn";

const reference = fixture.venn as VennDiagramProps;

const meta = {
  title: "Infographics/VennDiagram",
  component: VennDiagram,
  args: reference,
} satisfies Meta<typeof VennDiagram>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The reference content: product manager vs. project manager. */
export const Reference: Story = {};

/** Three sets: the symmetric seven-region arrangement. */
export const ThreeSets: Story = {
  args: {
    title: "Who owns what in a product team",
    description: "Product, project and engineering leads share some duties; a few belong to all three.",
    sets: [
      ...reference.sets,
      { id: "engineering", label: "Engineering lead", items: ["Architecture", "Code review", "Technical debt", "Hiring engineers"] },
    ],
    overlaps: [
      ...(reference.overlaps ?? []),
      { sets: ["product", "engineering"], items: ["Feasibility", "Prototypes"] },
      { sets: ["project", "engineering"], items: ["Estimates"] },
      { sets: ["product", "project", "engineering"], label: "All three", items: ["Roadmap", "Team health"] },
    ],
  },
};

/** Long labels and long words: text wraps, over-long words break with a hyphen, nothing overflows. */
export const LongLabels: Story = {
  args: {
    title: "Responsibilities with long names",
    description: "Long set labels wrap above their circles; long words wrap or break with a hyphen.",
    sets: [
      { id: "a", label: "Director of customer experience and service design", items: ["Internationalisation-readiness reviews for every market", "Accessibility conformance across all customer touchpoints"] },
      { id: "b", label: "Head of platform engineering", items: ["Infrastructure capacity planning", "Incident response and postmortems"] },
    ],
    overlaps: [{ sets: ["a", "b"], items: ["Supercalifragilisticexpialidocious dependencies", "Service-level objectives"] }],
  },
};

/** Fifteen items in one region: the circles grow to fit them. */
export const ManyItems: Story = {
  args: {
    title: "A crowded responsibility",
    description: "Fifteen items in one region: the circles grow until every item fits.",
    sets: [
      { id: "a", label: "Product manager", items: Array.from({ length: 15 }, (_, i) => `Responsibility number ${i + 1}`) },
      { id: "b", label: "Project manager", items: ["Budget", "Schedule"] },
    ],
    overlaps: [{ sets: ["a", "b"], items: ["Goals"] }],
  },
};

/** Regions without items stay drawn but hold no list. */
export const EmptyRegions: Story = {
  args: {
    title: "Only the overlap is known",
    description: "Empty regions are drawn but hold no list.",
    sets: [
      { id: "a", label: "Design" },
      { id: "b", label: "Engineering" },
    ],
    overlaps: [{ sets: ["a", "b"], label: "Shared", items: [{ label: "Design system", href: "https://example.com/design-system" }, "Prototypes"] }],
  },
};

/** Sets with their own colours: the outline takes the colour, the fill a tint of it. */
export const CustomColors: Story = {
  args: {
    title: "Brand colours",
    description: "Each set brings its own colour; overlaps mix the tints.",
    sets: [
      { ...reference.sets[0]!, color: "#7c3aed" },
      { ...reference.sets[1]!, color: "#0f766e" },
    ],
  },
};

/**
 * Colours that would vanish: a pale yellow on white and navy on the dark background. Their outlines keep the hue
 * at a lightness that reaches 3:1 in each theme; switch the theme in the toolbar to compare.
 */
export const ColorsThatWouldVanish: Story = {
  args: {
    title: "Pale yellow and navy",
    description: "The library darkens or lightens a set's colour only as far as it must to stay visible.",
    sets: [
      { ...reference.sets[0]!, color: "#fff3a0" },
      { ...reference.sets[1]!, color: "navy" },
    ],
  },
};

/** The dark theme. */
export const Dark: Story = { args: { theme: "dark" } };

/** Right to left: the picture is mirrored. */
export const RightToLeft: Story = { args: { dir: "rtl" } };

/** A 360 px container: the regions become stacked cards. */
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
    title: "A Venn with a mistake",
    description: undefined,
    sets: [
      { id: "a", label: "Design" },
      { id: "a", label: "Engineering" },
    ],
    overlaps: [{ sets: ["a", "z"] }],
  },
};

/** Keyboard: Tab reaches the diagram, arrows move between regions and into items, Escape goes back. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole("list", { name: "Product manager only" })).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    const both = canvas.getByRole("list", { name: "Both" });
    await expect(both).toHaveFocus();
    await expect(both).toHaveAttribute("data-state", "active");
    await userEvent.keyboard("{ArrowDown}");
    await expect(within(both).getAllByRole("listitem")[0]).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await expect(both).toHaveFocus();
  },
};

/** Right to left, by keyboard: the left arrow moves on to the next region, which is drawn to the left. */
export const RightToLeftKeyboard: Story = {
  args: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole("list", { name: "Product manager only" })).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(canvas.getByRole("list", { name: "Both" })).toHaveFocus();
  },
};
