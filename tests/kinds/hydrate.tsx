import { act } from "@testing-library/react";
import type { ReactElement } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { expect, onTestFinished, vi } from "vitest";

/**
 * Renders `element` on the server, hydrates that HTML in the page and checks React reported no mismatch and no
 * error; returns the container for further checks (the caller removes it). The root is unmounted when the test
 * ends, so that no work of it is left to run once the test environment is gone.
 */
export async function hydrateWithoutMismatch(element: ReactElement): Promise<HTMLElement> {
  const container = document.createElement("div");
  container.innerHTML = renderToString(element);
  document.body.append(container);
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const recoverable = vi.fn();
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: recoverable });
  });
  onTestFinished(() => act(() => root?.unmount()));
  expect(recoverable).not.toHaveBeenCalled();
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
  return container;
}
