/** Name of the custom element that holds one embedded infographic. */
export const ELEMENT_NAME = "ri-infographic";

/** The JSON script `renderToHTML` writes as the last child of its figure. */
export const CONTENT_SCRIPT = 'script[type="application/json"][data-ri-content]';
