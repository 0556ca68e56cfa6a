import { contrastRatio, mixHex } from "../../src/theme/contrast";
import { DARK_TOKENS, LIGHT_TOKENS, type ThemeTokens } from "../../src/theme/tokens";

const fill = (tokens: ThemeTokens, n: number) => tokens[`--ri-set-${n}-fill`]!;

describe("Venn region colours", () => {
  it.each([
    ["light", LIGHT_TOKENS],
    ["dark", DARK_TOKENS],
  ])("keeps item text at 4.5:1 or more on every region fill, dimmed or not (%s)", (_, tokens) => {
    const text = tokens["--ri-text"]!;
    const bg = tokens["--ri-bg"]!;
    const [a, b, c] = [1, 2, 3].map((n) => fill(tokens, n)) as [string, string, string];
    // As regionFill mixes them: one set, pairs half and half, all three in thirds.
    const fills = [a, b, c, mixHex(a, b), mixHex(a, c), mixHex(b, c), mixHex(mixHex(a, b), c, 2 / 3)];
    for (const f of fills) {
      expect(contrastRatio(text, f)).toBeGreaterThanOrEqual(4.5);
      // A dimmed region is drawn at 35 % opacity over the background.
      expect(contrastRatio(text, mixHex(f, bg, 0.35))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
