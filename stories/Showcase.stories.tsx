import type { Meta, StoryObj } from "@storybook/react-vite";
import { Article } from "./showcase/Article";

/** The front page: the three infographics in the article they were first made for. */
const meta = {
  title: "Showcase/Article",
  component: Article,
  tags: ["!autodocs"],
  parameters: { layout: "fullscreen" },
  args: { theme: "light", columnWidth: 680 },
} satisfies Meta<typeof Article>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The article in a desktop blog column of 680 px. */
export const Desktop: Story = {};

/** The same article in a phone's 360 px column: the infographics switch to their stacked layouts. */
export const Phone: Story = { args: { columnWidth: 360 }, globals: { viewport: { value: "phone" } } };

/** The article on a dark page, with the dark theme. */
export const Dark: Story = { args: { theme: "dark" } };
