const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Returns the link when it is safe to follow (http, https, mailto or relative), else `undefined`.
 * Browsers ignore tabs, newlines and leading control characters in a URL, so they are stripped before
 * the scheme is read: `java\tscript:` must not slip through.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (typeof href !== "string") return undefined;
  const normalised = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (normalised === "") return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(normalised);
  if (!scheme) return href.trim();
  return ALLOWED_PROTOCOLS.has(scheme[0].toLowerCase()) ? href.trim() : undefined;
}
