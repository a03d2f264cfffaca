import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../../../shared/kinds/kindNames';
import { ACTIVITY_KINDS, keepsRun, KINDS, kindOf } from '../../../../shared/kinds/registry';
import { buildSessionReport } from '../../../../shared/report/buildSessionReport';
import { runSchema, storedActivitySchema } from '../../../../shared/session/activitySchema';
import { parseSessionFile, serializeSessionFile } from '../../../../shared/session/sessionFile';
import { storedSessionOf } from '../../../../shared/session/storedSession';
import type { SessionState } from '../../../../shared/session/types';
import { workshopActivitySchema } from '../../../../shared/workshop/workshopSchema';
import { everyKindSession, everyKindWorkshopFromFile, EVERY_KIND_START } from '../../../support/everyKindSession';
import { everyKindWorkshop } from '../../../support/everyKindWorkshop';

const SAVED_AT = EVERY_KIND_START + 3_600_000;

/**
 * Both written by the build before the kind registry (hand-written schemas), so equal bytes mean the format did not
 * move: the session as created from the workshop file, and as saved again after opening (an opened session's
 * activities have the stored schema's key order, `kind` after the shared fields; the same before and after).
 */
const GOLDEN_FILE = 'tests/fixtures/every-kind-session.groundwork';
const GOLDEN_REOPENED_FILE = 'tests/fixtures/every-kind-session-reopened.groundwork';

function openText(text: string): SessionState {
  const parsed = parseSessionFile(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.session;
}

/** The session's file text after `edit` changes its stored form (the way a damaged or hand-edited file would differ). */
function fileWith(session: SessionState, edit: (stored: Record<string, unknown> & { runs: Record<string, unknown> }) => void): string {
  const stored = JSON.parse(JSON.stringify(storedSessionOf(session))) as Record<string, unknown> & { runs: Record<string, unknown> };
  edit(stored);
  return JSON.stringify({ app: 'groundwork', schemaVersion: 2, savedAt: SAVED_AT, session: stored });
}

describe('a session and a workshop holding every registered kind', () => {
  const session = everyKindSession();

  it('the test workshop holds every registered kind (a new kind needs an activity here, so every test below covers it)', () => {
    expect(new Set(everyKindWorkshop.activities.map((activity) => activity.kind))).toEqual(new Set(ACTIVITY_KINDS));
  });

  it('the workshop file passes the workshop schema and its checks with every activity as written', () => {
    expect(everyKindWorkshopFromFile().activities).toEqual(everyKindWorkshop.activities);
    for (const activity of everyKindWorkshop.activities) expect(workshopActivitySchema.parse(activity)).toEqual(activity);
  });

  it('every activity passes the stored schema, and exactly the kinds that keep a run have one that passes the run schema', () => {
    for (const activity of session.agenda) {
      expect(storedActivitySchema.parse(activity)).toEqual(activity);
      const run = Object.hasOwn(session.runs, activity.id) ? session.runs[activity.id] : undefined;
      if (keepsRun(activity.kind)) expect(runSchema.parse(run)).toEqual(run);
      else expect(run).toBeUndefined();
    }
    expect(ACTIVITY_KINDS.filter(keepsRun).sort()).toEqual(['reflection', 'scale', 'vote']);
  });

  it('the session file is byte for byte what the format wrote before the registry', () => {
    expect(serializeSessionFile(session, SAVED_AT)).toBe(readFileSync(GOLDEN_FILE, 'utf8'));
  });

  it('save, open, save: the same session, written as the format always wrote an opened one, and stable from then on', () => {
    const reopened = openText(serializeSessionFile(session, SAVED_AT));
    expect(reopened.agenda).toEqual(session.agenda);
    expect(reopened.runs).toEqual(session.runs);
    expect(storedSessionOf(reopened)).toEqual(storedSessionOf(session));
    const saved = serializeSessionFile(reopened, SAVED_AT);
    expect(saved).toBe(readFileSync(GOLDEN_REOPENED_FILE, 'utf8'));
    expect(serializeSessionFile(openText(saved), SAVED_AT)).toBe(saved);
  });

  it('the report gives every activity its kind name and its kind section', () => {
    const report = buildSessionReport(session, { now: SAVED_AT, exportedAtLabel: '28 November 2026, 10:00', audience: 'facilitator' });
    session.agenda.forEach((activity, index) => {
      expect(report).toContain(`## ${index + 1}. ${activity.title}\n\n*${KINDS[activity.kind].names.report} · planned`);
      const section = kindOf(activity).report(session, activity, 'facilitator');
      expect(section.length).toBeGreaterThan(0);
      expect(report).toContain(section.join('\n\n'));
    });
  });

  it('the windows read the same names as the registry', () => {
    for (const kind of ACTIVITY_KINDS) expect(KIND_NAMES[kind]).toBe(KINDS[kind].names);
    expect(Object.keys(KIND_NAMES)).toEqual(ACTIVITY_KINDS);
  });
});

describe('a session file that lacks a piece its kind needs does not open', () => {
  const session = everyKindSession();

  it.each(ACTIVITY_KINDS.filter(keepsRun))('a %s without its run', (kind) => {
    const activity = session.agenda.find((candidate) => candidate.kind === kind);
    if (!activity) throw new Error(`no ${kind} in the test workshop`);
    const parsed = parseSessionFile(fileWith(session, (stored) => delete stored.runs[activity.id]));
    expect(parsed).toEqual({ ok: false, problem: `"session.runs.${activity.id}" is missing or is not a ${kind}` });
  });

  it.each(ACTIVITY_KINDS.filter((kind) => !keepsRun(kind)))('a %s with a run it does not keep', (kind) => {
    const activity = session.agenda.find((candidate) => candidate.kind === kind);
    if (!activity) throw new Error(`no ${kind} in the test workshop`);
    const parsed = parseSessionFile(fileWith(session, (stored) => (stored.runs[activity.id] = { kind: 'vote', counts: {}, revealed: false })));
    expect(parsed).toEqual({ ok: false, problem: `"session.runs.${activity.id}" is for a ${kind}, which keeps no run` });
  });

  it('an activity of a kind that is not registered', () => {
    const parsed = parseSessionFile(fileWith(session, (stored) => ((stored.agenda as { kind: string }[])[0]!.kind = 'fishbowl')));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toMatch(/^"session\.agenda\.0\.kind"/);
  });
});
