import { focusOrders, nextQuadrantFocus } from "../../src/quadrant-chart/keyboard";

const items = [
  { key: "a", x: 0.2, y: 0.9 },
  { key: "b", x: 0.6, y: 0.3 },
  { key: "c", x: 0.4, y: 0.6 },
];
const orders = focusOrders(items);
const reading = ["a", "c", "b"];

describe("arrow keys between items", () => {
  it("move right and left by x, up and down by y", () => {
    expect(nextQuadrantFocus("ArrowRight", "a", orders, reading)).toBe("c");
    expect(nextQuadrantFocus("ArrowRight", "c", orders, reading)).toBe("b");
    expect(nextQuadrantFocus("ArrowLeft", "c", orders, reading)).toBe("a");
    expect(nextQuadrantFocus("ArrowUp", "b", orders, reading)).toBe("c");
    expect(nextQuadrantFocus("ArrowDown", "a", orders, reading)).toBe("c");
  });

  it("stay put at an end, go to the ends with Home and End, ignore other keys", () => {
    expect(nextQuadrantFocus("ArrowRight", "b", orders, reading)).toBe("b");
    expect(nextQuadrantFocus("Home", "b", orders, reading)).toBe("a");
    expect(nextQuadrantFocus("End", "a", orders, reading)).toBe("b");
    expect(nextQuadrantFocus("x", "a", orders, reading)).toBeUndefined();
  });

  it("reach items at the same spot one after another", () => {
    const twins = focusOrders([
      { key: "p", x: 0.5, y: 0.5 },
      { key: "q", x: 0.5, y: 0.5 },
    ]);
    expect(nextQuadrantFocus("ArrowRight", "p", twins, ["p", "q"])).toBe("q");
    expect(nextQuadrantFocus("ArrowUp", "p", twins, ["p", "q"])).toBe("q");
  });
});
