/** Name of the custom element that holds one embedded infographic. */
export const ELEMENT_NAME = "ri-infographic";

/** The JSON script `renderToHTML` writes as the last child of its figure. */
export const CONTENT_SCRIPT = 'script[type="application/json"][data-ri-content]';

/**
 * Attribute the element sets on itself once its figure is settled: `hydrated` (the static figure made interactive),
 * `rendered` (drawn on the client from JSON alone), `error` (an error figure shows), or `static` (the kind's code
 * could not load, so the static figure stays). Lets a host's CSS or a test wait for it.
 */
export const STATE_ATTRIBUTE = "data-ri-state";
