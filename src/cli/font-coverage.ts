// Which characters a TrueType font can draw, read from its character map ("cmap" table). The PNG renderer asks
// for the system's fonts only when a picture holds a character the bundled font lacks (CJK, Arabic, emoji):
// resvg scans every system font for each image it draws, which costs about a second on a machine with CJK fonts,
// against about a tenth of that for a picture the bundled font covers.

/** The code points a font maps to a glyph. */
export type Coverage = ReadonlySet<number>;

function tableOffset(font: DataView, tag: string): number | undefined {
  const tables = font.getUint16(4);
  for (let index = 0; index < tables; index++) {
    const record = 12 + index * 16;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((i) => font.getUint8(record + i)));
    if (name === tag) return font.getUint32(record + 8);
  }
  return undefined;
}

/** Format 12: groups of consecutive code points (the full Unicode range). */
function readSegmentedCoverage(font: DataView, subtable: number, into: Set<number>): void {
  const groups = font.getUint32(subtable + 12);
  for (let group = 0; group < groups; group++) {
    const record = subtable + 16 + group * 12;
    const [first, last, glyph] = [font.getUint32(record), font.getUint32(record + 4), font.getUint32(record + 8)];
    for (let code = first; code <= last; code++) if (glyph + (code - first) !== 0) into.add(code);
  }
}

/** Format 4: segments of the Basic Multilingual Plane, where a code point may still map to glyph 0 (none). */
function readSegmentCoverage(font: DataView, subtable: number, into: Set<number>): void {
  const segments = font.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const [start, end] = [font.getUint16(starts + segment * 2), font.getUint16(ends + segment * 2)];
    const delta = font.getInt16(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = font.getUint16(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const index = rangeOffset === 0 ? code : font.getUint16(rangeOffsetAt + rangeOffset + (code - start) * 2);
      if (rangeOffset !== 0 && index === 0) continue;
      if (((index + delta) & 0xffff) !== 0) into.add(code);
    }
  }
}

/** The code points a TrueType or OpenType font file maps to a glyph (its Unicode character maps). */
export function readCoverage(file: Uint8Array): Coverage {
  const font = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const cmap = tableOffset(font, "cmap");
  const covered = new Set<number>();
  if (cmap === undefined) return covered;
  const encodings = font.getUint16(cmap + 2);
  for (let index = 0; index < encodings; index++) {
    const record = cmap + 4 + index * 8;
    const [platform, encoding] = [font.getUint16(record), font.getUint16(record + 2)];
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const subtable = cmap + font.getUint32(record + 4);
    const format = font.getUint16(subtable);
    if (format === 4) readSegmentCoverage(font, subtable, covered);
    else if (format === 12) readSegmentedCoverage(font, subtable, covered);
  }
  return covered;
}

/** The first character of `text` that none of the fonts can draw (white space and controls aside), if any. */
export function firstUncovered(text: string, fonts: Coverage[]): string | undefined {
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x20 || /\s/.test(character)) continue;
    if (!fonts.some((coverage) => coverage.has(code))) return character;
  }
  return undefined;
}
