import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../../../shared/kinds/kindNames';
import { commandSchema } from '../../../../shared/protocol/commands';
import type { Command } from '../../../../shared/protocol/commands';
import { commandToEvent } from '../../../../shared/protocol/commandToEvent';
import { buildSessionReport } from '../../../../shared/report/buildSessionReport';
import type { ReportAudience } from '../../../../shared/report/reportAudience';
import { buildReportHtml } from '../../../../shared/report/reportHtml';
import { addNote, allNotes } from '../../../../shared/session/noteTable';
import { sessionReducer } from '../../../../shared/session/sessionSlice';
import type { Note, SessionState } from '../../../../shared/session/types';
import { createSession, optionNoteId } from '../../../../shared/workshop/createSession';
import type { Workshop } from '../../../../shared/workshop/types';
import { renderMarkdown, tagsIn, visibleText } from './markdownRender';

const root = path.resolve(import.meta.dirname, '../../../..');
const GOLDEN: Record<ReportAudience, string> = { client: 'tests/fixtures/report-client.md', facilitator: 'tests/fixtures/report-facilitator.md' };

const MIN = 60_000;
const START = Date.UTC(2026, 2, 12, 13, 0, 0);
const script = { say: 'Say it.', watchFor: '', shortGroup: '', largeGroup: '' };

/**
 * A workshop written for this test alone (not the built-in one, whose content changes): one activity of each kind,
 * titled so that no title holds a kind's name, and a source to credit.
 */
const workshop: Workshop = {
  id: 'report-audiences',
  title: 'Leading through change',
  summary: 'A short afternoon.',
  source: 'Written for the test from “Change, Plainly” (2024), with one quote from Ada Lovelace.',
  activities: [
    { id: 'opening', kind: 'discussion', title: 'Opening round', prompt: 'What changed for you this year?', script, talkingPoints: [], plannedMinutes: 10 },
    {
      id: 'columns',
      kind: 'sort',
      title: 'Manager or leader?',
      prompt: 'Where does each word belong?',
      script,
      talkingPoints: [],
      plannedMinutes: 10,
      columns: [
        { id: 'manager', label: 'Manager', description: 'runs the work' },
        { id: 'leader', label: 'Leader', description: 'moves the people' },
      ],
    },
    {
      id: 'week',
      kind: 'map',
      title: 'Where the week goes',
      prompt: 'Place one thing you did this week.',
      script,
      talkingPoints: [],
      plannedMinutes: 10,
      x: { label: 'How', from: 'Administration', to: 'Influence' },
      y: { label: 'When', from: 'Present', to: 'Future' },
      quadrants: { topLeft: 'Systems for tomorrow', topRight: 'Leading', bottomLeft: 'Keeping things running', bottomRight: 'Managing people' },
    },
    {
      id: 'blockers',
      kind: 'vote',
      title: 'What gets in the way?',
      prompt: 'Three dots each.',
      script,
      talkingPoints: [],
      plannedMinutes: 5,
      optionsFrom: 'opening',
      options: ['Too many meetings', 'Unclear priorities'],
      dotsPerPerson: 3,
      hideResultsUntilRevealed: true,
    },
    {
      id: 'strengths',
      kind: 'scale',
      title: 'Strengths',
      prompt: 'How strong are you at each?',
      script,
      talkingPoints: [],
      plannedMinutes: 5,
      min: 0,
      max: 5,
      minLabel: 'Not yet',
      maxLabel: 'A strength',
      statements: [
        { id: 'run', text: 'I keep the work running.' },
        { id: 'lift', text: 'I lift the people | around me.' },
      ],
    },
    { id: 'coffee', kind: 'break', title: 'Coffee', prompt: 'Back in ten.', script, talkingPoints: [], plannedMinutes: 10 },
    {
      id: 'looking-ahead',
      kind: 'reflection',
      title: 'Looking ahead',
      prompt: 'Write, then share one line.',
      script,
      talkingPoints: [],
      plannedMinutes: 10,
      prompts: ['What must keep running?', 'What future am I building?'],
      writingMinutes: 3,
      pairMinutes: 2,
      quotes: [
        { text: 'Keep your feet on the ground\nand keep reaching for the stars.', by: 'Casey Kasem' },
        { text: 'The *engine* can do more than [count](https://example.com).', by: 'Ada Lovelace <i>Notes</i>' },
      ],
      materials: ['Paper and pens'],
    },
    { id: 'not-reached', kind: 'discussion', title: 'Managing up', prompt: 'What would you ask your own manager?', script, talkingPoints: [], plannedMinutes: 5 },
    { id: 'dropped', kind: 'discussion', title: 'Extra round', prompt: 'Anything else?', script, talkingPoints: [], plannedMinutes: 5 },
    { id: 'next-steps', kind: 'commitments', title: 'Next steps', prompt: 'One step each: who, what, by when?', script, talkingPoints: [], plannedMinutes: 10 },
  ],
};

