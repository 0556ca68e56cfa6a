import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { BarComparison, type BarComparisonProps } from "../../src/bar-comparison";
import fixture from "../../stories/fixtures/bar-comparison.json";

describe("<BarComparison> hydration", () => {
  it.each([
    ["salaries in en-US", fixture.salaries],
    ["euros in de-DE, right to left", { ...fixture.german, dir: "rtl" }],
    ["missing values", fixture.missing],
  ])("hydrates the server HTML without a mismatch: %s", async (_name, content) => {
    const element = <BarComparison {...(content as BarComparisonProps)} />;
    const container = document.createElement("div");
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector("figure")).toHaveAccessibleName(content.title);
    errors.mockRestore();
    container.remove();
  });
});
