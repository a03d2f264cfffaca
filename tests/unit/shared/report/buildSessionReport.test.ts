import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../../shared/protocol/commands';
import type { Command } from '../../../../shared/protocol/commands';
import { commandToEvent } from '../../../../shared/protocol/commandToEvent';
import { buildSessionReport } from '../../../../shared/report/buildSessionReport';
import { sessionReducer } from '../../../../shared/session/sessionSlice';
import type { SessionState } from '../../../../shared/session/types';
import { optionNoteId } from '../../../../shared/workshop/createSession';
import { newSession } from '../sessionFixtures';
import { renderMarkdown, tagsIn } from './markdownRender';

const T = 10_000_000;
const MIN = 60_000;

/** Runs commands as the host does, one second apart from T, with ids n1, n2, … */
function play(commands: Command[], start: SessionState = newSession()): SessionState {
  let next = 1;
  return commands.reduce((state, command, index) => {
    const outcome = commandToEvent(state, commandSchema.parse(command), { now: T + index * 1000, newId: () => `n${next++}` });
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.event ? (sessionReducer(state, outcome.event) as SessionState) : state;
  }, start);
}

function report(state: SessionState, now = T + 3_600_000): string {
  return buildSessionReport(state, { now, exportedAtLabel: '28 November 2026, 15:04', audience: 'facilitator' });
}

/** The text of one activity's section, from its heading to the next one. */
function section(markdown: string, number: number): string {
  const start = markdown.indexOf(`\n## ${number}. `);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start + 1, end === -1 ? undefined : end + 1);
}

