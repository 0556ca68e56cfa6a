import { contrastRatio } from "../../src/theme/contrast";
import { DARK_TOKENS, LIGHT_TOKENS } from "../../src/theme/tokens";

// What the chart draws on what, by token: text at 4.5:1, marks (dots, axes, middle and leader lines) at 3:1.
const TEXT: [string, string][] = [
  ["--ri-text", "--ri-surface"],
  ["--ri-text-muted", "--ri-surface"],
  ["--ri-text", "--ri-bg"],
];
const MARKS: [string, string][] = [
  ["--ri-accent", "--ri-surface"],
  ["--ri-text", "--ri-surface"],
  ["--ri-text-muted", "--ri-surface"],
  ["--ri-focus-ring", "--ri-surface"],
];

describe.each([
  ["light", LIGHT_TOKENS],
  ["dark", DARK_TOKENS],
] as const)("QuadrantChart colours in the %s theme", (_name, tokens) => {
  it.each(TEXT)("%s text on %s reaches 4.5:1", (ink, ground) => {
    expect(contrastRatio(tokens[ink as `--ri-${string}`]!, tokens[ground as `--ri-${string}`]!)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(MARKS)("%s marks on %s reach 3:1", (ink, ground) => {
    expect(contrastRatio(tokens[ink as `--ri-${string}`]!, tokens[ground as `--ri-${string}`]!)).toBeGreaterThanOrEqual(3);
  });
});
