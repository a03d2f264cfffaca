import { localFilePath } from './fileUrls';
import { isInside } from './senderCheck';

const ALWAYS_ALLOWED_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/**
 * Whether a renderer may load a URL at all: files of the built renderer, and
 * the developer tools. Everything else (http, https, ws, other local files)
 * is cancelled before it leaves the app.
 */
export function isAllowedRequest(url: string, rendererDir: string, platform: NodeJS.Platform = process.platform): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (ALWAYS_ALLOWED_SCHEMES.has(protocol)) return true;
  const file = localFilePath(url, platform);
  return file !== null && isInside(rendererDir, file, platform);
}
