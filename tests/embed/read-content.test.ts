import { describe, expect, it } from "vitest";
import { readContent } from "../../src/embed/read-content";

describe("readContent", () => {
  it("reads the kind and props of a figure's JSON", () => {
    expect(readContent('{"kind":"venn-diagram","props":{"title":"Roles"}}')).toEqual({ content: { kind: "venn-diagram", props: { title: "Roles" } } });
  });

  it.for([
    ['{"kind":"venn-diagram",', "(json)", /JSON/],
    ["[1, 2]", "(json)", /must be an object/],
    ['{"props":{}}', "kind", /name of an infographic kind/],
    ['{"kind":"venn-diagram","props":[]}', "props", /must be an object/],
  ] as const)("names what is wrong with %s", ([json, path, message]) => {
    const read = readContent(json);
    expect("problem" in read && read.problem.path).toBe(path);
    expect("problem" in read && read.problem.message).toMatch(message);
  });
});
