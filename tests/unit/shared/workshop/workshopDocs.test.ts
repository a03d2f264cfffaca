import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from '../../../../shared/kinds/registry';
import { describeWorkshopProblem, parseWorkshopFile } from '../../../../shared/workshop/workshopFile';
import { badDocuments, badTexts } from './workshopCases';

const root = path.resolve(import.meta.dirname, '../../../..');
const doc = readFileSync(path.join(root, 'docs/workshop-format.md'), 'utf8');
const exampleFile = readFileSync(path.join(root, 'docs/examples/team-retro.workshop.json'), 'utf8');

describe('docs/workshop-format.md', () => {
  it('shows the example file exactly as it is on disk', () => {
    const block = /<!-- example:start -->\n```json\n([\s\S]*?)```\n<!-- example:end -->/.exec(doc)?.[1];
    expect(block).toBe(exampleFile);
  });

  it('has an example that loads and uses every kind', () => {
    const parsed = parseWorkshopFile(exampleFile, 'team-retro.workshop.json');
    if (!parsed.ok) throw new Error(describeWorkshopProblem(parsed.problem));
    expect(parsed.workshop.activities.map((activity) => activity.kind).sort()).toEqual([...ACTIVITY_KINDS].sort());
    expect(parsed.workshop.activities.reduce((sum, activity) => sum + activity.plannedMinutes, 0)).toBe(50);
  });

  it('quotes only messages the parser really gives, at the paths it gives them', () => {
    const section = doc.slice(doc.indexOf('## When a file is wrong'), doc.indexOf('## A complete example'));
    const tableRows = section
      .split('\n')
      .filter((line) => line.startsWith('| ') && line.split('|').length === 5)
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .filter(([, , , message]) => message !== 'message' && message !== '---');
    const quoted = tableRows.filter(([, what]) => what !== 'what is wrong');
    expect(quoted.length).toBeGreaterThan(20);
    const known = new Set([...badDocuments.map(([, , p, m]) => `${p}|${m}`), ...badTexts.map(([, , m]) => `|${m}`)]);
    const unknown = quoted.map(([, , where = '', message = '']) => `${where.replace(/`/g, '')}|${message}`).filter((row) => !known.has(row));
    expect(unknown).toEqual([]);
  });

  it('documents every kind and every field of the format', () => {
    for (const kind of ACTIVITY_KINDS) expect(doc).toContain(`**\`${kind}\`**`);
    for (const field of ['groundworkWorkshop', 'summary', 'source', 'talkingPoints', 'plannedMinutes', 'watchFor', 'shortGroup', 'largeGroup', 'columns', 'quadrants', 'optionsFrom', 'dotsPerPerson', 'hideResultsUntilRevealed', 'writingMinutes', 'pairMinutes', 'minLabel', 'maxLabel', 'statements', 'quotes', 'materials']) {
      expect(doc).toContain(`${field}\``);
    }
  });
});
