// The embed script (react-infographics/embed) for pages without React: it makes the static figures written by
// renderToHTML, the CLI or the remark plugin interactive, and defines <ri-infographic>. React is bundled in; each
// kind's code loads only when the page holds that kind. It touches nothing outside its figures, and a second copy
// loaded on the same page finds the element defined and stays idle.
import { claimStaticFigures, watchForStaticFigures } from "./claim-figures";
import { defineInfographicElement } from "./element";
import { logFailure } from "./mount";
import { ELEMENT_NAME } from "./names";

try {
  if (typeof customElements !== "undefined" && !customElements.get(ELEMENT_NAME)) {
    defineInfographicElement();
    claimStaticFigures(document);
    // Also sees figures the parser adds after this ran, when the script was loaded async.
    watchForStaticFigures(document.documentElement);
  }
} catch (error) {
  logFailure(error);
}
