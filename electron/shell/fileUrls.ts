import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path functions of a platform (win32 paths can be tested on any machine). */
export function pathsFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/**
 * The local file a `file:` URL points at, or null. On Windows a URL with a host is a UNC path (the app run from a
 * network share or from WSL: `file://server/share/…` is `\\server\share\…`), which is still our own files; elsewhere
 * a host other than localhost is refused.
 */
export function localFilePath(url: string, platform: NodeJS.Platform = process.platform): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'file:') return null;
  if (platform !== 'win32' && parsed.host !== '' && parsed.host !== 'localhost') return null;
  parsed.hash = '';
  parsed.search = '';
  try {
    return fileURLToPath(parsed, { windows: platform === 'win32' });
  } catch {
    return null;
  }
}
