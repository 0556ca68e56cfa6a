import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../src/theme/contrast";
import { DARK_TOKENS, LIGHT_TOKENS } from "../../src/theme/tokens";

// The cards are drawn in --ri-surface: what sits on them is held to WCAG there, in both schemes.
describe.each([
  ["light", LIGHT_TOKENS],
  ["dark", DARK_TOKENS],
] as const)("stat callout colours in the %s scheme", (_name, tokens) => {
  const surface = tokens["--ri-surface"]!;
  it("keeps numbers, labels and descriptions at 4.5:1 on the card", () => {
    for (const ink of ["--ri-text", "--ri-text-muted"] as const) expect(contrastRatio(tokens[ink]!, surface)).toBeGreaterThanOrEqual(4.5);
  });

  it("draws the share's arc and the ring's track at 3:1 against the card (the arc is the thick part, not only the blue one)", () => {
    expect(contrastRatio(tokens["--ri-accent"]!, surface)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(tokens["--ri-text-muted"]!, surface)).toBeGreaterThanOrEqual(3);
  });

  it("outlines the highlighted card at 3:1 against the page", () => {
    expect(contrastRatio(tokens["--ri-border"]!, tokens["--ri-bg"]!)).toBeGreaterThanOrEqual(3);
  });
});
