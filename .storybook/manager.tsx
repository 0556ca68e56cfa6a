// The manager compiles JSX with the classic runtime, so React must be in scope.
import * as React from "react";
import { AddonPanel, Button } from "storybook/internal/components";
import { addons, types, useChannel } from "storybook/manager-api";
import { EXPORT_REQUEST, EXPORT_RESULT, type ExportFormat, type ExportRequest, type ExportResult } from "./export/events";

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

/** How often a request is sent again while the preview has not answered it, and how many times at most. */
const RESEND_MS = 1000;
const SENDS = 10;
let lastRequestId = 0;

/** The Export panel: the story as shown (args, theme, width) saved as SVG or PNG, or copied as HTML. */
function ExportPanel() {
  const [status, setStatus] = React.useState("");
  const [snippet, setSnippet] = React.useState("");
  const pending = React.useRef<{ request: ExportRequest; timer: ReturnType<typeof setInterval> } | undefined>(undefined);
  const emit = useChannel({
    [EXPORT_RESULT]: (result: ExportResult) => {
      if (result.id !== pending.current?.request.id) return;
      clearInterval(pending.current.timer);
      pending.current = undefined;
      setSnippet(result.kind === "text" ? result.text : "");
      void settle(result).then(setStatus);
    },
  });
  React.useEffect(() => () => clearInterval(pending.current?.timer), []);
  // A request can be lost while the preview is still attaching its listener, so it is sent again until answered.
  const request = (format: ExportFormat) => {
    if (pending.current) clearInterval(pending.current.timer);
    const message: ExportRequest = { id: ++lastRequestId, format };
    let sends = 1;
    const timer = setInterval(() => {
      if (sends++ < SENDS) emit(EXPORT_REQUEST, message);
      else {
        clearInterval(timer);
        setStatus("The story did not answer; reload it and try again.");
      }
    }, RESEND_MS);
    pending.current = { request: message, timer };
    setStatus("Working…");
    emit(EXPORT_REQUEST, message);
  };
  return (
    <div style={{ padding: 16, display: "grid", gap: 12, justifyItems: "start" }}>
      <p style={{ margin: 0 }}>The current story, in the current theme and at its current width, drawn by the static renderer.</p>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        {ACTIONS.map(({ format, label }) => (
          <Button key={format} onClick={() => request(format)}>
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
