import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../../../shared/kinds/kindNames';
import { commandSchema } from '../../../../shared/protocol/commands';
import type { Command } from '../../../../shared/protocol/commands';
import { commandToEvent } from '../../../../shared/protocol/commandToEvent';
import { buildRunSheet, buildRunSheetHtml } from '../../../../shared/report/runSheet';
import { parseSessionFile } from '../../../../shared/session/sessionFile';
import { sessionReducer } from '../../../../shared/session/sessionSlice';
import type { Activity, SessionState } from '../../../../shared/session/types';
import { managementAndLeadershipWorkshop } from '../../../../shared/workshop/builtInWorkshops';
import { createSession } from '../../../../shared/workshop/createSession';
import type { Workshop } from '../../../../shared/workshop/types';
import { REPORT_FIXTURE_FILE } from '../../../support/reportFixture';
import { renderMarkdown, tagsIn, visibleText } from './markdownRender';

const root = path.resolve(import.meta.dirname, '../../../..');
const RUN_SHEET_GOLDEN = 'tests/fixtures/report-run-sheet.md';

/** Quotes and materials for the fixture session, whose file was written before activities carried them. */
const QUOTES: Record<string, NonNullable<Activity['quotes']>> = {
  'opening-perceptions': [{ text: 'Managers and leaders are two sides of the same job.', by: 'Henry Mintzberg' }],
  'kasem-reflection': [
    { text: 'Keep your feet on the ground and keep reaching for the stars.', by: 'Casey Kasem, his radio sign-off' },
    { text: 'A *leader* who manages\n> and a manager who leads.', by: 'The article (2019) <b>p. 3</b>' },
  ],
};
const MATERIALS: Record<string, string[]> = {
  'trust-breakers': ['Sticky dots, 2 per person', 'The options printed large on one sheet'],
  'kasem-reflection': ['Paper and a pen for everyone'],
};

/** The report's fixture session, read from its file, with the quotes and materials the built-in workshop gives today's sessions. */
function fixtureSession(): SessionState {
  const parsed = parseSessionFile(readFileSync(path.join(root, REPORT_FIXTURE_FILE), 'utf8'));
  if (!parsed.ok) throw new Error(`${REPORT_FIXTURE_FILE} does not open: ${parsed.problem}`);
  const session = parsed.session;
  const agenda = session.agenda.map((activity) => ({
    ...activity,
    ...(QUOTES[activity.id] ? { quotes: QUOTES[activity.id] } : {}),
    ...(MATERIALS[activity.id] ? { materials: MATERIALS[activity.id] } : {}),
  }));
  return { ...session, agenda, meta: { ...session.meta, materials: ['Name cards and markers', 'A flip chart'], source: 'After “3 Key Differences” (2019).' } };
}

/** Plays commands on a session through the host's steps (validate, event, reduce). */
function play(state: SessionState, ...commands: Command[]): SessionState {
  let next = state;
  for (const command of commands) {
    const outcome = commandToEvent(next, commandSchema.parse(command), { now: 1, newId: () => 'x' });
    if (!outcome.ok) throw new Error(`${command.type} was refused: ${outcome.error}`);
    if (outcome.event) next = sessionReducer(next, outcome.event) as SessionState;
  }
  return next;
}

const script = { say: 'Say it.', watchFor: '', shortGroup: '', largeGroup: '' };

/** A small workshop: long enough to pass the hour, with a kind of each shape the sheet sets up. */
const plain: Workshop = {
  id: 'plain',
  title: 'Plain afternoon',
  summary: '',
  source: '',
  activities: [
    { id: 'a', kind: 'discussion', title: 'Open', prompt: 'Why are we here?', script, talkingPoints: [], plannedMinutes: 25 },
    { id: 'b', kind: 'break', title: 'Coffee', prompt: 'Back soon.', script, talkingPoints: [], plannedMinutes: 40 },
    { id: 'c', kind: 'discussion', title: 'Not today', prompt: 'Anything else?', script, talkingPoints: [], plannedMinutes: 5 },
    { id: 'd', kind: 'commitments', title: 'Close', prompt: 'One step each.', script, talkingPoints: [], plannedMinutes: 10 },
  ],
};

function plainSession(): SessionState {
  return createSession(plain, { group: 'Team', date: '2026-03-12', sessionId: 's', now: 1 });
}

describe('the run sheet of the fixture session (golden file)', () => {
  it(`matches ${RUN_SHEET_GOLDEN} exactly (UPDATE_GOLDEN=1 rewrites it; read the diff before keeping it)`, () => {
    const sheet = buildRunSheet(fixtureSession());
    const goldenPath = path.join(root, RUN_SHEET_GOLDEN);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, sheet);
    expect(sheet).toBe(readFileSync(goldenPath, 'utf8'));
  });
});

