import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayBeOffensive } from '../../../../electron/phones/wordFilter';
import { NAME_WORDS, pageRandom, suggestName } from '../../../../renderer/phone/friendlyNames';
import { MAX_NAME_CHARS } from '../../../../renderer/phone/protocol';
import { phoneMessageSchema } from '../../../../shared/phones/phoneProtocol';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const [adjectives, nouns] = NAME_WORDS;

describe('suggested names', () => {
  it('are made of 32 plain title-case words of each kind, none twice', () => {
    for (const words of [adjectives, nouns]) {
      expect(words).toHaveLength(32);
      expect(new Set(words.map((word) => word.toLowerCase())).size).toBe(32);
      for (const word of words) expect(word).toMatch(/^[A-Z][a-z]+$/);
    }
  });

  it('are every one short enough for the host, taken by its name check, and never held as offensive', () => {
    for (const adjective of adjectives) {
      for (const noun of nouns) {
        const name = adjective + ' ' + noun;
        expect(name.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
        expect(mayBeOffensive(name), name).toBe(false);
        expect(phoneMessageSchema.safeParse({ t: 'note', id: 'n1', activityId: 'a1', text: 'x', name }).success).toBe(true);
      }
    }
  });

  it('picks each word with the random number given', () => {
    expect(suggestName('', () => 0)).toBe(adjectives[0] + ' ' + nouns[0]);
    expect(suggestName('', (below) => below - 1)).toBe(adjectives[31] + ' ' + nouns[31]);
  });

  it('is never the name already in the field, however it is written', () => {
    const first = adjectives[0] + ' ' + nouns[0];
    const picks = [0, 0, 1, 2];
    const random = vi.fn(() => picks.shift() ?? 0);
    expect(suggestName('  ' + first.toUpperCase() + ' ', random)).toBe(adjectives[1] + ' ' + nouns[2]);
  });

  it('uses crypto.getRandomValues where the phone has it', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues');
    const value = pageRandom(32);
    expect(spy).toHaveBeenCalled();
    expect(Number.isInteger(value) && value >= 0 && value < 32).toBe(true);
  });

  it('falls back to Math.random on a phone without crypto', () => {
    vi.stubGlobal('crypto', undefined);
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    expect(pageRandom(32)).toBe(31);
    expect(suggestName('')).toBe(adjectives[31] + ' ' + nouns[31]);
  });
});
