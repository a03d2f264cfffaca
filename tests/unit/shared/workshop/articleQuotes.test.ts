import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managementAndLeadershipWorkshop } from '../../../../shared/workshop/builtInWorkshops';

/**
 * Issue #15: every quotation in the built-in workshop is word for word in the article it draws on. The article is
 * not part of this repository (it is someone else's text); the passages the workshop quotes are listed here as they
 * were checked against it, and checked again wherever the article is at hand (`../shared/source-article.txt`).
 */
const QUOTED_FROM_THE_ARTICLE = [
  'Have you ever been managed by someone who didn’t lead? That must have been awfully discouraging. Well, how about having being led by someone who didn’t manage? That person may have been just plain disconnected: how could they know what was going on? … So let’s get past leadership dissociated from management, to recognize that these are two sides of the same job.',
  'Keep your feet on the ground and keep reaching for the stars.',
  'Level 1',
  'Many organizations function like well-oiled machines … But don’t expect innovation.',
  'a leader who manages and a manager who leads',
  'in part because there’s little honest communication taking place between the two groups.',
  'loose perceptions of what a manager and a leader are',
  'more interpersonal',
  'often have wildly different perspectives on a project, task, or issue',
  'purely transactional in nature',
  'these are two sides of the same job.',
  'leader',
  'manager',
  'machine',
];

/** Quoted words that are the workshop's own: the article's title, a column's name, examples of what people say. */
const THE_WORKSHOP_S_OWN = [
  '3 Key Differences Between Management and Leadership',
  'Both',
  'I can’t rely on you',
  'communicate more',
  'every other Monday with my manager, about my development plan',
  'every other Monday, about my development plan',
  'hands up if you put a dot here, two hands for two dots',
  'what will you do first, and when?',
];

/** Every passage in “curly quotes” anywhere in the workshop's text. */
function quotedPassages(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '');
  if (Array.isArray(value)) return value.flatMap(quotedPassages);
  if (value && typeof value === 'object') return Object.values(value).flatMap(quotedPassages);
  return [];
}

describe('the built-in workshop quotes its sources word for word', () => {
  it('quotes only passages checked against the article, or says its own words', () => {
    for (const passage of quotedPassages(managementAndLeadershipWorkshop)) {
      expect([...QUOTED_FROM_THE_ARTICLE, ...THE_WORKSHOP_S_OWN], `“${passage}” is neither a checked quotation nor the workshop's own`).toContain(passage);
    }
  });

  const article = join(process.cwd(), '..', 'shared', 'source-article.txt');
  it.skipIf(!existsSync(article))('finds each quoted passage in the article, an ellipsis joining exact pieces (runs where the article is at hand)', () => {
    const text = readFileSync(article, 'utf8');
    for (const passage of QUOTED_FROM_THE_ARTICLE) {
      for (const piece of passage.split('…').map((part) => part.trim())) expect(text, `“${piece}”`).toContain(piece.replace(/\.$/, ''));
    }
  });
});
