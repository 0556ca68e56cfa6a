/** What table text is drawn with unless its `<text>` says otherwise (own module: importing it costs no stylesheet). */
export const TABLE_TEXT = { fontSize: 14 } as const;
