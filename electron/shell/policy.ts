import { fileURLToPath } from 'node:url';
import { isInside } from './senderCheck';

const ALWAYS_ALLOWED_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/**
 * Whether a renderer may load a URL at all: files of the built renderer, and
 * the developer tools. Everything else (http, https, ws, other local files)
 * is cancelled before it leaves the app.
 */
export function isAllowedRequest(url: string, rendererDir: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (ALWAYS_ALLOWED_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol !== 'file:') return false;
  parsed.hash = '';
  parsed.search = '';
  try {
    return isInside(rendererDir, fileURLToPath(parsed));
  } catch {
    return false;
  }
}
