import { describe, expect, it } from 'vitest';
import { loadDraft, MAX_DRAFTS, saveDraft } from '../../../../renderer/phone/drafts';
import { newItemId, phoneToken, randomId, saveName, savedName, TOKEN_KEY } from '../../../../renderer/phone/identity';
import { memoryStore, safeStore } from '../../../../renderer/phone/pageStorage';
import { codeFromFragment, CODE_KEY, isRoomCode, normaliseRoomCode, savedRoomCode } from '../../../../renderer/phone/roomCode';
import { phoneItemIdSchema, phoneTokenSchema, ROOM_CODE_ALPHABET } from '../../../../shared/phones/phoneProtocol';

const cryptoBytes = (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes);

describe('the phone token and note ids', () => {
  it('makes a token the host accepts, keeps it, and reuses it (a refresh or a new tab is the same phone)', () => {
    const store = memoryStore();
    const token = phoneToken(store, cryptoBytes);
    expect(phoneTokenSchema.safeParse(token).success).toBe(true);
    expect(store.get(TOKEN_KEY)).toBe(token);
    expect(phoneToken(store, cryptoBytes)).toBe(token);
  });

  it('replaces a stored token the host would refuse', () => {
    const store = memoryStore();
    store.set(TOKEN_KEY, 'short');
    const token = phoneToken(store, cryptoBytes);
    expect(token).not.toBe('short');
    expect(phoneTokenSchema.safeParse(token).success).toBe(true);
  });

  it('makes note ids the host accepts, each different', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newItemId(cryptoBytes)));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(phoneItemIdSchema.safeParse(id).success).toBe(true);
  });

  it("picks each character from a byte's low 6 bits, so all 64 are equally likely", () => {
    const fill = (bytes: Uint8Array<ArrayBuffer>) => bytes.forEach((_, index) => (bytes[index] = index + 64 * (index % 4)));
    expect(randomId(64, fill)).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
  });

  it('keeps the name given', () => {
    const store = memoryStore();
    expect(savedName(store)).toBe('');
    saveName(store, 'Ana');
    expect(savedName(store)).toBe('Ana');
    saveName(store, '');
    expect(store.entries.size).toBe(0);
  });
});

describe('the room code', () => {
  it('reads the fragment and what was typed as a code: upper case, no spaces or #', () => {
    expect(codeFromFragment('#K7PX')).toBe('K7PX');
    expect(codeFromFragment('#k7px')).toBe('K7PX');
    expect(codeFromFragment('')).toBeNull();
    expect(codeFromFragment('#')).toBeNull();
    expect(normaliseRoomCode(' k7 px ')).toBe('K7PX');
  });

  it('takes only codes the host could make', () => {
    expect(isRoomCode('K7PX')).toBe(true);
    expect(isRoomCode(ROOM_CODE_ALPHABET.slice(0, 4))).toBe(true);
    for (const wrong of ['K7P', 'K7PXY', 'K0PX', 'KOPX', 'K1PX', 'KIPX', 'KLPX', 'K7P!', '']) expect(isRoomCode(wrong), wrong).toBe(false);
  });

  it('comes back from storage only if it still looks like a code', () => {
    const store = memoryStore();
    expect(savedRoomCode(store)).toBeNull();
    store.set(CODE_KEY, 'K7PX');
    expect(savedRoomCode(store)).toBe('K7PX');
    store.set(CODE_KEY, '<b>');
    expect(savedRoomCode(store)).toBeNull();
  });
});

describe('drafts', () => {
  it('keeps what is typed per activity, and forgets it once sent', () => {
    const store = memoryStore();
    saveDraft(store, 'K7PX', 'a1', 'half a thought');
    saveDraft(store, 'K7PX', 'a2', 'another');
    expect(loadDraft(store, 'K7PX', 'a1')).toBe('half a thought');
    expect(loadDraft(store, 'K7PX', 'a2')).toBe('another');
    expect(loadDraft(store, 'AB23', 'a1')).toBe('');
    saveDraft(store, 'K7PX', 'a1', '');
    saveDraft(store, 'K7PX', 'a2', '');
    expect(loadDraft(store, 'K7PX', 'a1')).toBe('');
    expect(store.entries.size).toBe(0);
  });

  it(`keeps the last ${MAX_DRAFTS} activities' drafts`, () => {
    const store = memoryStore();
    for (let index = 0; index <= MAX_DRAFTS; index += 1) saveDraft(store, 'K7PX', 'a' + index, 'text ' + index);
    expect(loadDraft(store, 'K7PX', 'a0')).toBe('');
    expect(loadDraft(store, 'K7PX', 'a1')).toBe('text 1');
    expect(loadDraft(store, 'K7PX', 'a' + MAX_DRAFTS)).toBe('text ' + MAX_DRAFTS);
  });
});

describe('storage that never throws', () => {
  function storageThat(fails: { get?: boolean; set?: boolean }) {
    const data = new Map<string, string>();
    return {
      data,
      storage: {
        getItem: (key: string) => {
          if (fails.get) throw new Error('SecurityError');
          return data.get(key) ?? null;
        },
        setItem: (key: string, value: string) => {
          if (fails.set) throw new Error('QuotaExceededError');
          data.set(key, value);
        },
        removeItem: (key: string) => data.delete(key),
      } as unknown as Storage,
    };
  }

  it('uses storage when it works', () => {
    const { data, storage } = storageThat({});
    const store = safeStore(() => storage);
    store.set('k', 'v');
    expect(data.get('k')).toBe('v');
    expect(store.get('k')).toBe('v');
    store.remove('k');
    expect(data.size).toBe(0);
  });

  it('keeps in memory what storage refuses to write (private browsing on old Safari), newer than what storage holds', () => {
    const fails = { set: false };
    const { data, storage } = storageThat(fails);
    const store = safeStore(() => storage);
    store.set('k', 'old');
    fails.set = true;
    store.set('k', 'new');
    expect(data.get('k')).toBe('old');
    expect(store.get('k')).toBe('new');
  });

  it('works in memory when storage cannot even be reached', () => {
    const store = safeStore(() => {
      throw new Error('SecurityError');
    });
    expect(store.get('k')).toBeNull();
    store.set('k', 'v');
    expect(store.get('k')).toBe('v');
    store.remove('k');
    expect(store.get('k')).toBeNull();
  });
});
