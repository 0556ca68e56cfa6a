/** Props of the keyboard hint. */
export interface KeyboardHintProps {
  /** Id that the interactive element points at with `aria-describedby`. */
  id: string;
  /** The hint, for example "Arrow keys move between regions. Escape leaves." */
  children: string;
}

/**
 * A one-line hint of the keyboard controls. It keeps its space but shows only while the preceding
 * `[data-ri-keys]` element has focus; screen readers get it as that element's description.
 */
export function KeyboardHint({ id, children }: KeyboardHintProps) {
  return (
    <p id={id} className="ri-keyboard-hint">
      {children}
    </p>
  );
}
