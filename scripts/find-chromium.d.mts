/** Flags every Chromium launch uses on these machines. */
export const CHROMIUM_ARGS: string[];
/** The first usable Chromium: CHROMIUM_PATH, /usr/bin/chromium, then Playwright's own. */
export function findChromium(): { path: string; source: string } | null;
