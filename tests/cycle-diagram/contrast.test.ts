import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../src/theme/contrast";
import { DARK_TOKENS, LIGHT_TOKENS } from "../../src/theme/tokens";

describe.each([
  ["light", LIGHT_TOKENS],
  ["dark", DARK_TOKENS],
] as const)("the cycle's colours in the %s theme", (_name, tokens) => {
  const t = (name: string) => tokens[name as keyof typeof tokens] as string;

  it("keep the arcs, arrowheads and marker outlines at 3:1 on the page and on the ring's track", () => {
    // Links, arrowheads and outlines are all drawn in the muted text colour (the border colour falls under 3:1 on the track).
    expect(contrastRatio(t("--ri-text-muted"), t("--ri-bg"))).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(t("--ri-text-muted"), t("--ri-surface"))).toBeGreaterThanOrEqual(3);
  });

  it("keep the current step's filled marker at 3:1 and its number at 4.5:1", () => {
    expect(contrastRatio(t("--ri-accent"), t("--ri-bg"))).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(t("--ri-bg"), t("--ri-accent"))).toBeGreaterThanOrEqual(4.5);
  });
});
