import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { QuadrantChart, type QuadrantChartProps } from "../../src/quadrant-chart";
import fixture from "../../stories/fixtures/quadrant-chart.json";

const reference = fixture.backlog as QuadrantChartProps;

describe("<QuadrantChart> hydration", () => {
  it("hydrates the server HTML without a mismatch: labels are placed the same on both sides", async () => {
    const element = <QuadrantChart {...reference} dir="rtl" />;
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
    expect(container.querySelector("figure")).toHaveAccessibleName(reference.title);
    errors.mockRestore();
    container.remove();
  });
});
