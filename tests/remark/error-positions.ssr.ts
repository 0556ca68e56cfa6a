// Where a writer is sent to fix content: the line and column of the offending key in the file, for JSON and YAML,
// wherever the block sits (after other text, at the very end, indented, in a list, in a quote, with tabs).
import { markdownToHtml } from "./pipelines";

/** Every message the file got with `onError: "warn"`, as `line:column reason`. */
async function messages(markdown: string): Promise<string[]> {
  const file = await markdownToHtml(markdown, { onError: "warn" });
  return file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
}

/** The 1-based line and column of the n-th occurrence of `text` in `markdown` (a tab counts as one column). */
function placeOf(markdown: string, text: string, occurrence = 1): string {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = markdown.indexOf(text, index + 1);
  if (index < 0) throw new Error(`"${text}" not found`);
  const before = markdown.slice(0, index).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

const intro = "# A post\n\nSome words first.\n\nAnd a second paragraph.\n\n";

describe("a problem in YAML content", () => {
  const yaml = "```venn-diagram\ntitle: Roles\nsets:\n  - id: a\n    label: A\n  - id: a\n    label: B\n```\n";

  it("points at the key the problem is about", async () => {
    const markdown = `${intro}${yaml}\nAfter.\n`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, "id: a", 2)} sets[1].id: duplicate id "a"`]);
  });

  it("points at the start of the entry when the key itself is missing", async () => {
    const markdown = `${intro}\`\`\`venn-diagram\ntitle: Roles\nsets:\n  - id: a\n    label: A\n  - id: b\n    items: [x]\n\`\`\`\n`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, "id: b")} sets[1].label: must be a non-empty string, got undefined`]);
  });

  it("points at a key whose value is the problem, in a block that ends the file without a closing fence or newline", async () => {
    const markdown = `${intro}\`\`\`lifecycle-timeline\ntitle: Stages\nstages:\n  - id: one\n    label: One\norientation: diagonal`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, "orientation")} orientation: must be one of "auto", "horizontal", "vertical", got "diagonal"`]);
  });

  it("reports every problem of a block, each at its own key", async () => {
    const markdown = `${intro}\`\`\`comparison-table\ntitle: Two\ncolumns:\n  - { id: a, label: A }\n  - { id: b, label: B }\nrows:\n  - label: Cost\n    values: { a: 1, c: 2 }\nhighlightColumnId: z\n\`\`\`\n`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, "c: 2")} rows[0].values.c: unknown column id "c"`, `${placeOf(markdown, "highlightColumnId")} highlightColumnId: unknown column id "z"`]);
  });

  it("points at the key in a file with Windows line endings, in a ~~~ fence", async () => {
    const markdown = `${intro}~~~venn-diagram\ntitle: Roles\nsets:\n  - id: a\n    label: A\n  - id: a\n    label: B\n~~~\n`;
    expect(await messages(markdown.replace(/\n/g, "\r\n"))).toEqual([`${placeOf(markdown, "id: a", 2)} sets[1].id: duplicate id "a"`]);
  });

  it("gives the parser's message and place for YAML that does not parse, with no stack trace", async () => {
    const markdown = `${intro}\`\`\`venn-diagram\ntitle: Roles\nsets:\n  - id: a\n\tlabel: A\n\`\`\`\n`;
    const [message] = await messages(markdown);
    expect(message).toBe(`${placeOf(markdown, "\tlabel")} Tabs are not allowed as indentation`);
  });
});

describe("a problem in JSON content", () => {
  it("points at the key the problem is about", async () => {
    const json = '```venn-diagram\n{\n  "title": "Roles",\n  "sets": [\n    { "id": "a", "label": "A" },\n    { "id": "a", "label": "B" }\n  ]\n}\n```\n';
    const markdown = `${intro}${json}`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, '"id"', 2)} sets[1].id: duplicate id "a"`]);
  });

  it("points at the right column when the JSON is indented with tabs", async () => {
    const json = '```venn-diagram\n{\n\t"title": "Roles",\n\t"sets": [\n\t\t{ "id": "a", "label": "A" },\n\t\t{ "id": "b", "label": "" }\n\t]\n}\n```\n';
    const markdown = `${intro}${json}`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, '"label"', 2)} sets[1].label: must be a non-empty string, got an empty string`]);
  });

  it("points at the right column when the fence is in a list item indented with a tab", async () => {
    const json = '- A list item:\n\n\t```venn-diagram\n\t{ "title": "Roles",\n\t  "sets": [{ "id": "a", "label": "A" }, { "id": "a", "label": "B" }] }\n\t```\n';
    const markdown = `${intro}${json}`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, '"id"', 2)} sets[1].id: duplicate id "a"`]);
  });

  it("points at the right column when the fence is indented and inside a quote", async () => {
    const json = '> Quoted:\n>\n>   ```venn-diagram\n>   { "title": "Roles",\n>     "sets": [{ "id": "a", "label": "A" }, { "id": "a", "label": "B" }] }\n>   ```\n';
    const markdown = `${intro}${json}`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, '"id"', 2)} sets[1].id: duplicate id "a"`]);
  });

  it("gives the parser's message and place for JSON that does not parse, at the end of the file", async () => {
    const markdown = `${intro}\`\`\`venn-diagram\n{ "title": "Roles",, "sets": [] }\n\`\`\``;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, ', "sets"')} Unexpected , in flow map`]);
  });
});

describe("content that is not an object", () => {
  it("points at the first line of a block holding something else", async () => {
    const markdown = `${intro}\`\`\`venn-diagram\n"just a string"\n\`\`\`\n`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, '"just')} props: must be an object, got a string`]);
  });

  it("points at the fence of an empty block", async () => {
    const markdown = `${intro}  \`\`\`venn-diagram\n  \`\`\`\n`;
    expect(await messages(markdown)).toEqual([`${placeOf(markdown, "```venn")} props: must be an object, got null`]);
  });
});

describe("a build with onError fail", () => {
  it("stops with the file, line, column, prop path and problem, as a writer reads it", async () => {
    const markdown = `${intro}\`\`\`venn-diagram\ntitle: Roles\nsets:\n  - id: a\n    label: A\n  - id: a\n    label: B\n\`\`\`\n`;
    const error = await markdownToHtml(markdown).catch((caught: unknown) => caught);
    expect(String(error)).toBe(`post.md:${placeOf(markdown, "id: a", 2)}: sets[1].id: duplicate id "a"`);
    expect((error as Error).stack ?? "").not.toContain(markdown);
  });

  it("stops on YAML that does not parse, with the parser's message", async () => {
    const markdown = `${intro}\`\`\`venn-diagram\ntitle: [Roles\n\`\`\`\n`;
    await expect(markdownToHtml(markdown)).rejects.toMatchObject({ fatal: true, line: 8, reason: expect.stringMatching(/flow sequence/i) });
  });
});
