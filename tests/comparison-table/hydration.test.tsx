import { describe, expect, it } from "vitest";
import { ComparisonTable } from "../../src/comparison-table";
import type { ComparisonTableProps } from "../../src/comparison-table";
import fixture from "../../stories/fixtures/product-vs-project-manager.json";
import { hydrateWithoutMismatch } from "../kinds/hydrate";

const reference = fixture.comparison as ComparisonTableProps;

describe("<ComparisonTable> hydration", () => {
  it("hydrates the server HTML without a mismatch", async () => {
    const container = await hydrateWithoutMismatch(<ComparisonTable {...reference} highlightColumnId="product" locale="fr-FR" />);
    expect(container.querySelector('[role="table"]')).toHaveAccessibleName(reference.title);
    container.remove();
  });
});
