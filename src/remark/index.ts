// The remark entry: fenced blocks of infographic content become components in MDX and static HTML in Markdown.
// Node-side only in practice (it runs in a build), though nothing here touches the file system.
export { default } from "./plugin";
export type { RemarkInfographicsOptions } from "./options";
