import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { RaciMatrix } from "../../src/raci-matrix";
import type { RaciMatrixProps } from "../../src/raci-matrix";
import fixture from "../../stories/fixtures/raci-matrix.json";

describe("<RaciMatrix> hydration", () => {
  it.each([["ltr"], ["rtl"]] as const)("hydrates the server HTML without a mismatch (%s)", async (dir) => {
    const element = <RaciMatrix {...(fixture as RaciMatrixProps)} dir={dir} />;
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
    expect(container.querySelector('[role="table"]')).toHaveAccessibleName(fixture.title);
    errors.mockRestore();
    container.remove();
  });
});
