/** Channel event the Export panel sends to the preview: render the current story in this format. */
export const EXPORT_REQUEST = "ri-export/request";
/** Channel event the preview answers with: the file or text, or why there is none. */
export const EXPORT_RESULT = "ri-export/result";

/** What the designer asked for. */
export type ExportFormat = "svg" | "png-1x" | "png-2x" | "html" | "embed";

/** One click of the panel: its number (repeated requests keep it) and the format asked for. */
export interface ExportRequest {
  /** Counts the panel's clicks; the answer carries it back. */
  id: number;
  /** What to render. */
  format: ExportFormat;
}

/** The preview's answer to request `id`: a file to save, text to copy, or an error to show. */
export type ExportResult = { id: number } & (
  | { format: ExportFormat; kind: "file"; filename: string; dataUrl: string }
  | { format: ExportFormat; kind: "text"; text: string }
  | { format: ExportFormat; kind: "error"; message: string }
);
