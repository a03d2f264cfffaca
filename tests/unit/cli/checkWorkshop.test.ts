import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run check-workshop -- FILE...` as a facilitator runs it on files written by hand. */
const folder = mkdtempSync(path.join(tmpdir(), 'check-workshop-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

function checkWorkshop(...files: string[]): { code: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/check-workshop.ts', ...files], { encoding: 'utf8' });
  return { code: run.status, lines: run.stdout.trim().split('\n') };
}

describe('check-workshop', () => {
  it('passes the shipped workshops and says so', () => {
    const { code, lines } = checkWorkshop('shared/workshop/builtin/management-and-leadership.workshop.json', 'docs/examples/team-retro.workshop.json');
    expect(code).toBe(0);
    expect(lines).toEqual([
      'shared/workshop/builtin/management-and-leadership.workshop.json: ok, 10 activities, 90 minutes.',
      'docs/examples/team-retro.workshop.json: ok, 8 activities, 50 minutes.',
      'All 2 files are usable workshops.',
    ]);
  });

  it('prints every problem of every file, file:line:column for JSON, with the engine’s own reason, and fails', () => {
    const trailing = write('trailing.workshop.json', '{"groundworkWorkshop": 1,\n "id": "a",\n}');
    const two = write('two.workshop.json', JSON.stringify({ groundworkWorkshop: 1, id: 'x', title: 'T', activities: [{ kind: 'poll' }, { kind: 'discussion', id: 'b', title: 'B', plannedMinutes: 'ten' }] }));
    const { code, lines } = checkWorkshop(trailing, two);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${trailing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:11: This is not valid JSON at line 2, column 11: there is a comma after the last item; .*\\(JSON\\.parse: .+\\)$`));
    expect(lines.slice(1)).toEqual([
      `${two}: activities[0].kind: "poll" is not an activity kind; use one of discussion, sort, map, vote, reflection, scale, commitments, break.`,
      `${two}: activities[1].prompt: "prompt" is missing; add it as text in quotes.`,
      `${two}: activities[1].script: "script" is missing; add it as an object in { }.`,
      `${two}: activities[1].plannedMinutes: This should be a number, not text ("ten").`,
      '2 of 2 files have problems.',
    ]);
  });
});
