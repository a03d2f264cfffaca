/*
 * Browser mode's link check. When a page's WebSocket is refused before it
 * opens, the page asks the server whether its link is one the server accepts
 * (`GET /link-status`, answered `{"valid": boolean}`), so it can tell "this
 * link is from an older server" (stop and say so) from "the server is down"
 * (keep retrying).
 */

/** The path of the link check, on the server that served the page. */
export const LINK_STATUS_PATH = '/link-status';

/** The request header that carries the credential to check. */
export const LINK_HEADER = 'X-Groundwork-Link';

/** Which of the two printed links a credential claims to be. */
export type LinkKind = 'control' | 'view';

/** The link header's value: `control:<key>` or `view:<key>`, the key percent-encoded so any text is a valid header. */
export function linkHeaderValue(kind: LinkKind, key: string): string {
  return `${kind}:${encodeURIComponent(key)}`;
}

/** Reads the answer of the link check: the `valid` flag, or null when the body is not a well-formed answer. */
export function parseLinkStatus(body: unknown): boolean | null {
  if (typeof body !== 'object' || body === null || !('valid' in body)) return null;
  return typeof body.valid === 'boolean' ? body.valid : null;
}
