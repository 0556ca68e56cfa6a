import type { ReactNode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { InfographicError } from "../a11y/InfographicError";
import type { InfographicProps, ValidationProblem } from "../core/types";
import { isKindName, loadKind } from "../kinds";
import { contentId } from "../static/content-id";
import { EmbedBoundary } from "./EmbedBoundary";
import { ELEMENT_NAME, STATE_ATTRIBUTE } from "./names";
import type { EmbedContent } from "./read-content";

/** Prefix of everything the embed script logs. */
const LOG_PREFIX = "[react-infographics]";

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Logs a failure of one element; never throws, so the host page and the other figures go on. */
export function logFailure(error: unknown): void {
  console.error(`${LOG_PREFIX} <${ELEMENT_NAME}> failed: ${messageOf(error)}`);
}

/** Root options that turn React's reports into console errors instead of errors thrown at the host page. */
const rootOptions = (identifierPrefix: string) => ({
  identifierPrefix,
  onRecoverableError: (error: unknown) => console.error(`${LOG_PREFIX} <${ELEMENT_NAME}> was drawn again on the client: ${messageOf(error)}`),
  // EmbedBoundary already shows and logs what it caught.
  onCaughtError: () => {},
  onUncaughtError: logFailure,
});

/** The tree for a host: the content inside the boundary, which reports the settled state on the host. */
function settled(host: HTMLElement, state: "hydrated" | "rendered" | "error", componentName: string, props: unknown, content: ReactNode) {
  const onMounted = (failed: boolean) => host.setAttribute(STATE_ATTRIBUTE, failed ? "error" : state);
  return (
    <EmbedBoundary componentName={componentName} props={props} onMounted={onMounted}>
      {content}
    </EmbedBoundary>
  );
}

/** Replaces the host's content with the error figure for a problem found before any kind was loaded. */
export function mountProblem(host: HTMLElement, problem: ValidationProblem): Root {
  host.replaceChildren();
  const root = createRoot(host, rootOptions(`ri-${ELEMENT_NAME}-`));
  root.render(settled(host, "error", ELEMENT_NAME, {}, <InfographicError componentName={ELEMENT_NAME} props={{}} problems={[problem]} />));
  return root;
}

/**
 * Draws an infographic into its host. With the static figure in place and valid props it hydrates that figure with
 * the prefix the static renderer used, so nothing is drawn twice; otherwise it renders on the client (invalid props
 * give the component's error figure). Resolves to no root when the kind's code cannot be loaded but the static
 * picture is there: that picture is complete, so it is kept.
 */
export async function mountContent(host: HTMLElement, content: EmbedContent, figure: Element | null): Promise<Root | undefined> {
  let kind;
  try {
    kind = await loadKind(content.kind);
  } catch (error) {
    if (!figure || !isKindName(content.kind)) return mountProblem(host, { path: "kind", message: messageOf(error) });
    console.error(`${LOG_PREFIX} <${ELEMENT_NAME}> kind: ${messageOf(error)}; the static figure stays as it is`);
    host.setAttribute(STATE_ATTRIBUTE, "static");
    return undefined;
  }
  const props = content.props as InfographicProps;
  const valid = kind.validate(props).length === 0;
  const hydrate = valid && figure?.parentElement === host;
  const tree = settled(host, !valid ? "error" : hydrate ? "hydrated" : "rendered", kind.componentName, props, <kind.Component {...props} />);
  const options = rootOptions(`ri${contentId(content.kind, content.props)}-`);
  if (hydrate) return hydrateRoot(host, tree, options);
  host.replaceChildren();
  const root = createRoot(host, options);
  root.render(tree);
  return root;
}
