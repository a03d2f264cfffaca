import * as z from 'zod/mini';
import { HEX_256 } from '../../shared/protocol/handshake';
import type { PageCredential } from './handshake';
import type { PageRole } from './hostLink';

/*
 * Where a browser-mode page keeps its keys. The printed link brings the
 * token in the address's fragment (never sent in an HTTP request); the page
 * moves it into this tab's sessionStorage at once and takes it out of the
 * address, so it is neither on screen nor in the tab's history. A reload of
 * the tab finds it there. After the first handshake the server gives the tab
 * a resume key, which outlives a server restart (the token does not).
 */

/** What one tab holds for its role. */
export interface PageAccess {
  /** The token of the printed link this tab was opened with; valid until the server stops. */
  link: string | null;
  /** Given by the server after a successful handshake; valid across restarts until `--new-links`. */
  resume: string | null;
}

/** The browser objects the keys are read from and kept in; injectable for tests. */
export interface AccessEnv {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/** Reads the access key a page's address carries: `#token=` for control, `#view=` for the presenter. */
export function accessKeyFromHash(hash: string, role: PageRole): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const key = params.get(role === 'control' ? 'token' : 'view');
  return key && key.length > 0 ? key : null;
}

const keySchema = z.nullable(z.string().check(z.minLength(1), z.maxLength(256)));
const storedSchema = z.object({ link: keySchema, resume: z.nullable(z.string().check(z.regex(HEX_256))) });

function storageKey(role: PageRole): string {
  return `groundwork.access.${role}`;
}

function readStored(role: PageRole, storage: AccessEnv['storage']): PageAccess {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(storage?.getItem(storageKey(role)) ?? 'null'));
    return parsed.success ? parsed.data : { link: null, resume: null };
  } catch {
    return { link: null, resume: null };
  }
}

function writeStored(role: PageRole, storage: AccessEnv['storage'], access: PageAccess): void {
  try {
    storage?.setItem(storageKey(role), JSON.stringify(access));
  } catch {
    // Storage switched off or full: the keys still work until this page is reloaded.
  }
}

function forget(role: PageRole, storage: AccessEnv['storage']): void {
  try {
    storage?.removeItem(storageKey(role));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/**
 * Takes the key out of the address if it carries one (a newly opened or
 * pasted link replaces whatever the tab held), and returns what this tab
 * holds. Afterwards the address has no fragment.
 */
export function takeAccessFromAddress(role: PageRole, env: AccessEnv): PageAccess {
  // The control window opens the projector's with window.open, which copies its sessionStorage: the projector keeps none of it.
  if (role === 'presenter') forget('control', env.storage);
  const fromAddress = accessKeyFromHash(env.location.hash, role);
  if (env.location.hash.length > 0) env.history.replaceState(env.history.state, '', `${env.location.pathname}${env.location.search}`);
  if (fromAddress === null) return readStored(role, env.storage);
  const access: PageAccess = { link: fromAddress, resume: null };
  writeStored(role, env.storage, access);
  return access;
}

/** Keeps the resume key the server gave, so a reload or a restart of the server does not need the printed link again. */
export function rememberResumeKey(role: PageRole, env: Pick<AccessEnv, 'storage'>, access: PageAccess, resumeKey: string): PageAccess {
  const next: PageAccess = { ...access, resume: resumeKey };
  writeStored(role, env.storage, next);
  return next;
}

/** The key to prove: the resume key once the tab has one (it outlives restarts), else the printed link's token. */
export function credentialToProve(access: PageAccess): PageCredential | null {
  if (access.resume !== null) return { kind: 'resume', key: access.resume };
  if (access.link !== null) return { kind: 'link', key: access.link };
  return null;
}
