// The JSON Schemas generated from the types, held to the validators: what an editor accepts while a writer types
// content is what the component draws, and what the schema cannot say is listed in its description.
import { Ajv } from "ajv";
import { schemasFor } from "../../scripts/schema-from-types.mjs";
import { KIND_NAMES, loadKind } from "../../src/kinds";
import { KIND_EXAMPLES } from "../kinds/examples";
import { INVALID_CONTENT } from "./invalid-content";

const kinds = await Promise.all(KIND_NAMES.map(loadKind));
const schemas = schemasFor(kinds);
const ajv = new Ajv({ allErrors: true });
const checkers = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]));

describe("the JSON Schema of every kind", () => {
  it.each(KIND_NAMES)("%s: exists, describes its props from the TSDoc, and leaves out what content cannot hold", (name) => {
    const schema = schemas[name]! as { properties: Record<string, { description?: string }> };
    expect(schema.properties.title?.description).toMatch(/heading/);
    expect(Object.keys(schema.properties)).not.toContain("style");
    expect(Object.keys(schema.properties).filter((key) => /^on[A-Z]/.test(key))).toEqual([]);
  });

  it.each(KIND_NAMES)("%s: accepts the reference content, as the validator does", async (name) => {
    const props = KIND_EXAMPLES[name]!;
    expect((await loadKind(name)).validate(props)).toEqual([]);
    expect(checkers[name]!(props), JSON.stringify(checkers[name]!.errors)).toBe(true);
  });

  it.each(INVALID_CONTENT.map((c) => [`${c.kind}: ${c.what}`, c] as const))("%s: rejected by the validator and the schema, or listed as beyond the schema", async (_, content) => {
    expect((await loadKind(content.kind)).validate(content.props)).not.toEqual([]);
    const props = JSON.parse(JSON.stringify(content.props)) as unknown; // as a content file holds it: no undefined keys
    expect(checkers[content.kind]!(props)).toBe(content.beyondSchema !== undefined);
    if (content.beyondSchema) expect(schemas[content.kind]!.description).toContain(content.beyondSchema);
  });

  it.each(KIND_NAMES)("%s: lets a content file name its schema", async (name) => {
    const props = { $schema: `../node_modules/react-infographics/schemas/${name}.json`, ...KIND_EXAMPLES[name] };
    expect((await loadKind(name)).validate(props)).toEqual([]);
    expect(checkers[name]!(props)).toBe(true);
  });

  it("covers every kind with invalid content", () => {
    expect(new Set(INVALID_CONTENT.map((c) => c.kind))).toEqual(new Set(KIND_NAMES));
  });
});
