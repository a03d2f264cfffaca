import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roomView } from '../../../../shared/session/roomView';
import { parseSessionFile, serializeSessionFile } from '../../../../shared/session/sessionFile';
import { managementAndLeadershipWorkshop } from '../../../../shared/workshop/builtInWorkshops';
import { createSession } from '../../../../shared/workshop/createSession';
import { parseWorkshopData } from '../../../../shared/workshop/workshopFile';

const root = path.resolve(import.meta.dirname, '../../../..');

/** A small workshop file: one activity with quotes and materials, one without, and the workshop's own materials. */
const file = {
  groundworkWorkshop: 1,
  id: 'quotes',
  title: 'Quotes',
  materials: ['Name cards'],
  plannedStart: '09:30',
  activities: [
    {
      id: 'read',
      kind: 'discussion',
      title: 'Read',
      prompt: 'What do you hear?',
      script: { say: 'Read it out.' },
      quotes: [{ text: 'Keep your feet on the ground and keep reaching for the stars.', by: 'Casey Kasem' }],
      materials: ['A printed copy of the quote'],
      plannedMinutes: 5,
    },
    { id: 'talk', kind: 'discussion', title: 'Talk', prompt: 'And now?', script: { say: 'Talk.' }, plannedMinutes: 5 },
  ],
};

describe('quotes and materials, from the workshop file into the session (issue #15)', () => {
  const parsed = parseWorkshopData(file, 'quotes.workshop.json');
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const session = createSession(parsed.workshop, { group: 'G', date: '2026-11-28', sessionId: 's', now: 1 });

  it('carries an activity’s quotes and materials, and the workshop’s materials, and leaves them out where there are none', () => {
    expect(session.agenda[0]?.quotes).toEqual([{ text: 'Keep your feet on the ground and keep reaching for the stars.', by: 'Casey Kasem' }]);
    expect(session.agenda[0]?.materials).toEqual(['A printed copy of the quote']);
    expect(session.agenda[1]).not.toHaveProperty('quotes');
    expect(session.agenda[1]).not.toHaveProperty('materials');
    expect(session.meta.materials).toEqual(['Name cards']);
  });

  it('keeps them through a save and a reopen', () => {
    const reopened = parseSessionFile(serializeSessionFile(session, 2));
    if (!reopened.ok) throw new Error(reopened.problem);
    expect(reopened.session.agenda).toEqual(session.agenda);
    expect(reopened.session.meta.materials).toEqual(['Name cards']);
    expect(reopened.session.meta.plannedStart).toBe('09:30');
  });

  it('keeps the workshop’s planned start (for the run sheet), and a session file refuses one that is not a time', () => {
    expect(session.meta.plannedStart).toBe('09:30');
    const bad = JSON.parse(serializeSessionFile(session, 2)) as { session?: { meta?: Record<string, unknown> } } & Record<string, unknown>;
    const meta = (bad.session?.meta ?? (bad as { meta?: Record<string, unknown> }).meta) as Record<string, unknown>;
    meta.plannedStart = '9.30am';
    expect(parseSessionFile(JSON.stringify(bad)).ok).toBe(false);
  });

  it('opens a session file written before quotes and materials existed', () => {
    const older = parseSessionFile(readFileSync(path.join(root, 'tests/fixtures/report-session.groundwork'), 'utf8'));
    if (!older.ok) throw new Error(older.problem);
    expect(older.session.agenda.some((activity) => 'quotes' in activity || 'materials' in activity)).toBe(false);
  });

  it('never gives the room an activity’s quotes or materials, nor the workshop’s', () => {
    const builtIn = createSession(managementAndLeadershipWorkshop, { group: 'G', date: '2026-11-28', sessionId: 's', now: 1 });
    for (const activity of builtIn.agenda) {
      const view = roomView({ ...builtIn, currentActivityId: activity.id, presenter: { ...builtIn.presenter, titleScreen: false } });
      const wire = JSON.stringify(view);
      expect(wire, activity.id).not.toMatch(/"quotes"|"materials"/);
      for (const quote of activity.quotes ?? []) expect(wire, activity.id).not.toContain(quote.by);
      for (const item of [...(activity.materials ?? []), ...(builtIn.meta.materials ?? [])]) expect(wire, activity.id).not.toContain(JSON.stringify(item));
    }
  });

  it('says what is wrong with a quote, in the file’s words', () => {
    const broken = parseWorkshopData({ ...file, activities: [{ ...file.activities[0], quotes: [{ text: 'Words', who: 'Someone' }] }] }, 'broken.workshop.json');
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.problems.map((problem) => `${problem.path}: ${problem.message}`)).toContain('activities[0].quotes[0].who: "who" is not a field of a quote; check the spelling. The fields are: text, by.');
  });
});
