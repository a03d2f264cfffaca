import type { IncomingMessage, ServerResponse } from 'node:http';
import { LINK_HEADER } from '../../shared/protocol/linkStatus';
import type { LinkKind } from '../../shared/protocol/linkStatus';
import { isAllowedOrigin, secretsMatch, SECURITY_HEADERS } from './security';
import { sendText } from './staticFiles';
import type { AccessSecrets } from './wsTransport';

/** A credential read from the link header: which link it claims to be, and its key. */
export interface LinkCredential {
  kind: LinkKind;
  key: string;
}

/**
 * Reads `control:<key>` or `view:<key>` (the key percent-encoded) from the
 * link header. Null when the header is missing, repeated or malformed.
 */
export function parseLinkCredential(header: string | string[] | undefined): LinkCredential | null {
  if (typeof header !== 'string') return null;
  const colon = header.indexOf(':');
  if (colon === -1) return null;
  const kind = header.slice(0, colon).trim();
  if (kind !== 'control' && kind !== 'view') return null;
  try {
    return { kind, key: decodeURIComponent(header.slice(colon + 1).trim()) };
  } catch {
    return null;
  }
}

/** Whether a credential is one of this server's two links (compared in constant time). */
export function credentialIsValid(credential: LinkCredential, secrets: AccessSecrets): boolean {
  return secretsMatch(credential.key, credential.kind === 'control' ? secrets.controlToken : secrets.viewToken);
}

/**
 * Answers `GET /link-status`: `{"valid": true|false}` for the credential in
 * the link header, so a page whose socket is refused can tell a link from an
 * older server (stop, say so) from a server that is down (keep retrying).
 * The caller has checked the Host header; this checks the Origin.
 */
export function answerLinkStatus(req: IncomingMessage, res: ServerResponse, secrets: AccessSecrets, port: number): void {
  if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed', { Allow: 'GET' });
  if (!isAllowedOrigin(req.headers.origin, port)) return sendText(res, 403, 'Forbidden origin');
  const credential = parseLinkCredential(req.headers[LINK_HEADER.toLowerCase()]);
  if (!credential) return sendJson(res, 400, { valid: false });
  sendJson(res, 200, { valid: credentialIsValid(credential, secrets) });
}

function sendJson(res: ServerResponse, status: number, body: { valid: boolean }): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
