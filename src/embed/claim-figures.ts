import { CONTENT_SCRIPT, ELEMENT_NAME } from "./names";

/** Static figures at or under `node` that still carry their content and are not yet inside an element. */
function unclaimedFigures(node: Element | Document): Set<Element> {
  const figures = new Set<Element>();
  if (node instanceof Element && node.matches("figure.ri-figure") && node.querySelector(`:scope > ${CONTENT_SCRIPT}`)) figures.add(node);
  // A selector is matched against the whole document, so this also finds `node`'s own script when it is a figure.
  for (const script of node.querySelectorAll(`figure.ri-figure > ${CONTENT_SCRIPT}`)) if (script.parentElement) figures.add(script.parentElement);
  return figures;
}

/**
 * Puts each static figure (from `renderToHTML`, the CLI or the remark plugin) under `node` into its own
 * `<ri-infographic>`, inserted where the figure was; the element then hydrates it. React needs a container whose
 * only child is the figure, and the element (`display: contents`) is that container without a box of its own.
 */
export function claimStaticFigures(node: Element | Document): void {
  for (const figure of unclaimedFigures(node)) {
    if (figure.parentElement?.localName === ELEMENT_NAME) continue;
    const host = document.createElement(ELEMENT_NAME);
    figure.before(host);
    host.append(figure);
  }
}

/** Claims static figures added to the page later (a CMS preview, infinite scroll). */
export function watchForStaticFigures(root: Element): void {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) claimStaticFigures(node);
    }
  }).observe(root, { childList: true, subtree: true });
}
