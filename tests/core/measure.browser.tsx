import { measureTextWidth } from "../../src/core/text/measure";

/** The reference stack the metrics were taken from: Arial-compatible fonts (Liberation Sans on Linux). */
const REFERENCE_FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';

const SAMPLES = [
  "Product manager",
  "Marketing and sales handoff",
  "Delivery from start to finish",
  "WWW MMM mmm iii lll",
  "Budget: 1,250,000 (2026 Q3)",
  "0123456789 %$€£",
  "Who owns the roadmap? Both — sometimes!",
  "\"Called 'PM' for short\" & more…",
  "Élan, façade, naïve, Ångström, Øresund",
  "产品经理与项目经理的职责",
  "プロダクトマネージャー",
  "제품 관리자와 프로젝트 관리자",
  "مدير المنتج ومدير المشروع",
  "Launch 🚀 then grow 📈",
  "Team 👩‍💻👨‍💻 and goals 🎯",
  "Mixed: Ideation → Vision → 计划 → Launch 🚀",
];

function renderedWidth(text: string, fontSize: number, fontWeight: number): number {
  const span = document.createElement("span");
  span.style.cssText = `font: ${fontWeight} ${fontSize}px ${REFERENCE_FONT}; white-space: pre; position: absolute;`;
  span.textContent = text;
  document.body.append(span);
  const width = span.getBoundingClientRect().width;
  span.remove();
  return width;
}

describe("text width estimate against Chromium", () => {
  beforeAll(async () => {
    await document.fonts.ready;
  });

  it.each([
    [14, 400],
    [16, 700],
    [12, 400],
  ])("stays within 8%% of the real width at %i px, weight %i", (fontSize, fontWeight) => {
    const errors = SAMPLES.map((text) => {
      const real = renderedWidth(text, fontSize, fontWeight);
      const estimate = measureTextWidth(text, { fontSize, fontWeight });
      return { text, real: Math.round(real), estimate: Math.round(estimate), error: (estimate - real) / real };
    });
    const off = errors.filter((e) => Math.abs(e.error) > 0.08);
    expect(off, JSON.stringify(off)).toEqual([]);
  });
});
