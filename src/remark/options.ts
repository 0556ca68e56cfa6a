import type { InfographicProps } from "../core/types";

/** Options of the remark plugin. */
export interface RemarkInfographicsOptions {
  /** Kind names whose fenced blocks become infographics (`["venn-diagram"]`); default every kind. Other blocks stay code. */
  kinds?: readonly string[];
  /** Theme for blocks that set none; default the content's own, else `auto` (follows the reader). */
  theme?: InfographicProps["theme"];
  /**
   * What invalid content does: `fail` (default) stops the build with a message at the offending key; `warn` reports
   * the same message and puts the infographic's error figure in the page.
   */
  onError?: "fail" | "warn";
}
