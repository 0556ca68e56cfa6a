/** Where the tests find Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
export function findChromium(): string | null;
/** Flags for headless Chromium on a machine with no network and no GPU. */
export const chromiumArgs: string[];
