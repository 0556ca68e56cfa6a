import { nextVennFocus } from "../../src/venn/keyboard";

const regions = [
  { key: "0", itemCount: 3 },
  { key: "0-1", itemCount: 2 },
  { key: "1", itemCount: 1 },
];

describe("nextVennFocus", () => {
  it("moves between regions with Left and Right, mirrored in right-to-left", () => {
    expect(nextVennFocus("ArrowRight", { region: "0" }, regions, false)).toEqual({ region: "0-1" });
    expect(nextVennFocus("ArrowRight", { region: "0-1" }, regions, true)).toEqual({ region: "0" });
    expect(nextVennFocus("End", { region: "0" }, regions, false)).toEqual({ region: "1" });
  });

  it("moves into a region's items with Down or Enter, and back out with Up from the first or Escape", () => {
    expect(nextVennFocus("ArrowDown", { region: "0" }, regions, false)).toEqual({ region: "0", item: 0 });
    expect(nextVennFocus("Enter", { region: "0-1" }, regions, false)).toEqual({ region: "0-1", item: 0 });
    expect(nextVennFocus("ArrowDown", { region: "0", item: 2 }, regions, false)).toEqual({ region: "0", item: 2 });
    expect(nextVennFocus("ArrowUp", { region: "0", item: 0 }, regions, false)).toEqual({ region: "0" });
    expect(nextVennFocus("Escape", { region: "0", item: 1 }, regions, false)).toEqual({ region: "0" });
  });

  it("leaves the diagram with Escape at the region level, and ignores other keys", () => {
    expect(nextVennFocus("Escape", { region: "0" }, regions, false)).toBe("leave");
    expect(nextVennFocus("Tab", { region: "0" }, regions, false)).toBeUndefined();
    expect(nextVennFocus("Enter", { region: "0", item: 1 }, regions, false)).toBeUndefined();
  });

  it("steps from an item to the neighbouring region with Left and Right", () => {
    expect(nextVennFocus("ArrowRight", { region: "0", item: 2 }, regions, false)).toEqual({ region: "0-1" });
  });
});
