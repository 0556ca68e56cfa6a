import { optionalColor, optionalItems, startValidation, uniqueIds } from "../../src/core/validate";

const problemsOf = (props: unknown) => {
  const { check } = startValidation(props);
  return check;
};

describe("validation of the shared props", () => {
  it("accepts a minimal figure", () => {
    expect(problemsOf({ title: "Who does what" })).toEqual([]);
  });

  it("names the title when it is empty or missing", () => {
    expect(problemsOf({ title: "  " })).toEqual([{ path: "title", message: "must be a non-empty string, got an empty string" }]);
    expect(problemsOf({})[0]?.path).toBe("title");
  });

  it("names the path of a wrong nested type", () => {
    expect(problemsOf({ title: "T", source: { label: 42 } })).toEqual([
      { path: "source.label", message: "must be a non-empty string, got a number" },
    ]);
  });

  it("rejects unknown choices and says which are allowed", () => {
    const [problem] = problemsOf({ title: "T", animation: "bounce" });
    expect(problem?.path).toBe("animation");
    expect(problem?.message).toContain('"on-view", "on-mount", "none"');
  });

  it("accepts theme overrides made of --ri- custom properties only", () => {
    expect(problemsOf({ title: "T", theme: { base: "dark", "--ri-accent": "#c00" } })).toEqual([]);
    expect(problemsOf({ title: "T", theme: { color: "red" } })[0]?.path).toBe("theme.color");
  });

  it("reports props that are not an object instead of throwing", () => {
    expect(problemsOf(null)).toEqual([{ path: "props", message: "must be an object, got null" }]);
  });
});

describe("item and id checks", () => {
  it("checks items and ids with their full paths", () => {
    const { check } = startValidation({ title: "T" });
    optionalItems(check, ["ok", { label: "" }, 7], "sets[0].items");
    uniqueIds(check, [{ id: "a" }, { id: "a" }], "sets");
    expect(check).toEqual([
      { path: "sets[0].items[1].label", message: "must be a non-empty string, got an empty string" },
      { path: "sets[0].items[2]", message: "must be a string or an object with a label, got a number" },
      { path: "sets[1].id", message: 'duplicate id "a"' },
    ]);
  });
});

describe("CSS values from content", () => {
  it("accepts ordinary colours and refuses anything that could add CSS to a style attribute", () => {
    const { check } = startValidation({ title: "T" });
    for (const ok of ["#0072b2", "teal", "rgb(0 114 178 / 50%)", "oklch(60% 0.1 240)", "var(--brand)"]) optionalColor(check, ok, "color");
    expect(check).toEqual([]);
    for (const bad of ["red;background:url(https://x.test/a.png)", "url(x)", "red}body{display:none", 12]) optionalColor(check, bad, "sets[0].color");
    expect(check.map((p) => p.path)).toEqual(Array(4).fill("sets[0].color"));
  });

  it("accepts font stacks in theme overrides but not declaration breaks", () => {
    expect(problemsOf({ title: "T", theme: { "--ri-font-family": '"Helvetica Neue", Arial, sans-serif' } })).toEqual([]);
    expect(problemsOf({ title: "T", theme: { "--ri-bg": "#fff;background-image:url(//x.test/t.png)" } })[0]?.path).toBe("theme.--ri-bg");
  });
});