/** Every hidden note's text (and name) in the fixture: none of it may reach the client report. */
const HIDDEN_TEXTS = ['Zebra-aside-1', 'Walrus-aside-2', 'Quokka-aside-3', 'Narwhal-aside-4', 'Heron-held-5', 'Ibis-name-6', 'Okapi-step-7', 'Tapir-who-8'];

/**
 * Plays a session of that workshop through the host's steps (validate, event, reduce) with a clock that moves only when
 * told, then adds what only phones make (a held note, a ballot) and the facilitator's name.
 */
function fixtureSession(): SessionState {
  let state = createSession(workshop, { group: 'Site leads & deputies', date: '2026-03-12', sessionId: 'audiences', now: START });
  let now = START;
  let next = 1;
  const say = (command: Command): string => {
    now += 15_000;
    const id = `n${next}`;
    let used = false;
    const outcome = commandToEvent(state, commandSchema.parse(command), {
      now,
      newId: () => {
        used = true;
        return id;
      },
    });
    if (!outcome.ok) throw new Error(`${command.type} was refused: ${outcome.error}`);
    if (outcome.event) state = sessionReducer(state, outcome.event) as SessionState;
    if (used) next += 1;
    return id;
  };
  const run = (activityId: string, minutes: number, body: () => void, keepRunning = false) => {
    say({ type: 'activity.go', activityId });
    say({ type: 'timer.start', activityId });
    const started = now;
    body();
    now = Math.max(now, started + minutes * MIN);
    if (!keepRunning) say({ type: 'timer.pause', activityId });
  };
  const capture = (activityId: string, text: string, extra: Partial<Extract<Command, { type: 'note.capture' }>> = {}) => say({ type: 'note.capture', activityId, text, ...extra });
  const hide = (noteId: string) => say({ type: 'note.setHidden', noteId, hidden: true });

  say({ type: 'activity.go', activityId: 'opening' });
  run('opening', 9, () => {
    capture('opening', 'A new check-in (and check-out) routine, e.g. every Monday.');
    capture('opening', 'Three things:\n- a new rota\n- a new site\n1. a new boss');
    capture('opening', 'The *real* change was <b>trust</b> & [links](https://example.com) at 10:30');
    hide(capture('opening', 'Zebra-aside-1: talk to Dave 1:1'));
  });
  run('columns', 11, () => {
    capture('columns', 'Signs off the budget', { columnId: 'manager' });
    capture('columns', 'Inspires people', { columnId: 'leader' });
    hide(capture('columns', 'Walrus-aside-2', { columnId: 'leader' }));
  });
  run('week', 8, () => {
    capture('week', 'Weekly KPI report', { position: { x: 0.2, y: 0.2 } });
    capture('week', 'Coaching a new lead', { position: { x: 0.8, y: 0.7 } });
    hide(capture('week', 'Quokka-aside-3', { position: { x: 0.7, y: 0.8 } }));
    capture('week', 'Site walk');
  });
  run('blockers', 6, () => {
    const extra = capture('blockers', 'Narwhal-aside-4');
    say({ type: 'vote.setCount', activityId: 'blockers', optionId: optionNoteId('blockers', 1), count: 7 });
    say({ type: 'vote.setCount', activityId: 'blockers', optionId: optionNoteId('blockers', 2), count: 4 });
    say({ type: 'vote.setCount', activityId: 'blockers', optionId: 'n1', count: 2 });
    say({ type: 'vote.setCount', activityId: 'blockers', optionId: extra, count: 3 });
    hide(extra);
  });
  run('strengths', 5, () => {
    for (const [statementId, counts] of [['run', [0, 1, 2, 3, 2, 0]], ['lift', [1, 2, 3, 1, 1, 0]]] as const) {
      counts.forEach((count, point) => {
        if (count > 0) say({ type: 'scale.setCount', activityId: 'strengths', statementId, point, count });
      });
    }
  });
  run('coffee', 12, () => undefined);
  run('looking-ahead', 10, () => {
    capture('looking-ahead', 'Keep the rota fair.');
    capture('looking-ahead', 'Grow two shift leads by summer.', { attribution: 'Priya' });
    hide(capture('looking-ahead', 'Said in confidence', { attribution: 'Ibis-name-6' }));
  });
  say({ type: 'activity.go', activityId: 'not-reached' });
  say({ type: 'agenda.setSkipped', activityId: 'dropped', skipped: true });
  run(
    'next-steps',
    4,
    () => {
      capture('next-steps', 'Book a monthly check-in\nwith my manager', { commitment: { who: 'Priya', byWhen: 'Friday' } });
      capture('next-steps', 'Ask the team first', { commitment: { who: 'Sam', byWhen: '' } });
      hide(capture('next-steps', 'Okapi-step-7', { commitment: { who: 'Tapir-who-8', byWhen: 'never' } }));
    },
    true,
  );
  // A phone's note held for review (hidden until let through), a phone's ballot, and the facilitator's name.
  const held: Note = {
    id: 'phone-held',
    activityId: 'opening',
    text: 'Heron-held-5 from a phone',
    hidden: true,
    held: true,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    columnId: null,
    position: null,
    attribution: null,
    commitment: null,
    origin: { phone: 'a1b2c3d4e5f60718', item: 'item-1' },
  };
  const phones = { open: null, rules: {}, ballots: { blockers: { a1b2c3d4e5f60718: [optionNoteId('blockers', 2), optionNoteId('blockers', 2)] } } };
  return { ...state, notes: addNote(state.notes, held), phones, meta: { ...state.meta, facilitator: 'Jo Rivers' } };
}

