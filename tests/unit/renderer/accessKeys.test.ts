import { describe, expect, it } from 'vitest';
import { accessKeyFromHash, credentialToProve, rememberResumeKey, takeAccessFromAddress } from '../../../renderer/transport/accessKeys';
import type { AccessEnv } from '../../../renderer/transport/accessKeys';

/** A tab: its address, its history entry and its sessionStorage. */
function tab(address: string, stored: Record<string, string> = {}) {
  const url = new URL(address);
  const storage = new Map(Object.entries(stored));
  const env: AccessEnv = {
    location: url,
    history: {
      state: null,
      replaceState: (_state, _unused, next) => {
        const replaced = new URL(String(next), url);
        url.hash = replaced.hash;
        url.pathname = replaced.pathname;
        url.search = replaced.search;
      },
    },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value), removeItem: (key) => void storage.delete(key) },
  };
  return { env, url, storage };
}

const KEY = 'ab'.repeat(32);
const RESUME = 'cd'.repeat(32);

describe('a page’s access keys', () => {
  it('reads the key of its own role from the fragment only', () => {
    expect(accessKeyFromHash('#token=abc', 'control')).toBe('abc');
    expect(accessKeyFromHash('#view=xyz', 'presenter')).toBe('xyz');
    expect(accessKeyFromHash('#view=xyz', 'control')).toBeNull();
  });

  it('takes the token out of the address at once and keeps it in the tab for reloads', () => {
    const { env, url, storage } = tab(`http://127.0.0.1:5180/control.html#token=${KEY}`);
    expect(takeAccessFromAddress('control', env)).toEqual({ link: KEY, resume: null });
    expect(url.href).toBe('http://127.0.0.1:5180/control.html');
    expect([...storage.values()].join('')).toContain(KEY);

    // A reload: the address has no key now, the tab still has it.
    const reloaded = tab('http://127.0.0.1:5180/control.html', Object.fromEntries(storage));
    expect(takeAccessFromAddress('control', reloaded.env)).toEqual({ link: KEY, resume: null });
  });

  it('prefers the resume key once the server gave one; a newly pasted link replaces both', () => {
    const { env, storage } = tab(`http://127.0.0.1:5180/presenter.html#view=${KEY}`);
    const access = takeAccessFromAddress('presenter', env);
    expect(credentialToProve(access)).toEqual({ kind: 'link', key: KEY });
    const resumed = rememberResumeKey('presenter', env, access, RESUME);
    expect(credentialToProve(resumed)).toEqual({ kind: 'resume', key: RESUME });
    expect(takeAccessFromAddress('presenter', tab('http://127.0.0.1:5180/presenter.html', Object.fromEntries(storage)).env)).toEqual({ link: KEY, resume: RESUME });

    const pasted = tab('http://127.0.0.1:5180/presenter.html#view=new', Object.fromEntries(storage));
    expect(takeAccessFromAddress('presenter', pasted.env)).toEqual({ link: 'new', resume: null });
  });

  it('the projector’s tab, opened by the control window (which copies its sessionStorage), keeps no control key', () => {
    const copied = { 'groundwork.access.control': JSON.stringify({ link: KEY, resume: RESUME }) };
    const { env, storage } = tab(`http://127.0.0.1:5180/presenter.html#view=${'ef'.repeat(32)}`, copied);
    expect(takeAccessFromAddress('presenter', env)).toEqual({ link: 'ef'.repeat(32), resume: null });
    expect([...storage.values()].join('')).not.toContain(KEY);
    expect([...storage.values()].join('')).not.toContain(RESUME);
  });

  it('keeps each role apart, and treats damaged storage as holding nothing', () => {
    const { env } = tab('http://127.0.0.1:5180/control.html', { 'groundwork.access.presenter': JSON.stringify({ link: KEY, resume: null }) });
    expect(takeAccessFromAddress('control', env)).toEqual({ link: null, resume: null });
    const damaged = tab('http://127.0.0.1:5180/control.html', { 'groundwork.access.control': '{"link": 5' });
    expect(takeAccessFromAddress('control', damaged.env)).toEqual({ link: null, resume: null });
    expect(credentialToProve({ link: null, resume: null })).toBeNull();
  });

  it('still connects this time when storage is switched off', () => {
    const { env, url } = tab(`http://127.0.0.1:5180/control.html#token=${KEY}`);
    const blocked: AccessEnv = {
      ...env,
      storage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('SecurityError');
        },
        removeItem: () => {
          throw new Error('SecurityError');
        },
      },
    };
    expect(takeAccessFromAddress('control', blocked)).toEqual({ link: KEY, resume: null });
    expect(url.hash).toBe('');
  });
});
