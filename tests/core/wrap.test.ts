import fc from "fast-check";
import { measureTextWidth } from "../../src/core/text/measure";
import { wrapText } from "../../src/core/text/wrap";

const style = { fontSize: 14 };

describe("wrapText", () => {
  it("breaks at spaces so each line fits the box", () => {
    const wrapped = wrapText("Delivery from start to finish of one project", { ...style, maxWidth: 120 });
    expect(wrapped.lines.length).toBeGreaterThan(1);
    for (const line of wrapped.lines) expect(measureTextWidth(line, style)).toBeLessThanOrEqual(120);
    expect(wrapped.lines.join(" ")).toBe("Delivery from start to finish of one project");
  });

  it("keeps short text on one line", () => {
    expect(wrapText("Budget", { ...style, maxWidth: 200 }).lines).toEqual(["Budget"]);
  });

  it("breaks a word longer than the box with a hyphen instead of letting it overflow", () => {
    const wrapped = wrapText("Supercalifragilisticexpialidocious", { ...style, maxWidth: 60 });
    expect(wrapped.lines.length).toBeGreaterThan(2);
    expect(wrapped.lines.slice(0, -1).every((line) => line.endsWith("-"))).toBe(true);
    expect(wrapped.lines.map((line) => line.replace(/-$/, "")).join("")).toBe("Supercalifragilisticexpialidocious");
  });

  it("breaks after a dash joining two words, so no line starts with the dash", () => {
    const wrapped = wrapText("Discovery–delivery loop", { ...style, maxWidth: measureTextWidth("Discovery–delivery", style) - 1 });
    expect(wrapped.lines).toEqual(["Discovery–", "delivery loop"]);
  });

  it("breaks Chinese text between characters, without hyphens", () => {
    const wrapped = wrapText("产品经理负责产品愿景和战略方向", { ...style, maxWidth: 60 });
    expect(wrapped.lines.length).toBeGreaterThan(1);
    expect(wrapped.lines.join("")).toBe("产品经理负责产品愿景和战略方向");
    expect(wrapped.lines.some((line) => line.includes("-"))).toBe(false);
  });

  it("breaks a long URL after its slashes and never adds a hyphen to it", () => {
    const url = "https://example.com/guides/responsibilities/product-and-project-management/overview?section=budget";
    const wrapped = wrapText(url, { ...style, maxWidth: 150 });
    expect(wrapped.lines.join("")).toBe(url);
    expect(wrapped.lines[0]).toBe("https://example.com/");
    for (const line of wrapped.lines) expect(measureTextWidth(line, style)).toBeLessThanOrEqual(150);
  });

  it("breaks a run of emoji between whole emoji, without hyphens", () => {
    const run = "🚀📈🎯👩‍💻".repeat(5);
    const wrapped = wrapText(run, { ...style, maxWidth: 80 });
    expect(wrapped.lines.length).toBeGreaterThan(1);
    expect(wrapped.lines.join("")).toBe(run);
    expect(wrapped.lines.every((line) => !line.includes("-") && !line.startsWith("\u200d") && !line.endsWith("\u200d"))).toBe(true);
  });

  it("reports a height of one line height per line", () => {
    const wrapped = wrapText("one two three four five six", { ...style, maxWidth: 40, lineHeight: 1.5 });
    expect(wrapped.height).toBeCloseTo(wrapped.lines.length * 21);
  });

  it("never produces a line wider than the box, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.integer({ min: 30, max: 400 }), (text, maxWidth) => {
        const wrapped = wrapText(text, { ...style, maxWidth });
        for (const line of wrapped.lines) expect(measureTextWidth(line, style)).toBeLessThanOrEqual(maxWidth + 0.001);
        expect(Number.isFinite(wrapped.width)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("lays out the same text the same way every time", () => {
    const options = { ...style, maxWidth: 90 };
    expect(wrapText("Marketing and sales handoff", options)).toEqual(wrapText("Marketing and sales handoff", options));
  });
});

describe("measureTextWidth", () => {
  it("measures bold text wider than regular text", () => {
    expect(measureTextWidth("Product manager", { fontSize: 16, fontWeight: 700 })).toBeGreaterThan(
      measureTextWidth("Product manager", { fontSize: 16 }),
    );
  });

  it("scales with the font size", () => {
    expect(measureTextWidth("Vision", { fontSize: 28 })).toBeCloseTo(2 * measureTextWidth("Vision", { fontSize: 14 }));
  });

  it("counts an emoji sequence joined with ZWJ as one glyph", () => {
    expect(measureTextWidth("👩‍💻", style)).toBeCloseTo(measureTextWidth("👩", style));
  });
});
