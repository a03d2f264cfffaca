import { promises as fsp } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/** The phone page's HTML file in the built renderer folder. */
export const PHONE_PAGE_FILE = 'phone.html';

/** The phone page and exactly the files it loads: nothing else of the built renderer is served to the room's network. */
export interface PhonePageFiles {
  /** Request path ("/", "/phone.html", "/assets/phone-1a2b.js") to the file's bytes and type. */
  files: ReadonlyMap<string, { body: Buffer; type: string }>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Reads the phone page and the assets it names (`src` and `href` of the form "./assets/…" or "/assets/…") into memory
 * once, when phones are turned on: the room's requests are answered from memory and can never name another file.
 */
export async function loadPhonePage(root: string): Promise<PhonePageFiles> {
  const html = await fsp.readFile(path.join(root, PHONE_PAGE_FILE));
  const files = new Map<string, { body: Buffer; type: string }>();
  const page = { body: html, type: TYPES['.html'] ?? 'text/html' };
  files.set('/', page);
  files.set(`/${PHONE_PAGE_FILE}`, page);
  const named = new Set<string>();
  for (const match of html.toString('utf8').matchAll(/(?:src|href)="\.?\/?(assets\/[A-Za-z0-9._-]+)"/g)) if (match[1]) named.add(match[1]);
  for (const asset of named) {
    const type = TYPES[path.extname(asset).toLowerCase()];
    if (!type) continue;
    files.set(`/${asset}`, { body: await fsp.readFile(path.join(root, ...asset.split('/'))), type });
  }
  return { files };
}

/** The phone page's headers: its own scripts and styles only, and sockets to this address only. */
function phoneHeaders(origin: string): Record<string, string> {
  return {
    'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src ${origin.replace(/^http:/, 'ws:')}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Answers one request from the room's network: GET or HEAD of the phone page's own files, from memory; anything else 404 or 405. */
export function servePhonePage(req: IncomingMessage, res: ServerResponse, page: PhonePageFiles, origin: string): void {
  const headers = phoneHeaders(origin);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return;
  }
  let pathname: string;
  try {
    pathname = new URL(req.url ?? '/', 'http://phone.invalid').pathname;
  } catch {
    pathname = '';
  }
  const file = page.files.get(pathname);
  if (!file) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('Not found');
    return;
  }
  const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
  res.writeHead(200, { ...headers, 'Content-Type': file.type, 'Content-Length': String(file.body.length), 'Cache-Control': cache });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
