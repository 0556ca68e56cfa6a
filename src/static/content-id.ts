/** A short, stable id for a piece of content (FNV-1a over its JSON), so that output is the same on every run. */
export function contentId(kind: string, props: unknown): string {
  const text = `${kind}:${JSON.stringify(props)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
