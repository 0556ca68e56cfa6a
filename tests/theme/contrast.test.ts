import { contrastRatio, mixHex } from "../../src/theme/contrast";
import { GRAPHIC_CONTRAST_PAIRS, TEXT_CONTRAST_PAIRS } from "../../src/theme/contrast-pairs";
import { DARK_TOKENS, LIGHT_TOKENS, type ThemeTokens } from "../../src/theme/tokens";

const schemes: [string, ThemeTokens][] = [
  ["light", LIGHT_TOKENS],
  ["dark", DARK_TOKENS],
];

describe.each(schemes)("the %s theme", (_name, tokens) => {
  const value = (token: string) => {
    const hex = tokens[token as `--ri-${string}`];
    if (!hex) throw new Error(`missing token ${token}`);
    return hex;
  };

  it.each(TEXT_CONTRAST_PAIRS)("keeps %s readable on %s (at least 4.5:1)", (text, background) => {
    expect(contrastRatio(value(text), value(background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(GRAPHIC_CONTRAST_PAIRS)("keeps %s visible against %s (at least 3:1)", (graphic, background) => {
    expect(contrastRatio(value(graphic), value(background))).toBeGreaterThanOrEqual(3);
  });

  it("keeps text readable on every overlap of two palette fills", () => {
    for (let a = 1; a <= 7; a++) {
      for (let b = a + 1; b <= 7; b++) {
        const fill = mixHex(value(`--ri-set-${a}-fill`), value(`--ri-set-${b}-fill`));
        expect(contrastRatio(value(`--ri-set-${a}-ink`), fill), `sets ${a} and ${b}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("keeps the focus ring at 4.5:1 against the page, as Chartability asks", () => {
    expect(contrastRatio(value("--ri-focus-ring"), value("--ri-bg"))).toBeGreaterThanOrEqual(4.5);
  });
});

it("defines the same tokens in both themes, so a dark override never falls back to a light value", () => {
  expect(Object.keys(DARK_TOKENS).sort()).toEqual(Object.keys(LIGHT_TOKENS).sort());
});

it("computes the WCAG contrast of known pairs", () => {
  expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
});
