import { arrowTarget } from "../../src/a11y/arrow-navigation";

describe("arrow-key navigation along a row", () => {
  it("moves forward and back by one, and stops at the ends", () => {
    expect(arrowTarget("ArrowRight", 0, 4)).toBe(1);
    expect(arrowTarget("ArrowLeft", 0, 4)).toBe(0);
    expect(arrowTarget("ArrowDown", 3, 4)).toBe(3);
    expect(arrowTarget("ArrowUp", 2, 4)).toBe(1);
  });

  it("mirrors left and right in right-to-left text, but not up and down", () => {
    expect(arrowTarget("ArrowLeft", 1, 4, { rtl: true })).toBe(2);
    expect(arrowTarget("ArrowRight", 1, 4, { rtl: true })).toBe(0);
    expect(arrowTarget("ArrowDown", 1, 4, { rtl: true })).toBe(2);
  });

  it("jumps to the ends with Home and End and ignores other keys", () => {
    expect(arrowTarget("Home", 2, 4)).toBe(0);
    expect(arrowTarget("End", 0, 4)).toBe(3);
    expect(arrowTarget("Enter", 2, 4)).toBeUndefined();
  });
});
