import { safeHref } from "../../src/core/safe-href";

describe("safeHref", () => {
  it.each(["https://example.org/a", "http://example.org", "mailto:pm@example.org", "/guides/pm", "../x", "#notes", "?q=1"])(
    "keeps %s as a link",
    (href) => expect(safeHref(href)).toBe(href),
  );

  it.each(["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "file:///etc/passwd", ""])(
    "refuses %j",
    (href) => expect(safeHref(href)).toBeUndefined(),
  );
});