/** The export moment: a few minutes into the closing round, its timer still running. */
const EXPORT_AT = (session: SessionState) => (session.timers['next-steps']?.startedAt ?? START) + 5 * MIN + 20_000;

function reportFor(audience: ReportAudience, facilitator?: string): string {
  const session = fixtureSession();
  return buildSessionReport(session, { now: EXPORT_AT(session), exportedAtLabel: '12 March 2026, 15:31', audience, ...(facilitator === undefined ? {} : { facilitator }) });
}

describe.each(['client', 'facilitator'] as const)('the %s export of a session built here (golden file)', (audience) => {
  it(`matches ${GOLDEN[audience]} exactly (UPDATE_GOLDEN=1 rewrites it; read the diff before keeping it)`, () => {
    const report = reportFor(audience);
    const goldenPath = path.join(root, GOLDEN[audience]);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, report);
    expect(report).toBe(readFileSync(goldenPath, 'utf8'));
  });

  it('renders as plain document structure, with no HTML, link, image or code from what people typed', () => {
    const tags = new Set(tagsIn(renderMarkdown(reportFor(audience))));
    for (const tag of tags) expect(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'br', 'em', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote']).toContain(tag);
  });
});

describe('the client report', () => {
  const client = reportFor('client');
  const record = reportFor('facilitator');

  it('holds no hidden note: no hidden or held note’s text or name appears anywhere, in Markdown or HTML', () => {
    const session = fixtureSession();
    const hidden = allNotes(session.notes).filter((note) => note.hidden);
    // Six notes hidden by hand (two of them carry a name) and one held phone note.
    expect(hidden).toHaveLength(7);
    const html = buildReportHtml(client, session.meta.title);
    for (const text of HIDDEN_TEXTS) {
      expect(record, `the facilitator's record keeps ${text}`).toContain(text);
      expect(client).not.toContain(text);
      expect(html).not.toContain(text);
    }
  });

  it('starts with a short summary: group, date, facilitator, activities run, contributions and the source', () => {
    expect(client.startsWith('# Leading through change\n\n')).toBe(true);
    expect(client).toContain(
      [
        '- **Group:** Site leads & deputies',
        '- **Date:** 12 March 2026',
        '- **Facilitator:** Jo Rivers',
        '- **Activities:** 8',
        '- **Contributions:** 12 notes, 15 dots and 16 ratings',
        '- **Source:** Written for the test from “Change, Plainly” (2024), with one quote from Ada Lovelace.',
      ].join('\n'),
    );
  });

  it('says nothing of timing internals, kinds, phones or the projector', () => {
    for (const term of ['(running)', 'not started', 'planned', 'Exported', 'phone', 'Phone', 'projector', 'not shown to the room', 'never revealed', 'on screen']) {
      expect(client, term).not.toContain(term);
    }
    for (const { report } of Object.values(KIND_NAMES)) expect(client, report).not.toMatch(new RegExp(`\\b${report}\\b`));
  });

  it('leaves out dropped activities, and ones never reached where the room said nothing; a break is in the agenda without a section', () => {
    expect(client).not.toContain('Extra round');
    expect(client).not.toContain('Managing up');
    expect(client).toMatch(/\n6\. Coffee \(12 min\)\n/);
    expect(client).not.toContain('## 6.');
  });

  it('names only who the facilitator named', () => {
    expect(client).toContain('- Grow two shift leads by summer. — Priya');
    expect(client).toContain('- Keep the rota fair.\n');
  });

  it('keeps a note’s lines and escapes only what Markdown would misread', () => {
    expect(client).toContain('- A new check-in (and check-out) routine, e.g. every Monday.\n');
    expect(client).toContain('- Three things:\\\n  \\- a new rota\\\n  \\- a new site\\\n  1\\. a new boss\n');
    const item = renderMarkdown(client.split('\n').find((line) => line.startsWith('- The ')) ?? '');
    expect(visibleText(item)).toBe('The *real* change was <b>trust</b> & [links](https://example.com) at 10:30');
    expect(tagsIn(item)).toEqual(['ul', 'li']);
  });
});

