/** Props of a yes/no glyph: its centre and radius. */
export interface GlyphProps {
  cx: number;
  cy: number;
  r: number;
}

/** The check mark of "Yes" inside a disc of radius `r` centred on (cx, cy), as path data. */
export function checkPath({ cx, cy, r }: GlyphProps): string {
  const s = r / 11;
  return `M${cx - 5 * s} ${cy + 0.5 * s}l${3.5 * s} ${3.5 * s}l${6.5 * s} ${-7.5 * s}`;
}

/** The cross of "No" inside a ring of radius `r` centred on (cx, cy), as path data. */
export function crossPath({ cx, cy, r }: GlyphProps): string {
  const d = 4 * (r / 11);
  return `M${cx - d} ${cy - d}L${cx + d} ${cy + d}M${cx + d} ${cy - d}L${cx - d} ${cy + d}`;
}

/** "Yes": a filled disc in the column's colour with a check mark cut out of it. */
export function YesGlyph({ cx, cy, r }: GlyphProps) {
  return (
    <>
      <circle className="ri-ct-yes-disc" cx={cx} cy={cy} r={r} />
      <path className="ri-ct-yes-mark" d={checkPath({ cx, cy, r })} />
    </>
  );
}

/** "No": a hollow ring with a cross, a different shape from "Yes" so colour is never the only cue. */
export function NoGlyph({ cx, cy, r }: GlyphProps) {
  return (
    <>
      <circle className="ri-ct-no-ring" cx={cx} cy={cy} r={r - 0.75} />
      <path className="ri-ct-no-mark" d={crossPath({ cx, cy, r })} />
    </>
  );
}

/** A small inline SVG with one glyph, for the stacked HTML layout. */
export function InlineGlyph({ value }: { value: boolean }) {
  return (
    <svg className="ri-ct-glyph" width={20} height={20} viewBox="0 0 22 22" aria-hidden="true">
      {value ? <YesGlyph cx={11} cy={11} r={11} /> : <NoGlyph cx={11} cy={11} r={11} />}
    </svg>
  );
}
