import { useState, type KeyboardEvent } from "react";

/** How an entry (a stage, a step) is shown: current, previewed (hover or focus), or neither. */
export type EntryState = "active" | "preview" | "inactive";

/** An entry that can be made current: a stage of a timeline, a step of a cycle. */
interface Entry {
  id: string;
  label: string;
  items?: readonly unknown[];
}

/** What the hook needs: the entries, the controlled and uncontrolled ids, the callback and the words. */
export interface CurrentEntryOptions<T extends Entry> {
  /** The entries, in order. */
  entries: readonly T[];
  /** Controlled: id of the current entry. */
  activeId: string | undefined;
  /** Uncontrolled: id of the entry that starts as current. */
  defaultActiveId: string | undefined;
  /** Called with an entry's id when the reader makes it current. */
  onChange: ((id: string) => void) | undefined;
  /** What an entry is called in the announcement: "stage", "step". */
  noun: string;
  /** Selector matching the entries' focusable buttons, in entry order. */
  buttonSelector: string;
}

/** What is announced when an entry becomes current. */
function activationSentence(entry: Entry, noun: string): string {
  const count = entry.items?.length ?? 0;
  const details = count === 0 ? "" : ` ${count} ${count === 1 ? "detail follows" : "details follow"} in its list item.`;
  return `${entry.label} is the current ${noun}.${details}`;
}

/**
 * The current entry of a list that the reader moves through, controlled (`activeId` given) or not; the preview
 * from hover or focus; the roving Tab stop; and the sentence announced when the reader makes an entry current.
 */
export function useCurrentEntry<T extends Entry>({ entries, activeId: controlled, defaultActiveId, onChange, noun, buttonSelector }: CurrentEntryOptions<T>) {
  const [ownActive, setOwnActive] = useState(defaultActiveId);
  const [previewId, setPreviewId] = useState<string | undefined>(undefined);
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  // Said once after the reader makes an entry current: focus stays on the button, so nothing else would say it.
  const [announcement, setAnnouncement] = useState("");
  const activeId = controlled !== undefined ? controlled : ownActive;
  const activeIndex = entries.findIndex((entry) => entry.id === activeId);
  const tabStop = Math.min(focusIndex ?? (activeIndex >= 0 ? activeIndex : 0), entries.length - 1);

  const activate = (index: number) => {
    const entry = entries[index];
    setFocusIndex(index);
    // Already current (a second press, or a click inside its details): nothing changes, nothing to report.
    if (!entry || entry.id === activeId) return;
    if (controlled === undefined) setOwnActive(entry.id);
    setAnnouncement(activationSentence(entry, noun));
    onChange?.(entry.id);
  };
  const preview = (index: number, on: boolean) => {
    const id = entries[index]?.id;
    setPreviewId((current) => (on ? id : current === id ? undefined : current));
  };
  /** Moves focus to entry `target` (when a key named one) within the picture that has focus. */
  const focusEntry = (target: number | undefined, event: KeyboardEvent<SVGGElement>) => {
    if (target === undefined) return;
    event.preventDefault();
    setFocusIndex(target);
    // Both pictures may be in the page; move within the one that has focus.
    const container = event.currentTarget.closest("[data-ri-keys]");
    container?.querySelectorAll<SVGGElement>(buttonSelector)[target]?.focus();
  };
  const stateOf = (id: string): EntryState => (id === activeId ? "active" : id === previewId ? "preview" : "inactive");
  return { activeId, tabStop, announcement, activate, preview, focusEntry, stateOf };
}
