/** A JSON Schema object (draft-07), as generated. */
export type JsonSchema = Record<string, unknown> & { description?: string; definitions?: Record<string, unknown> };
/** The schema of each kind's content, keyed by kind name, from the type `<componentName>Props` exported by src/index.ts. */
export function schemasFor(kinds: readonly { name: string; componentName: string }[]): Record<string, JsonSchema>;
