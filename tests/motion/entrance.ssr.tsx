import { renderToString } from "react-dom/server";
import { EntranceDemo } from "./EntranceDemo";

describe("entrance animation on the server", () => {
  it.each(["on-view", "on-mount", "none"] as const)("leaves the %s markup fully visible", (animation) => {
    const html = renderToString(<EntranceDemo animation={animation} />);
    expect(html).toContain("Label");
    expect(html).not.toMatch(/opacity:\s*0/);
    expect(html).not.toMatch(/scale\(0/);
    expect(html).not.toMatch(/visibility:\s*hidden/);
  });
});