describe('the run sheet', () => {
  const sheet = buildRunSheet(fixtureSession());

  it('names the session, its group and date, the planned length and the source, then what to bring for the whole session', () => {
    expect(sheet.startsWith('# Management and Leadership: two sides of the same job\n\n')).toBe(true);
    expect(sheet).toContain('- **Group:** Ops leads, North site\n- **Date:** 28 November 2026\n- **Planned time:** 90 min\n- **Source:** After “3 Key Differences” (2019).');
    expect(sheet).toContain('## Materials for the whole session\n\n- Name cards and markers\n- A flip chart\n');
    expect(sheet.indexOf('## Materials for the whole session')).toBeLessThan(sheet.indexOf('## Agenda'));
  });

  it('gives the agenda with each start from the beginning, the minutes and the finish', () => {
    expect(sheet).toContain('| Starts | # | Activity | Minutes |');
    expect(sheet).toContain('| +0:00 | 1 | Opening: manager or leader? | 10 min |');
    expect(sheet).toContain('| +0:10 | 2 | Administration versus influence | 8 min |');
    expect(sheet).toContain('| +1:21 | 10 | Close: two sides of the same job | 9 min |');
    expect(sheet).toContain('| +1:30 |  | **Finish** | **90 min** |');
  });

  it('gives each activity its start, minutes, prompt and script, in the order of the plan', () => {
    const headings = [...sheet.matchAll(/^## (\d+)\. /gm)].map((match) => Number(match[1]));
    expect(headings).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const opening = section(sheet, 1);
    expect(opening).toContain('*Starts at +0:00 · 10 min*');
    expect(opening).toContain('**Prompt:** Call out a word you link with managers or leaders. Where does it belong?');
    expect(opening).toContain('### Say\n\nWelcome everyone and say what the next ninety minutes are for');
    // The script's paragraphs stay paragraphs.
    expect(opening).toContain('where your own strengths lie.\n\nAsk the room for words');
    expect(opening).toContain('### Watch for\n\nThe usual split');
    expect(opening).toContain('### Small group (up to about 8)\n\nGo round the room');
    expect(opening).toContain('### Large group (about 20 or more)\n\nGive tables one minute');
    expect(opening).toContain('### Talking points\n\n- The article’s starting point');
  });

  it('says what the room works with: the columns, the options, the statements, the writing prompts', () => {
    expect(section(sheet, 1)).toContain('**Columns:**\n\n- **Manager**: sounds like a manager\n- **Leader**: sounds like a leader\n- **Both**: belongs to either');
    expect(section(sheet, 6)).toMatch(/\*\*Options\*\* \(\d+ dots? per person\):\n\n1\. /);
    expect(section(sheet, 8)).toContain('**Writing prompts:**');
    expect(section(sheet, 9)).toMatch(/\*\*Rate each statement from \d+ \(.+\) to \d+ \(.+\):\*\*/);
  });

  it('gives the quotes to read under Say, each with who said or wrote it, and escapes them', () => {
    expect(section(sheet, 1)).toContain('### Quotes to read\n\n> Managers and leaders are two sides of the same job.\\\n> — Henry Mintzberg\n');
    const reflection = section(sheet, 8);
    expect(reflection.indexOf('### Say')).toBeLessThan(reflection.indexOf('### Quotes to read'));
    expect(reflection).toContain('> Keep your feet on the ground and keep reaching for the stars.\\\n> — Casey Kasem, his radio sign-off\n\n> A \\*leader\\* who manages\\\n> \\> and a manager who leads.\\\n> — The article (2019) \\<b>p. 3\\</b>');
    const quote = renderMarkdown(reflection.slice(reflection.indexOf('> A ')));
    expect(visibleText(quote)).toContain('A *leader* who manages > and a manager who leads. — The article (2019) <b>p. 3</b>');
    expect(section(sheet, 2)).not.toContain('Quotes');
  });

  it('lists each activity’s own materials at its end', () => {
    expect(section(sheet, 6).trimEnd().endsWith('### Materials\n\n- Sticky dots, 2 per person\n- The options printed large on one sheet')).toBe(true);
    expect(section(sheet, 3)).not.toContain('### Materials');
  });

  it('renders as plain document structure, with no HTML, link, image or code from what the workshop says', () => {
    const tags = new Set(tagsIn(renderMarkdown(sheet)));
    for (const tag of tags) expect(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'br', 'em', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote']).toContain(tag);
  });

  it('speaks the room’s language: no kinds, timers, projector, phones or notes', () => {
    const own = buildRunSheet(plainSession());
    for (const term of ['projector', 'phone', 'timer', 'note', 'Groundwork', 'session file', 'kind']) expect(own.toLowerCase(), term).not.toContain(term.toLowerCase());
    for (const { report } of Object.values(KIND_NAMES)) expect(own, report).not.toMatch(new RegExp(`\\b${report}\\b`));
  });

  it('counts past the hour, leaves out what was dropped and uses the minutes as re-planned', () => {
    const replanned = play(plainSession(), { type: 'agenda.setSkipped', activityId: 'c', skipped: true }, { type: 'agenda.setMinutes', activityId: 'b', minutes: 45 });
    const own = buildRunSheet(replanned);
    expect(own).toContain('| +0:00 | 1 | Open | 25 min |\n| +0:25 | 2 | Coffee | 45 min |\n| +1:10 | 3 | Close | 10 min |\n| +1:20 |  | **Finish** | **80 min** |');
    expect(own).not.toContain('Not today');
    expect(own).toContain('## 3. Close\n\n*Starts at +1:10 · 10 min*');
    expect(own).not.toContain('Materials');
  });

  it('gives clock times from a planned start (the export’s, else the session’s), counting into the next day', () => {
    const replanned = play(plainSession(), { type: 'agenda.setMinutes', activityId: 'b', minutes: 45 });
    const fromExport = buildRunSheet(replanned, { startsAt: '23:10' });
    expect(fromExport).toContain('| 23:10 | 1 | Open | 25 min |\n| 23:35 | 2 | Coffee | 45 min |\n| 00:20 (next day) | 3 | Not today |');
    expect(fromExport).toContain('**Finish**');
    expect(fromExport).toContain('- **Starts:** 23:10');
    expect(fromExport).toContain('## 2. Coffee\n\n*Starts at 23:35 · 45 min*');
    expect(fromExport).not.toContain('counted from the beginning');
    const fromSession = buildRunSheet({ ...replanned, meta: { ...replanned.meta, plannedStart: '09:00' } });
    expect(fromSession).toContain('| 09:00 | 1 | Open | 25 min |\n| 09:25 | 2 | Coffee | 45 min |');
    expect(buildRunSheet({ ...replanned, meta: { ...replanned.meta, plannedStart: '09:00' } }, { startsAt: '13:30' })).toContain('| 13:30 | 1 | Open |');
  });

  it('works from the built-in workshop as a facilitator would print it before the session: every quote, attribution and material is there', () => {
    const session = createSession(managementAndLeadershipWorkshop, { group: 'Ops', date: '2026-11-28', sessionId: 's', now: 1 });
    const html = buildRunSheetHtml(session);
    const text = visibleText(html);
    for (const activity of session.agenda) {
      for (const quote of activity.quotes ?? []) {
        expect(text).toContain(quote.text.replace(/\n+/g, ' '));
        expect(text).toContain(`— ${quote.by}`);
      }
      for (const item of activity.materials ?? []) expect(text).toContain(item);
    }
    for (const item of session.meta.materials ?? []) expect(text).toContain(item);
  });
});

describe('the printable run sheet', () => {
  const html = buildRunSheetHtml(fixtureSession());

  it('is one page with no script, its own style only, and the title escaped', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<title>Management and Leadership: two sides of the same job</title>');
  });

  it('keeps each activity together on paper where it fits, in type large enough to read at arm’s length', () => {
    const sections = html.match(/<section class="run-sheet-activity">/g) ?? [];
    expect(sections).toHaveLength(10);
    expect(html).toMatch(/\.run-sheet-activity \{[^}]*break-inside: avoid/);
    // The last print rule for the body's type is the one that holds.
    const sizes = [...html.matchAll(/@media print \{\s*body \{[^}]*font-size: ([\d.]+)pt/g)].map((match) => Number(match[1]));
    const size = sizes.at(-1) ?? 0;
    expect(size).toBeGreaterThanOrEqual(11);
    expect(size).toBeLessThanOrEqual(12);
  });

  it('escapes what the workshop says', () => {
    expect(html).toContain('&lt;b&gt;p. 3&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});

/** One activity's section of a run sheet, from its heading to the next. */
function section(sheet: string, number: number): string {
  const start = sheet.indexOf(`\n## ${number}. `);
  const end = sheet.indexOf('\n## ', start + 1);
  return sheet.slice(start, end === -1 ? undefined : end);
}
