import type { Expression, Program, Property } from "estree";

/** A number as an expression; negative and non-finite numbers need an operator or a name, not a literal. */
function numberExpression(value: number): Expression {
  if (Number.isNaN(value)) return { type: "Identifier", name: "NaN" };
  const magnitude: Expression = Number.isFinite(value) ? { type: "Literal", value: Math.abs(value) } : { type: "Identifier", name: "Infinity" };
  return value < 0 || Object.is(value, -0) ? { type: "UnaryExpression", operator: "-", prefix: true, argument: magnitude } : magnitude;
}

/** One key of an object literal. `__proto__` is written as a computed key, which defines a property instead of setting the prototype. */
function propertyOf(key: string, value: unknown): Property {
  return {
    type: "Property",
    key: { type: "Literal", value: key },
    value: valueExpression(value),
    kind: "init",
    computed: key === "__proto__",
    method: false,
    shorthand: false,
  };
}

/** Plain data (what JSON or YAML parses to) as an estree expression that evaluates to an equal value. */
export function valueExpression(value: unknown): Expression {
  if (value === null || value === undefined) return { type: "Literal", value: null };
  if (typeof value === "number") return numberExpression(value);
  if (typeof value === "string" || typeof value === "boolean") return { type: "Literal", value };
  if (Array.isArray(value)) return { type: "ArrayExpression", elements: value.map(valueExpression) };
  return { type: "ObjectExpression", properties: Object.entries(value as Record<string, unknown>).map(([key, entry]) => propertyOf(key, entry)) };
}

/** A program of one expression statement, the shape MDX gives an attribute expression (`{...props}`). */
export function spreadProgram(value: unknown): Program {
  return {
    type: "Program",
    sourceType: "module",
    body: [{ type: "ExpressionStatement", expression: { type: "ObjectExpression", properties: [{ type: "SpreadElement", argument: valueExpression(value) }] } }],
  };
}

/** An import declaration of one named binding, as a program: the shape MDX gives an ESM node. */
export function importProgram(name: string, source: string): Program {
  return {
    type: "Program",
    sourceType: "module",
    body: [
      {
        type: "ImportDeclaration",
        specifiers: [{ type: "ImportSpecifier", imported: { type: "Identifier", name }, local: { type: "Identifier", name } }],
        source: { type: "Literal", value: source },
        attributes: [],
      },
    ],
  };
}
