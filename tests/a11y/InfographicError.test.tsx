import { render, screen } from "@testing-library/react";
import { InfographicError } from "../../src/a11y/InfographicError";

describe("the error figure", () => {
  it("names each problem's prop path and logs the problems once", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const problems = [{ path: "sets[1].id", message: 'duplicate id "a"' }];
    const view = render(<InfographicError componentName="VennDiagram" props={{ title: "Roles" }} problems={problems} />);
    view.rerender(<InfographicError componentName="VennDiagram" props={{ title: "Roles" }} problems={problems} />);
    expect(screen.getByRole("figure", { name: "Roles" })).toHaveTextContent('sets[1].id: duplicate id "a"');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain('sets[1].id: duplicate id "a"');
    log.mockRestore();
  });

  it("still renders when the props are not even an object", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(<InfographicError componentName="ComparisonTable" props={null} problems={[{ path: "props", message: "must be an object, got null" }]} />);
    expect(screen.getByRole("figure", { name: "ComparisonTable" })).toHaveTextContent("props: must be an object");
  });
});
