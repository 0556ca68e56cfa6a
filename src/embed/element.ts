import type { Root } from "react-dom/client";
import type { ValidationProblem } from "../core/types";
import { logFailure, mountContent, mountProblem } from "./mount";
import { CONTENT_SCRIPT, ELEMENT_NAME, STATE_ATTRIBUTE } from "./names";
import { readContent, type EmbedContent } from "./read-content";

/** What an element found inside itself: its content (or why it has none usable) and the static figure, if any. */
type Found = { read: { content: EmbedContent } | { problem: ValidationProblem }; figure: Element | null };

/**
 * Reads and removes the host's JSON script, so that the host holds exactly what React renders: either the static
 * figure (whose last child is the script) or, with no static markup, a script of its own.
 */
function takeContent(host: HTMLElement): Found | undefined {
  const figure = host.querySelector(":scope > figure.ri-figure");
  const script = figure ? figure.querySelector(`:scope > ${CONTENT_SCRIPT}`) : host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  script.remove();
  // Whitespace and comments around a hand-written figure would not match what React renders.
  if (figure) host.replaceChildren(figure);
  return { read: readContent(script.textContent ?? ""), figure };
}

/** Defines `<ri-infographic>`: an element that draws the infographic described by the JSON script inside it. */
export function defineInfographicElement(): void {
  class InfographicElement extends HTMLElement {
    #found: Found | undefined;
    #root: Promise<Root | undefined> | undefined;
    /** Settles once the previous root, if any, has let go of this element. */
    #unmounted: Promise<void> = Promise.resolve();

    connectedCallback(): void {
      this.style.display = "contents";
      // Children written together with the element (by innerHTML or the parser) are all there a microtask later.
      queueMicrotask(() => this.#mount());
    }

    disconnectedCallback(): void {
      // A move is a disconnect followed at once by a connect: only an element still out a microtask later is gone.
      queueMicrotask(() => {
        if (this.isConnected || !this.#root) return;
        const root = this.#root;
        this.#root = undefined;
        this.removeAttribute(STATE_ATTRIBUTE);
        this.#unmounted = root.then((mounted) => mounted?.unmount());
      });
    }

    #mount(): void {
      if (!this.isConnected || this.#root) return;
      try {
        // Once read, the content is kept: an element removed and inserted again is drawn anew on the client.
        const found = this.#found ? { read: this.#found.read, figure: null } : takeContent(this);
        if (!found) return;
        this.#found = found;
        const { read, figure } = found;
        const draw = () => ("problem" in read ? mountProblem(this, read.problem) : mountContent(this, read.content, figure));
        this.#root = this.#unmounted.then(draw).catch((error: unknown) => void logFailure(error));
      } catch (error) {
        logFailure(error);
      }
    }
  }
  customElements.define(ELEMENT_NAME, InfographicElement);
}