describe('the session report', () => {
  it('says in one line that nothing was captured, for every kind, and shows no actual time before any timer ran', () => {
    const markdown = report(newSession());
    expect(markdown).toContain('| 1 | Opening | Discussion | 10 min | — |');
    expect(markdown).toContain('|  | **Total** |  | **80 min** | **—** |');
    const nothing = ['No notes were captured.', 'No notes were sorted.', 'No notes were captured.', 'No notes were captured.', 'No dots were entered.', 'No ratings were entered.', 'No highlights were shared.', 'The break was not timed.', 'No commitments were captured.'];
    nothing.forEach((line, index) => {
      expect(section(markdown, index + 1)).toContain(`\n${line}\n`);
      expect(section(markdown, index + 1)).toContain('actual not started*');
    });
  });

  it('counts a running timer up to the moment of export, marked as running', () => {
    const state = play([
      { type: 'timer.start', activityId: 'opening' },
      { type: 'activity.go', activityId: 'administration-vs-influence' },
      { type: 'timer.start', activityId: 'administration-vs-influence' },
    ]);
    const markdown = report(state, T + 2000 + 4 * MIN + 10_000);
    expect(markdown).toContain('| 1 | Opening | Discussion | 10 min | < 1 min |');
    expect(markdown).toContain('| 2 | Manager or leader? | Sort | 10 min | 4 min (running) |');
    expect(markdown).toContain('- **Activity on screen when exported:** 2 of 9, Manager or leader?');
  });

  it('orders a 1-D map from its "from" end to its "to" end, with each place, then the notes not placed', () => {
    const state = play([
      { type: 'note.capture', activityId: 'spectrum', text: 'Next quarter', position: { x: 0.7, y: 0.5 } },
      { type: 'note.capture', activityId: 'spectrum', text: 'Today’s fire', position: { x: 0.05, y: 0.5 } },
      { type: 'note.capture', activityId: 'spectrum', text: 'Five-year plan', position: { x: 1, y: 0.5 } },
      { type: 'note.capture', activityId: 'spectrum', text: 'Somewhere' },
    ]);
    expect(section(report(state), 4)).toContain(
      [
        '### Placed: 3 notes',
        '',
        '1. Today’s fire *(at 5%)*',
        '2. Next quarter *(at 70%)*',
        '3. Five-year plan *(at 100%)*',
        '',
        '### Not placed: 1 note',
        '',
        '- Somewhere',
      ].join('\n'),
    );
  });

  it('ranks a vote over an earlier activity’s notes, says when the room never saw the results, and keeps a hidden option apart', () => {
    const state = play([
      { type: 'note.capture', activityId: 'opening', text: 'Lack of empathy' },
      { type: 'note.capture', activityId: 'vote', text: 'Taking credit' },
      { type: 'vote.setCount', activityId: 'vote', optionId: 'n1', count: 4 },
      { type: 'vote.setCount', activityId: 'vote', optionId: optionNoteId('vote', 2), count: 6 },
      { type: 'vote.setCount', activityId: 'vote', optionId: 'n2', count: 2 },
      { type: 'note.setHidden', noteId: 'n2', hidden: true },
      { type: 'note.capture', activityId: 'opening', text: 'Shouting' },
      { type: 'vote.setCount', activityId: 'vote', optionId: 'n3', count: 1 },
      { type: 'note.setHidden', noteId: 'n3', hidden: true },
    ]);
    const vote = section(report(state), 5);
    expect(vote).toContain('10 dots placed · 3 dots per person · options from “Opening”.');
    expect(vote).toContain('*The results were never revealed to the room.*');
    expect(vote).toContain('1. Criticism that does not help: **6 dots**\n2. Lack of empathy: **4 dots**\n3. Micromanagement: **0 dots**');
    expect(vote).toContain('Options taken off the projector after they got dots:\n\n- Shouting: **1 dot** *(not shown to the room)*\n- Taking credit: **2 dots** *(not shown to the room)*');
    const revealed = play([{ type: 'vote.setRevealed', activityId: 'vote', revealed: true }], state);
    expect(section(report(revealed), 5)).not.toContain('never revealed');
  });

  it('gives a scale one compact table: a row per statement with its counts, people and mean (one decimal), a statement nobody rated included', () => {
    const state = play([
      { type: 'scale.setCount', activityId: 'scale', statementId: 'admin', point: 2, count: 1 },
      { type: 'scale.setCount', activityId: 'scale', statementId: 'admin', point: 5, count: 2 },
    ]);
    const scale = section(report(state), 6);
    expect(scale).toContain('Rated from 1 (Not yet) to 5 (A strength); each cell is how many people gave that rating.');
    expect(scale).toContain(
      [
        '| Statement | 1 | 2 | 3 | 4 | 5 | People | Mean |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| I keep the work running. | 0 | 1 | 0 | 0 | 2 | 3 | 4.0 |',
        '| I lift the people. | 0 | 0 | 0 | 0 | 0 | 0 | — |',
      ].join('\n'),
    );
    expect(tagsIn(renderMarkdown(scale)).filter((tag) => tag === 'table')).toHaveLength(1);
  });

  it('attributes nothing unless the facilitator added a name, and leaves out deleted notes', () => {
    const state = play([
      { type: 'note.capture', activityId: 'kasem-reflection', text: 'Keep the rota fair' },
      { type: 'note.capture', activityId: 'kasem-reflection', text: 'Grow two shift leads', attribution: 'Ana' },
      { type: 'note.capture', activityId: 'kasem-reflection', text: 'Said in confidence' },
      { type: 'note.delete', noteId: 'n3' },
    ]);
    const reflection = section(report(state), 7);
    expect(reflection).toContain('**Writing prompts**\n\n- Feet on the ground: what must I keep running?\n- Reaching for the stars: what future am I building?');
    expect(reflection).toContain('**Shared highlights**\n\n- Keep the rota fair\n- Grow two shift leads — Ana\n');
    expect(reflection).not.toContain('Said in confidence');
  });

  it('writes commitments as a checklist that reads as one without task lists, keeping the lines of a step, leaving out "by" when no date was given', () => {
    const state = play([
      { type: 'note.capture', activityId: 'close', text: 'Weekly check-in\nwith my manager', commitment: { who: 'Ana', byWhen: 'Friday' } },
      { type: 'note.capture', activityId: 'close', text: 'Ask the team', commitment: { who: 'Ben', byWhen: '' } },
    ]);
    expect(section(report(state), 9)).toContain('- ☐ **Ana** — Weekly check-in\\\n  with my manager (by Friday)\n- ☐ **Ben** — Ask the team\n');
  });

  it('keeps hostile text in every kind as plain text: no HTML, links, images, code or extra structure', () => {
    const hostile = ['<script>alert(1)</script>', '[x](javascript:alert(1))', '![i](https://evil.example/p.png)', '# heading', '1. list', '| a | b |\n| - | - |', '```\ncode\n```', '<img src=x onerror=alert(1)>', 'https://evil.example'];
    const commands: Command[] = [];
    hostile.forEach((text, index) => {
      commands.push(
        { type: 'note.capture', activityId: 'opening', text, attribution: hostile[(index + 1) % hostile.length]?.split('\n')[0] },
        { type: 'note.capture', activityId: 'administration-vs-influence', text, columnId: 'leader' },
        { type: 'note.capture', activityId: 'map', text, position: { x: 0.9, y: 0.9 } },
        { type: 'note.capture', activityId: 'spectrum', text, position: { x: 0.5, y: 0.5 } },
        { type: 'note.capture', activityId: 'kasem-reflection', text },
        { type: 'note.capture', activityId: 'close', text, commitment: { who: hostile[index]?.split('\n')[0] ?? '', byWhen: '<b>now</b>' } },
      );
    });
    const markdown = report(play(commands));
    const tags = tagsIn(renderMarkdown(markdown));
    // A note's own line breaks stay line breaks (br), inside its item.
    expect(new Set(tags)).toEqual(new Set(['h1', 'h2', 'h3', 'ul', 'ol', 'li', 'p', 'br', 'em', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td']));
    expect(tags.filter((tag) => tag === 'h2')).toHaveLength(1 + 9);
    expect(tags.filter((tag) => tag === 'h3')).toHaveLength(3 + 4 + 1);
    expect(tags.filter((tag) => tag === 'table')).toHaveLength(1);
    // The details (group, date, exported, activity on screen, source), then the room's items.
    expect(tags.filter((tag) => tag === 'li')).toHaveLength(5 + hostile.length * 6 + 2 + 2);
  });
});
