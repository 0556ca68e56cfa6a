// The manager compiles JSX with the classic runtime, so React must be in scope.
import * as React from "react";
import { AddonPanel, Button } from "storybook/internal/components";
import { addons, types, useChannel } from "storybook/manager-api";
import { EXPORT_REQUEST, EXPORT_RESULT, type ExportFormat, type ExportResult } from "./export/events";

const ADDON_ID = "react-infographics/export";

/** The buttons of the panel, in the order a designer reads them. */
const ACTIONS: { format: ExportFormat; label: string }[] = [
  { format: "svg", label: "Download SVG" },
  { format: "png-1x", label: "Download PNG 1x" },
  { format: "png-2x", label: "Download PNG 2x" },
  { format: "html", label: "Copy HTML snippet" },
  { format: "embed", label: "Copy embed code" },
];

/** What was copied, as the panel names it. */
const COPIED: Partial<Record<ExportFormat, string>> = { html: "The HTML snippet", embed: "The embed code (HTML snippet and script tag)" };

/** Saves a data URL as a file through a temporary link. */
function download(filename: string, dataUrl: string): void {
  const link = document.createElement("a");
  link.href = dataUrl;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
}

/** What the panel says after an action, read out by screen readers too. */
async function settle(result: ExportResult): Promise<string> {
  if (result.kind === "error") return result.message;
  if (result.kind === "file") {
    download(result.filename, result.dataUrl);
    return `Saved ${result.filename}.`;
  }
  try {
    await navigator.clipboard.writeText(result.text);
    return `${COPIED[result.format] ?? "The text"} is on the clipboard.`;
  } catch {
    return "The browser refused the clipboard; the code is in the box below.";
  }
}

/** The Export panel: the story as shown (args, theme, width) saved as SVG or PNG, or copied as HTML. */
function ExportPanel() {
  const [status, setStatus] = React.useState("");
  const [snippet, setSnippet] = React.useState("");
  const emit = useChannel({
    [EXPORT_RESULT]: (result: ExportResult) => {
      setSnippet(result.kind === "text" ? result.text : "");
      void settle(result).then(setStatus);
    },
  });
  return (
    <div style={{ padding: 16, display: "grid", gap: 12, justifyItems: "start" }}>
      <p style={{ margin: 0 }}>The current story, in the current theme and at its current width, drawn by the static renderer.</p>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        {ACTIONS.map(({ format, label }) => (
          <Button key={format} onClick={() => emit(EXPORT_REQUEST, format)}>
            {label}
          </Button>
        ))}
      </div>
      <p role="status" style={{ margin: 0, minHeight: "1.4em" }}>
        {status}
      </p>
      {snippet ? <textarea aria-label="Copied code" readOnly value={snippet} rows={6} style={{ width: "100%", fontFamily: "monospace" }} /> : null}
    </div>
  );
}

addons.register(ADDON_ID, () => {
  addons.add(`${ADDON_ID}/panel`, {
    type: types.PANEL,
    title: "Export",
    render: ({ active }) => (
      <AddonPanel active={Boolean(active)}>
        <ExportPanel />
      </AddonPanel>
    ),
  });
});
