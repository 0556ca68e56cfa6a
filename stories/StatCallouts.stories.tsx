import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { StatCallouts } from "../src/stat-callouts";
import type { StatCalloutsProps } from "../src/stat-callouts";
import fixture from "./fixtures/stat-callouts.json";

const reference = fixture.reference as StatCalloutsProps;

const meta = {
  title: "Infographics/StatCallouts",
  component: StatCallouts,
  args: reference,
} satisfies Meta<typeof StatCallouts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The reference content: three illustrative numbers behind a release, two of them shares drawn as rings. */
export const Reference: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getAllByRole("list", { name: "Key figures" })[0]!;
    await expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    await userEvent.tab();
    await expect(document.activeElement).toHaveAccessibleName(/^64%: of roadmap items/);
    await userEvent.keyboard("{ArrowRight}");
    await expect(document.activeElement).toHaveAccessibleName(/^14 days: from an agreed scope/);
    await expect(document.activeElement).toHaveAttribute("data-state", "active");
  },
};

/** A single number takes the whole width. */
export const OneStat: Story = {
  args: { title: "One number to remember", description: undefined, stats: [{ value: 0.4, share: true, label: "of a product manager's week goes to talking with customers (illustrative)" }] },
};

/** The most stats: six, in two rows of three. */
export const SixStats: Story = {
  args: {
    title: "A quarter of delivery, in six numbers",
    description: "Illustrative figures for one product team.",
    stats: [
      { id: "releases", value: 12, label: "releases shipped" },
      { id: "on-time", value: 0.83, share: true, label: "of milestones met on the planned date" },
      { id: "interviews", value: 37, label: "customer interviews held" },
      { id: "budget", value: 480000, format: { style: "currency", currency: "USD", notation: "compact" }, label: "spent of the quarter's budget" },
      { id: "risks", value: 9, label: "risks closed before they became issues" },
      { id: "adoption", value: 0.27, share: true, label: "of active users tried the new feature" },
    ],
  },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard("{ArrowDown}");
    // Down moves a row: from the first card to the first of the second row.
    await expect(document.activeElement).toHaveAccessibleName(/^\$480K: spent/);
    await userEvent.keyboard("{End}");
    await expect(document.activeElement).toHaveAccessibleName(/^27%/);
    await expect(within(canvasElement).getByText(/Arrow keys move/)).toBeVisible();
  },
};

/** Shares only: each ring filled to its value, the number beside it as a percent. */
export const Shares: Story = {
  args: {
    title: "Where the sprint went",
    description: "Illustrative shares of one two-week sprint.",
    stats: [
      { value: 0.55, share: true, label: "building planned features" },
      { value: 0.25, share: true, label: "fixing defects" },
      { value: 0.125, share: true, format: { maximumFractionDigits: 1 }, label: "meetings and reviews" },
      { value: 0.075, share: true, format: { maximumFractionDigits: 1 }, label: "unplanned requests" },
    ],
  },
};

/** Currency, compact and unit formats in German. */
export const FormatsInAnotherLocale: Story = {
  args: {
    title: "Ein Projekt in Zahlen",
    description: "Beispielwerte, frei erfunden.",
    locale: "de-DE",
    stats: [
      { value: 1250000, format: { style: "currency", currency: "EUR", notation: "compact" }, label: "Budget für die Plattform" },
      { value: 0.125, share: true, format: { maximumFractionDigits: 1 }, label: "Reserve für Risiken" },
      { value: 18, format: { style: "unit", unit: "month", unitDisplay: "long" }, label: "Laufzeit bis zum Abschluss" },
    ],
    source: undefined,
  },
};

/** Long labels and descriptions, and a word too long for any cell. */
export const LongLabels: Story = {
  args: {
    title: "Long text wraps inside its card",
    stats: [
      { value: 3, label: "stakeholder groups who each believe the roadmap was written with them in mind", description: "Sales, support and the board, who read the same slide three different ways." },
      { value: 0.5, share: true, label: "Pneumonoultramicroscopicsilicovolcanoconiosis-level jargon in requirement documents" },
      { value: 123456789, format: { style: "currency", currency: "USD" }, label: "a number too wide for a big font" },
    ],
  },
};

/** Right to left: cards, rings and text mirrored; arrow keys follow the reading direction. */
export const RightToLeft: Story = {
  args: {
    dir: "rtl",
    locale: "he-IL",
    title: "שלושה מספרים מאחורי גרסה",
    description: "נתונים להמחשה בלבד.",
    stats: [
      { value: 0.64, share: true, label: "מהמשימות מתחילות בראיון לקוח" },
      { value: 14, label: "ימים מהיקף מוסכם ועד מסירה" },
      { value: 0.92, share: true, label: "מהתקציב נוצל עד ההשקה" },
    ],
    source: undefined,
  },
  play: async () => {
    await userEvent.tab();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(document.activeElement).toHaveAccessibleName(/^14: ימים/);
  },
};

/** The dark theme. */
export const Dark: Story = { args: { theme: "dark" } };

/** In a 360 px container the cards stack in one column. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 360, maxWidth: "100%" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const cards = canvasElement.querySelectorAll<SVGRectElement>(".ri-sc-card");
    const visible = [...cards].filter((card) => card.getBoundingClientRect().width > 0);
    await expect(visible).toHaveLength(3);
    // One column: every card starts at the same x.
    await expect(new Set(visible.map((card) => Math.round(card.getBoundingClientRect().left))).size).toBe(1);
  },
};

/** Content that breaks the contract: an error figure that names the problem. */
export const Invalid: Story = {
  args: {
    title: "A share over 100 percent",
    stats: [
      { id: "a", value: 12, label: "releases" },
      { id: "a", value: 1.4, share: true, label: "of the plan" },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("stats[1].value")).toBeVisible();
    await expect(canvas.getByText(/a share must be between 0 and 1/)).toBeVisible();
    await expect(canvas.getByText("stats[1].id")).toBeVisible();
  },
};
