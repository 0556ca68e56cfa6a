import fc from "fast-check";
import { contrastRatio } from "../../src/theme/contrast";
import { parseCssColor, rgbToHex, type Rgb } from "../../src/theme/css-color";
import { deriveCustomColor, type ColorScheme } from "../../src/theme/custom-color";
import { DARK_TOKENS, LIGHT_TOKENS } from "../../src/theme/tokens";

const TOKENS = { light: LIGHT_TOKENS, dark: DARK_TOKENS };
const SCHEMES: ColorScheme[] = ["light", "dark"];
const channel = fc.integer({ min: 0, max: 255 });
const rgb = fc.tuple(channel, channel, channel);
/** Any colour, written the ways authors write them. */
const written = fc.oneof(
  rgb.map((c) => rgbToHex(c as Rgb)),
  rgb.map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`),
  rgb.map(([r, g, b]) => `rgb(${r} ${g} ${b} / 50%)`),
  rgb.map(([r, g, b]) => `rgba(${((r / 255) * 100).toFixed(1)}%, ${((g / 255) * 100).toFixed(1)}%, ${((b / 255) * 100).toFixed(1)}%, 0.8)`),
  fc.constantFrom("yellow", "navy", "black", "white", "orange", "Grey", "silver", "teal"),
);
/** Hue in degrees, HSL saturation and lightness (0 to 1) of channels. */
function rgbToHsl(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map((v) => v / 255) as Rgb;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, lightness];
  const sector = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [sector * 60, d / (1 - Math.abs(2 * lightness - 1)), lightness];
}
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe.each(SCHEMES)("a custom colour in the %s scheme", (scheme) => {
  const bg = TOKENS[scheme]["--ri-bg"]!;
  const surface = TOKENS[scheme]["--ri-surface"]!;

  it("keeps text on its fill at 4.5:1 and its marks at 3:1 on the background, the surface and the fill", () => {
    fc.assert(
      fc.property(written, (color) => {
        const derived = deriveCustomColor(color, scheme)!;
        expect(derived.fill).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrastRatio(derived.ink, derived.fill)).toBeGreaterThanOrEqual(4.5);
        for (const under of [bg, surface, derived.fill]) expect(contrastRatio(derived.stroke, under)).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the hue of a saturated colour and leaves a colour that already stands out as it is", () => {
    fc.assert(
      fc.property(rgb, (channels) => {
        const given = channels as Rgb;
        const derived = deriveCustomColor(rgbToHex(given), scheme)!;
        const stroke = parseCssColor(derived.stroke)!;
        const [hue, saturation, lightness] = rgbToHsl(given);
        const standsOut = [bg, surface, derived.fill].every((under) => contrastRatio(given, under) >= 3);
        if (standsOut) expect(derived.stroke).toBe(rgbToHex(given));
        // Near black or white, rounding to whole channels moves the hue; elsewhere it stays within a few degrees.
        const [strokeHue, strokeSaturation] = rgbToHsl(stroke);
        if (saturation > 0.2 && lightness > 0.1 && lightness < 0.9 && strokeSaturation > 0.2) expect(hueDistance(hue, strokeHue)).toBeLessThan(6);
      }),
      { numRuns: 500 },
    );
  });
});

describe("deriveCustomColor", () => {
  it("darkens a pale yellow on white and lightens navy on the dark background", () => {
    expect(contrastRatio(deriveCustomColor("#fff3a0", "light")!.stroke, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(deriveCustomColor("navy", "light")!.stroke).toBe("#000080");
    expect(contrastRatio(deriveCustomColor("navy", "dark")!.stroke, DARK_TOKENS["--ri-bg"]!)).toBeGreaterThanOrEqual(3);
  });

  it("reads hex, rgb() and CSS 2.1 names alike, and gives up on what it cannot resolve without a browser", () => {
    const navy = deriveCustomColor("navy", "dark");
    for (const same of ["#000080", "#00008080", "rgb(0, 0, 128)", "rgba(0 0 128 / .5)", "rgb(0% 0% 50.2%)", " NAVY "]) {
      expect(deriveCustomColor(same, "dark"), same).toEqual(navy);
    }
    for (const unknown of ["var(--brand)", "oklch(70% 0.1 200)", "transparent", "#12", "notacolour", "rebeccapurple", "hsl(240 100% 25%)", "rgb(0 0)"]) expect(deriveCustomColor(unknown, "light")).toBeUndefined();
  });
});
