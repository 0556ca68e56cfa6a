import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ComparisonTable } from "../../src/comparison-table";
import type { ComparisonTableProps } from "../../src/comparison-table";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";

const reference = fixture.comparison as ComparisonTableProps;

describe("<ComparisonTable> hydration", () => {
  it("hydrates the server HTML without a mismatch", async () => {
    const element = <ComparisonTable {...reference} highlightColumnId="product" locale="fr-FR" />;
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
    expect(container.querySelector('[role="table"]')).toHaveAccessibleName(reference.title);
    errors.mockRestore();
    container.remove();
  });
});
