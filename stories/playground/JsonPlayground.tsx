import { useId, useState, type ComponentType } from "react";

/** Props of the JSON playground. */
export interface JsonPlaygroundProps {
  /** The infographic to feed: it receives the parsed JSON as its props. */
  component: ComponentType<never>;
  /** The JSON the editor starts with. */
  initialJson: string;
}

/** Parses JSON and says where it broke, in words a content author can act on. */
function parse(json: string): { props: unknown; error?: undefined } | { error: string } {
  try {
    return { props: JSON.parse(json) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Paste content as JSON and see the infographic, or the validation errors it would report, as you type.
 * The component validates its own props, so a wrong shape shows its error figure with the prop paths.
 */
export function JsonPlayground({ component: Infographic, initialJson }: JsonPlaygroundProps) {
  const [json, setJson] = useState(initialJson);
  const editorId = useId();
  const result = parse(json);
  const Component = Infographic as ComponentType<Record<string, unknown>>;
  return (
    <div style={{ display: "grid", gap: 16, gridTemplateColumns: "repeat(auto-fit, minmax(320px, 1fr))", alignItems: "start" }}>
      <div>
        <label htmlFor={editorId} style={{ display: "block", fontWeight: 700, marginBottom: 4 }}>
          Content (JSON props)
        </label>
        <textarea
          id={editorId}
          value={json}
          onChange={(event) => setJson(event.target.value)}
          spellCheck={false}
          style={{ width: "100%", minHeight: 480, fontFamily: "ui-monospace, monospace", fontSize: 13, boxSizing: "border-box" }}
        />
      </div>
      <div aria-live="polite">
        {result.error !== undefined ? (
          <p role="status" style={{ color: "#9f1d1d", fontWeight: 700 }}>
            Not valid JSON yet: {result.error}
          </p>
        ) : (
          <Component {...(result.props as Record<string, unknown>)} animation="none" />
        )}
      </div>
    </div>
  );
}
