import { scaleDistributions } from '../kinds/scale/index';
import { kindOf } from '../kinds/registry';
import { rankedVotes, totalDots } from '../kinds/vote/index';
import { isSkipped } from '../session/livePlan';
import { allNotes, noteTableOf } from '../session/noteTable';
import { notesForActivity } from '../session/selectors';
import type { Activity, SessionState } from '../session/types';
import { blockText, inlineText } from './markdownText';
import { actualMs, countOf, formatMinutes, longDate, UNTITLED } from './reportFormat';
import type { ReportBlocks } from './reportFormat';

/**
 * The session as the client report sees it: only the notes the room could see. A note hidden by hand, a phone's note
 * held for review (hidden until let through) and a deleted note are not in it at all, so no section can show them.
 */
export function withoutHiddenNotes(session: SessionState): SessionState {
  const shown = allNotes(session.notes).filter((note) => !note.hidden && note.held !== true && note.deletedAt === null);
  return { ...session, notes: noteTableOf(shown) };
}

/** What the room contributed to one activity: notes (ideas, highlights, commitments), dots in a vote, ratings on a scale. */
interface Contributions {
  notes: number;
  dots: number;
  ratings: number;
}

function contributionsIn(session: SessionState, activity: Activity): Contributions {
  const notes = notesForActivity(session, activity.id).length;
  const dots = activity.kind === 'vote' ? totalDots(rankedVotes(session, activity)) : 0;
  const ratings = activity.kind === 'scale' ? scaleDistributions(session, activity).reduce((sum, statement) => sum + statement.counts.reduce((a, b) => a + b, 0), 0) : 0;
  return { notes, dots, ratings };
}

/** "31 notes, 45 dots and 55 ratings", leaving out what is zero; "none recorded" when all are. */
function contributionsLine(total: Contributions): string {
  const parts = [
    ...(total.notes > 0 ? [countOf(total.notes, 'note')] : []),
    ...(total.dots > 0 ? [countOf(total.dots, 'dot')] : []),
    ...(total.ratings > 0 ? [countOf(total.ratings, 'rating')] : []),
  ];
  if (parts.length === 0) return 'none recorded';
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** An activity the client report shows: one that was not dropped and that either ran (its timer) or holds something the room said. */
interface RunActivity {
  activity: Activity;
  ms: number | null;
  contributions: Contributions;
}

function activitiesRun(session: SessionState, now: number): RunActivity[] {
  return session.agenda
    .filter((activity) => !isSkipped(session, activity.id))
    .map((activity) => ({ activity, ms: actualMs(session.timers[activity.id], now), contributions: contributionsIn(session, activity) }))
    .filter(({ ms, contributions }) => ms !== null || contributions.notes + contributions.dots + contributions.ratings > 0);
}

/** The agenda as the group lived it: each activity run, with the minutes it took. */
function agendaList(run: readonly RunActivity[]): string {
  return run
    .map(({ activity, ms }, index) => {
      const title = inlineText(activity.title) || `Activity ${index + 1}`;
      return `${index + 1}. ${title}${ms !== null && ms >= 30_000 ? ` (${formatMinutes(ms)})` : ''}`;
    })
    .join('\n');
}

/** One activity's section: its title, its prompt and what the room produced, in its kind's form. A break has none. */
function activitySection(session: SessionState, activity: Activity, number: number): ReportBlocks {
  if (activity.kind === 'break') return [];
  const title = inlineText(activity.title) || `Activity ${number}`;
  const prompt = blockText(activity.prompt);
  return [`## ${number}. ${title}`, ...(prompt ? [`**Prompt:** ${prompt}`] : []), ...kindOf(activity).report(session, activity, 'client')];
}

/**
 * The client report as Markdown, to send the group or its sponsor after the workshop: a short summary (group, date,
 * facilitator, activities run, how many contributions, the workshop's source), the agenda as run, then what the room
 * said in each activity. No note hidden from the room, no planned-against-actual timings or running timers, and no
 * app terms (kinds, phones, the projector). Names appear only where the facilitator added them or the activity was
 * named for phones, as in the room. The quotes the facilitator read are not in it: it is what the room said, and
 * the source line credits the material. `facilitator` is the name to show, already escaped (empty: none).
 */
export function buildClientReport(full: SessionState, now: number, facilitator: string): string {
  const session = withoutHiddenNotes(full);
  const { meta } = session;
  const run = activitiesRun(session, now);
  const total = run.reduce<Contributions>(
    (sum, { contributions }) => ({ notes: sum.notes + contributions.notes, dots: sum.dots + contributions.dots, ratings: sum.ratings + contributions.ratings }),
    { notes: 0, dots: 0, ratings: 0 },
  );
  const group = inlineText(meta.group);
  const source = inlineText(meta.source ?? '');
  const summary = [
    ...(group ? [`- **Group:** ${group}`] : []),
    `- **Date:** ${inlineText(longDate(meta.date)) || '—'}`,
    ...(facilitator ? [`- **Facilitator:** ${facilitator}`] : []),
    `- **Activities:** ${run.length}`,
    `- **Contributions:** ${contributionsLine(total)}`,
    ...(source ? [`- **Source:** ${source}`] : []),
  ];
  const blocks: ReportBlocks = [
    `# ${inlineText(meta.title) || UNTITLED}`,
    summary.join('\n'),
    ...(run.length > 0 ? ['## Agenda', agendaList(run)] : ['No activity has been run yet.']),
    ...run.flatMap(({ activity }, index) => activitySection(session, activity, index + 1)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
