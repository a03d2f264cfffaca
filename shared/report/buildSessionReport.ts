import { currentActivityIndex, notesForActivity } from '../session/selectors';
import { phoneRaters, phoneVoters } from '../phones/phoneBallots';
import { isSkipped, plannedMinutesNow } from '../session/livePlan';
import type { Activity, SessionState } from '../session/types';
import { KIND_NAMES } from '../kinds/kindNames';
import { kindOf } from '../kinds/registry';
import { blockText, inlineText, tableCell } from './markdownText';
import { actualMs, countOf, formatActual, formatMinutes, longDate, NOT_STARTED } from './reportFormat';
import type { ReportBlocks } from './reportFormat';
import { UNTITLED } from './reportFormat';
import type { ReportAudience } from './reportAudience';
import { buildClientReport } from './clientReport';
import { quoteBlocks } from './quoteItems';

/** What the host supplies that the pure report cannot know, and which report it asks for. */
export interface ReportOptions {
  /** The host clock, for timers still running. */
  now: number;
  /** When the report was exported, already written in the facilitator's local time, e.g. "28 November 2026, 11:42". */
  exportedAtLabel: string;
  /** The client report (nothing hidden, no timing internals or app terms) or the facilitator's record (everything). */
  audience: ReportAudience;
  /** The facilitator's name as given at export: shown in place of the session's `meta.facilitator`; empty, no name is shown. */
  facilitator?: string;
}

/**
 * The workshop's plan for an activity and what the facilitator changed during the session: "20 min", "20 min,
 * re-planned to 25 min", "20 min, dropped", "10 min, added during the session".
 */
function plannedAsRun(session: SessionState, activity: Activity): string {
  const added = session.addedActivityIds?.includes(activity.id) ?? false;
  if (isSkipped(session, activity.id)) return `${activity.plannedMinutes} min, ${added ? 'added, then dropped' : 'dropped'}`;
  const now = plannedMinutesNow(session, activity.id);
  if (added) return `${now} min, added during the session`;
  return now === activity.plannedMinutes ? `${activity.plannedMinutes} min` : `${activity.plannedMinutes} min, re-planned to ${now} min`;
}

/** The agenda as run, in the order it ended in: planned (and re-planned or dropped) and actual minutes per activity, and the totals. */
function agendaTable(session: SessionState, now: number): string {
  const rows = session.agenda.map((activity, index) => {
    const title = tableCell(activity.title) || `Activity ${index + 1}`;
    return `| ${index + 1} | ${title} | ${KIND_NAMES[activity.kind].report} | ${plannedAsRun(session, activity)} | ${formatActual(session.timers[activity.id], now)} |`;
  });
  const planned = session.agenda.reduce((sum, activity) => sum + activity.plannedMinutes, 0);
  const actuals = session.agenda.map((activity) => actualMs(session.timers[activity.id], now)).filter((ms): ms is number => ms !== null);
  const actual = actuals.length === 0 ? NOT_STARTED : formatMinutes(actuals.reduce((sum, ms) => sum + ms, 0));
  return [
    '| # | Activity | Kind | Planned | Actual |',
    '| ---: | --- | --- | ---: | ---: |',
    ...rows,
    `|  | **Total** |  | **${planned} min** | **${actual}** |`,
  ].join('\n');
}

function activitySection(session: SessionState, activity: Activity, index: number, now: number): ReportBlocks {
  const title = inlineText(activity.title) || `Activity ${index + 1}`;
  const prompt = blockText(activity.prompt);
  const actual = formatActual(session.timers[activity.id], now);
  const fromPhones = phoneAnswersIn(session, activity.id);
  return [
    `## ${index + 1}. ${title}`,
    `*${KIND_NAMES[activity.kind].report} · planned ${plannedAsRun(session, activity)} · actual ${actual === NOT_STARTED ? 'not started' : actual}${fromPhones > 0 ? ` · ${countOf(fromPhones, 'answer')} from phones` : ''}*`,
    ...(prompt ? [`**Prompt:** ${prompt}`] : []),
    ...kindOf(activity).report(session, activity, 'facilitator'),
    ...quoteBlocks(activity, '**Quotes read out:**'),
  ];
}

/** How many answers phones gave in an activity: the notes they sent (deleted ones not), the ballots in a vote, the phones that rated a scale. */
function phoneAnswersIn(session: SessionState, activityId: string): number {
  return notesForActivity(session, activityId).filter((note) => note.origin !== undefined).length + phoneVoters(session, activityId) + phoneRaters(session, activityId);
}

/**
 * The session's report as Markdown, for the audience the options name: the client report (buildClientReport) or the
 * facilitator's record. Every piece of user text is escaped, so the file opens cleanly in any Markdown viewer.
 */
export function buildSessionReport(session: SessionState, options: ReportOptions): string {
  const facilitator = inlineText(options.facilitator ?? session.meta.facilitator ?? '');
  return options.audience === 'client' ? buildClientReport(session, options.now, facilitator) : buildFacilitatorRecord(session, options, facilitator);
}

/**
 * The facilitator's record: title, group and date, the agenda with planned and actual minutes, then each activity's
 * results in its kind's form and the quotes its script gives. Notes hidden from the room are included and marked;
 * deleted notes never are. `facilitator` is the name to show, already escaped.
 */
function buildFacilitatorRecord(session: SessionState, options: ReportOptions, facilitator: string): string {
  const { meta, agenda } = session;
  const current = currentActivityIndex(session);
  const currentTitle = agenda[current] ? inlineText(agenda[current].title) : '';
  const details = [
    `- **Group:** ${inlineText(meta.group) || '—'}`,
    `- **Date:** ${inlineText(longDate(meta.date)) || '—'}`,
    ...(facilitator ? [`- **Facilitator:** ${facilitator}`] : []),
    `- **Exported:** ${inlineText(options.exportedAtLabel)}`,
    ...(current >= 0 ? [`- **Activity on screen when exported:** ${current + 1} of ${agenda.length}${currentTitle ? `, ${currentTitle}` : ''}`] : []),
    // The workshop's credit: who wrote it and what it draws on.
    ...(meta.source ? [`- **Source:** ${inlineText(meta.source)}`] : []),
  ];
  const blocks: ReportBlocks = [
    `# ${inlineText(meta.title) || UNTITLED}`,
    details.join('\n'),
    '## Agenda',
    agendaTable(session, options.now),
    ...agenda.flatMap((activity, index) => activitySection(session, activity, index, options.now)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
