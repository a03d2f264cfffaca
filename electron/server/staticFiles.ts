import { promises as fsp } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS } from './security';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Sends a short plain-text answer with the security headers. */
export function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(text);
}

/**
 * Serves the built renderer from one folder: GET and HEAD only, no listing,
 * no path that leaves the folder (also through links), unknown types refused.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const found = await resolveStaticFile(root, req.url ?? '/');
  if (found.kind === 'redirect') return sendText(res, 302, 'See /control.html', { Location: '/control.html' });
  if (found.kind === 'missing') return sendText(res, 404, 'Not found');
  const file = found.file;
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()];
  if (!type) return sendText(res, 404, 'Not found');
  let body: Buffer;
  try {
    body = await fsp.readFile(file);
  } catch {
    return sendText(res, 404, 'Not found');
  }
  const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-store';
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(body.length), 'Cache-Control': cache });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Where a request path leads: a file inside the root, the start page, or nothing (missing or escaping). */
export type StaticTarget = { kind: 'file'; file: string } | { kind: 'redirect' } | { kind: 'missing' };

const MISSING: StaticTarget = { kind: 'missing' };

/** Maps a request path to a file inside the root; never to anything outside it. */
export async function resolveStaticFile(root: string, url: string): Promise<StaticTarget> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return MISSING;
  }
  if (pathname === '/') return { kind: 'redirect' };
  if (pathname.includes('\0') || pathname.includes('\\')) return MISSING;
  const parts = pathname.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '..' || part === '.' || part.startsWith('.'))) return MISSING;
  let realRoot: string;
  try {
    realRoot = await fsp.realpath(root);
  } catch {
    return MISSING;
  }
  const candidate = path.join(realRoot, ...parts);
  const real = await fsp.realpath(candidate).catch(() => null);
  if (real === null || !(real === realRoot || real.startsWith(realRoot + path.sep))) return MISSING;
  const stats = await fsp.stat(real).catch(() => null);
  return stats?.isFile() ? { kind: 'file', file: real } : MISSING;
}
