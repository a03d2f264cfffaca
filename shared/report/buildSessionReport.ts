import { currentActivityIndex } from '../session/selectors';
import type { Activity, SessionState } from '../session/types';
import { KIND_NAMES } from '../kinds/kindNames';
import { kindOf } from '../kinds/registry';
import { blockText, inlineText, tableCell } from './markdownText';
import { actualMs, formatActual, formatMinutes, longDate, NOT_STARTED } from './reportFormat';
import type { ReportBlocks } from './reportFormat';

/** What the host supplies that the pure report cannot know. */
export interface ReportOptions {
  /** The host clock, for timers still running. */
  now: number;
  /** When the report was exported, already written in the facilitator's local time, e.g. "28 November 2026, 11:42". */
  exportedAtLabel: string;
}

/** Stands in for an empty title or group. */
const UNTITLED = 'Untitled session';

/** The agenda as a table: planned and actual minutes per activity, and the totals. */
function agendaTable(session: SessionState, now: number): string {
  const rows = session.agenda.map((activity, index) => {
    const title = tableCell(activity.title) || `Activity ${index + 1}`;
    return `| ${index + 1} | ${title} | ${KIND_NAMES[activity.kind].report} | ${activity.plannedMinutes} min | ${formatActual(session.timers[activity.id], now)} |`;
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
  return [
    `## ${index + 1}. ${title}`,
    `*${KIND_NAMES[activity.kind].report} · planned ${activity.plannedMinutes} min · actual ${actual === NOT_STARTED ? 'not started' : actual}*`,
    ...(prompt ? [`**Prompt:** ${prompt}`] : []),
    ...kindOf(activity).report(session, activity),
  ];
}

/**
 * The session's report as Markdown, the notes people keep: title, group and
 * date, the agenda with planned and actual minutes, then each activity's
 * results in its kind's form. It is the facilitator's record, so notes hidden
 * from the room are included and marked; deleted notes never are. Every piece
 * of user text is escaped, so the file opens cleanly in any Markdown viewer.
 */
export function buildSessionReport(session: SessionState, options: ReportOptions): string {
  const { meta, agenda } = session;
  const current = currentActivityIndex(session);
  const currentTitle = agenda[current] ? inlineText(agenda[current].title) : '';
  const details = [
    `- **Group:** ${inlineText(meta.group) || '—'}`,
    `- **Date:** ${inlineText(longDate(meta.date)) || '—'}`,
    `- **Exported:** ${inlineText(options.exportedAtLabel)}`,
    ...(current >= 0 ? [`- **Activity on screen when exported:** ${current + 1} of ${agenda.length}${currentTitle ? `, ${currentTitle}` : ''}`] : []),
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
