import { describe, expect, it } from "vitest";
import { RaciMatrix } from "../../src/raci-matrix";
import type { RaciMatrixProps } from "../../src/raci-matrix";
import fixture from "../../stories/fixtures/raci-matrix.json";
import { hydrateWithoutMismatch } from "../kinds/hydrate";

describe("<RaciMatrix> hydration", () => {
  it.each([["ltr"], ["rtl"]] as const)("hydrates the server HTML without a mismatch (%s)", async (dir) => {
    const container = await hydrateWithoutMismatch(<RaciMatrix {...(fixture as RaciMatrixProps)} dir={dir} />);
    expect(container.querySelector('[role="table"]')).toHaveAccessibleName(fixture.title);
    container.remove();
  });
});
