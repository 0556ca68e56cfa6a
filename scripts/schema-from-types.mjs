// JSON Schemas of content generated from the TypeScript props types, with the TSDoc as descriptions. Used by the
// build (generate-schemas.mjs) and by the test that holds the schemas to the validators.
import { join, resolve } from "node:path";
import { createGenerator } from "ts-json-schema-generator";

const root = resolve(import.meta.dirname, "..");

/** Rules the validators check that a JSON Schema cannot say; added to every schema's description. */
const BEYOND_SCHEMA = [
  "required text is not blank (only spaces)",
  "ids are unique within their list",
  "every id that a prop refers to names an entry that exists",
  "colours are plain CSS colours",
  "a locale is a valid BCP 47 tag, and a number format one that Intl accepts",
  "a share is a number from 0 to 1",
  "a value range runs from its min up to its max and holds zero and every value",
  "a RACI task has at most one accountable role, and a role's list of codes is not empty and names each code once",
  "an order or a count that depends on other entries holds (for example, an overlap names no more sets than there are and each region once; a span does not run backwards)",
];

/** True for a definition drawn from React's types (`React.CSSProperties` and what it pulls in): not content. */
const isReactDefinition = (name) => name.startsWith("React.");

/** Removes the props typed with React types (style), at the root and in every definition: content cannot hold them. */
function dropReactProps(schema) {
  for (const object of [schema, ...Object.values(schema.definitions ?? {})]) {
    for (const [key, property] of Object.entries(object.properties ?? {})) {
      if (isReactDefinition(decodeURIComponent(property.$ref ?? "").replace("#/definitions/", ""))) delete object.properties[key];
    }
  }
}

/**
 * Intl's option bags are declared across several lib files and the generator reads only the first, so options such
 * as `unit` or `notation` would be refused: their objects stay open, and the validator asks Intl itself.
 */
function openIntlOptions(schema) {
  for (const [name, definition] of Object.entries(schema.definitions ?? {})) {
    if (name.startsWith("Intl.") && definition.type === "object") delete definition.additionalProperties;
  }
}

/** Drops definitions nothing refers to any more. */
function pruneDefinitions(schema) {
  const used = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      if (typeof value.$ref === "string") {
        const name = decodeURIComponent(value.$ref.replace("#/definitions/", ""));
        if (!used.has(name)) {
          used.add(name);
          visit(schema.definitions[name]);
        }
      }
      for (const [key, child] of Object.entries(value)) if (key !== "definitions") visit(child);
    }
  };
  visit(schema);
  for (const name of Object.keys(schema.definitions ?? {})) if (!used.has(name)) delete schema.definitions[name];
}

/**
 * The schema of each kind's content, keyed by kind name, from the type `<componentName>Props` exported by
 * src/index.ts. Props that content cannot hold (functions, React styles) are left out.
 */
export function schemasFor(kinds) {
  const generator = createGenerator({
    path: join(root, "src/index.ts"),
    tsconfig: join(root, "tsconfig.build.json"),
    functions: "hide",
    skipTypeCheck: true,
    topRef: false,
  });
  const beyond = `Checked by the validator beyond this schema: ${BEYOND_SCHEMA.join("; ")}.`;
  const schemas = {};
  for (const { name, componentName } of kinds) {
    const schema = generator.createSchema(`${componentName}Props`);
    dropReactProps(schema);
    pruneDefinitions(schema);
    openIntlOptions(schema);
    // A content file may name its schema; the components ignore the key.
    schema.properties = { $schema: { type: "string", description: "The JSON Schema this content follows." }, ...schema.properties };
    schemas[name] = {
      $schema: schema.$schema,
      $id: `react-infographics/schemas/${name}.json`,
      title: `${componentName} content`,
      ...schema,
      description: `${schema.description ?? ""} ${beyond}`.trim(),
    };
  }
  return schemas;
}
