import { KIND_NAMES, loadKind } from "../../src/kinds";
import { KIND_EXAMPLES } from "./examples";
import { hydrateWithoutMismatch } from "./hydrate";

describe.each(KIND_NAMES)("%s, hydrated over its own server HTML", (name) => {
  it.each(["ltr", "rtl"] as const)("reports no mismatch and keeps its title as the figure's name (%s)", async (dir) => {
    const { Component } = await loadKind(name);
    const props = KIND_EXAMPLES[name]!;
    const container = await hydrateWithoutMismatch(<Component {...props} title={props.title as string} dir={dir} />);
    expect(container.querySelector("figure")).toHaveAccessibleName(props.title as string);
    container.remove();
  });
});
