import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInWorkshops } from '../../../../shared/workshop/builtInWorkshops';

/**
 * Issue #15: every quotation in a built-in workshop is word for word in the article it draws on. The article is not
 * part of this repository (it is someone else's text); it sits beside it, at `../shared/source-article.txt`, and the
 * checks that need it run wherever it is at hand.
 */
const root = path.resolve(import.meta.dirname, '../../../..');
const articlePath = path.join(root, '..', 'shared', 'source-article.txt');
const article = existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : null;

/** Text as compared: curly quote marks made straight, every run of whitespace made one space. */
function normalised(text: string): string {
  return text
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a quote is word for word in the source: the whole of it, or pieces joined by an ellipsis ("…" or "...")
 * each found exactly, in order. Whitespace and curly or straight quote marks do not count; everything else does.
 */
function isWordForWord(quote: string, source: string): boolean {
  const text = normalised(source);
  const whole = normalised(quote);
  if (whole === '') return false;
  if (text.includes(whole)) return true;
  const pieces = whole
    .split(/…|\.\.\./)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length < 2) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** Quoted words in the workshops' text that are their own, not the article's: examples of what people say, a column's name. */
const THE_WORKSHOPS_OWN = [
  '3 Key Differences Between Management and Leadership',
  'Both',
  'I can’t rely on you',
  'communicate more',
  'every other Monday with my manager, about my development plan',
  'every other Monday, about my development plan',
  'what will you do first, and when?',
];

/** Every passage in “curly quotes” in a workshop's text, where it is. */
function quotedPassages(value: unknown, at: string): { passage: string; at: string }[] {
  if (typeof value === 'string') return [...value.matchAll(/“([^”]+)”/g)].map((match) => ({ passage: match[1] ?? '', at }));
  if (Array.isArray(value)) return value.flatMap((item, index) => quotedPassages(item, `${at}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => quotedPassages(item, at === '' ? key : `${at}.${key}`));
  return [];
}

const SAMPLE = 'Legendary radio voice Casey Kasem’s sign-off was “Keep your feet on the ground and keep reaching for the stars.” This is a perfect description of a leader who manages and a manager who leads.';

describe('how a quote is checked against its source', () => {
  it('takes an exact passage, whatever its quote marks and whitespace', () => {
    expect(isWordForWord('Keep your feet on the ground and keep reaching for the stars.', SAMPLE)).toBe(true);
    expect(isWordForWord('Casey  Kasem\'s sign-off was "Keep your feet\non the ground', SAMPLE)).toBe(true);
  });

  it('takes pieces joined by an ellipsis, in order', () => {
    expect(isWordForWord('Keep your feet on the ground … a leader who manages and a manager who leads.', SAMPLE)).toBe(true);
    expect(isWordForWord('Keep your feet on the ground ... a leader who manages', SAMPLE)).toBe(true);
    expect(isWordForWord('a leader who manages … Keep your feet on the ground', SAMPLE), 'pieces out of order').toBe(false);
  });

  it('refuses a quote that changes, drops or adds a word', () => {
    expect(isWordForWord('leader who manages and manager who leads', SAMPLE), 'the article’s “a”s dropped').toBe(false);
    expect(isWordForWord('Keep your feet on the ground and keep reaching for the moon.', SAMPLE)).toBe(false);
    expect(isWordForWord('Keep your feet firmly on the ground', SAMPLE)).toBe(false);
    expect(isWordForWord('keep your feet on the ground', SAMPLE), 'capitals count').toBe(false);
    expect(isWordForWord('', SAMPLE)).toBe(false);
  });
});

describe.skipIf(article === null)('the built-in workshops quote the article word for word (runs where ../shared/source-article.txt is at hand)', () => {
  const source = article ?? '';
  const quotes = builtInWorkshops.flatMap((workshop) =>
    workshop.activities.flatMap((activity) => (activity.quotes ?? []).map((quote, index) => ({ ...quote, at: `${workshop.id}: ${activity.id}.quotes[${index}]` }))),
  );

  it('has quotes to check', () => {
    expect(quotes.length).toBeGreaterThan(5);
  });

  it('finds every quote in the article, an ellipsis joining exact pieces', () => {
    const notInTheArticle = quotes.filter((quote) => !isWordForWord(quote.text, source)).map((quote) => `${quote.at}: “${quote.text}”`);
    expect(notInTheArticle).toEqual([]);
  });

  it('attributes every quote to the article or to someone it quotes, by name', () => {
    for (const quote of quotes) {
      const name = quote.by.replace(/\s*\([^)]*\)/g, '').split(',')[0]?.trim() ?? '';
      if (name === 'The article') continue;
      expect(name, quote.at).not.toBe('');
      expect(normalised(source), `${quote.at}: “${quote.by}”`).toContain(normalised(name));
    }
  });

  it('puts only the article’s words, or words marked as the workshop’s own, in “curly quotes” in its text', () => {
    for (const workshop of builtInWorkshops) {
      const { activities, ...rest } = workshop;
      const passages = [...quotedPassages(rest, ''), ...quotedPassages(activities, 'activities')].filter(({ at }) => !/\.quotes\[\d+\]\.text$/.test(at));
      const unchecked = passages.filter(({ passage }) => !THE_WORKSHOPS_OWN.includes(passage) && !isWordForWord(passage, source)).map(({ passage, at }) => `${at}: “${passage}”`);
      expect(unchecked).toEqual([]);
    }
  });
});