describe('quotes read out', () => {
  const record = reportFor('facilitator');
  const client = reportFor('client');

  it('are in the facilitator record under their activity, each with who said or wrote it, escaped', () => {
    const section = record.slice(record.indexOf('## 7. Looking ahead'), record.indexOf('## 8.'));
    expect(section).toContain(
      [
        '**Quotes read out:**',
        '',
        '> Keep your feet on the ground\\',
        '> and keep reaching for the stars.\\',
        '> — Casey Kasem',
        '',
        '> The \\*engine\\* can do more than \\[count\\](https\\://example\\.com).\\',
        '> — Ada Lovelace \\<i>Notes\\</i>',
      ].join('\n'),
    );
    expect(section.indexOf('Grow two shift leads')).toBeLessThan(section.indexOf('**Quotes read out:**'));
    expect(tagsIn(renderMarkdown(section))).not.toContain('a');
  });

  it('are not in the client report, which is what the room said', () => {
    for (const text of ['Keep your feet on the ground', 'Casey Kasem', 'can do more than', 'Quotes']) expect(client, text).not.toContain(text);
  });
});

describe('the facilitator’s name given at export', () => {
  it('is shown on the client report instead of the one the session holds, trimmed and escaped', () => {
    expect(reportFor('client', 'Sam *Okafor*')).toContain('- **Date:** 12 March 2026\n- **Facilitator:** Sam \\*Okafor\\*\n');
    expect(reportFor('client', 'Sam *Okafor*')).not.toContain('Jo Rivers');
  });

  it('names the facilitator in the record too', () => {
    expect(reportFor('facilitator', 'Sam Okafor')).toContain('- **Facilitator:** Sam Okafor\n');
  });

  it('given empty, leaves the name out; not given, the session’s name stays', () => {
    expect(reportFor('client', '')).not.toContain('Facilitator');
    expect(reportFor('client', '   ')).not.toContain('Facilitator');
    expect(reportFor('client')).toContain('- **Facilitator:** Jo Rivers\n');
  });
});

describe('the printable page', () => {
  it('is one HTML page with print styles, no script and the title escaped', () => {
    const html = buildReportHtml('# A & B\n\n- <script>x</script>\n', 'A <b>&</b> B');
    expect(html).toContain('<title>A &lt;b&gt;&amp;&lt;/b&gt; B</title>');
    expect(html).toContain('@media print');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<li>&lt;script&gt;x&lt;/script&gt;</li>');
  });
});
