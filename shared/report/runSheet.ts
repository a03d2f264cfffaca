import type { ActivityKind } from '../kinds/registry';
import { isSkipped, plannedMinutesNow } from '../session/livePlan';
import type { Activity, SessionState } from '../session/types';
import { blockText, bulletItem, inlineText, numberedItem, tableCell } from './markdownText';
import { quoteBlocks } from './quoteItems';
import { countOf, longDate, UNTITLED } from './reportFormat';
import type { ReportBlocks } from './reportFormat';
import { printablePage, renderReportMarkdown } from './reportHtml';

/*
 * The run sheet: the plan and the facilitator's script on paper, for a room with no second screen. It is written in
 * the room's words (no kinds, timers, projector or phones) and holds nothing the room said, so it can be printed at
 * any moment, before the session or during it.
 */

/** One activity as the plan stands: its number in the plan, when it starts (minutes from the beginning) and its minutes. */
interface PlannedActivity {
  activity: Activity;
  number: number;
  startsAt: number;
  minutes: number;
}

/** The activities still in the plan, in its order, with the minutes as re-planned; dropped ones are left out. */
function plannedActivities(session: SessionState): PlannedActivity[] {
  let startsAt = 0;
  return session.agenda
    .filter((activity) => !isSkipped(session, activity.id))
    .map((activity, index) => {
      const minutes = Math.round(plannedMinutesNow(session, activity.id));
      const planned = { activity, number: index + 1, startsAt, minutes };
      startsAt += minutes;
      return planned;
    });
}

/** Minutes from the beginning as hours and minutes: "+0:10", "+1:25", for a plan with no clock time to start at. */
export function offsetLabel(minutes: number): string {
  return `+${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes after a 24-hour "HH:MM" start as a clock time: "09:42", "00:20 (next day)" (days after that say how many). */
export function clockLabel(start: string, minutes: number): string {
  const [hours = 0, mins = 0] = start.split(':').map(Number);
  const total = hours * 60 + mins + minutes;
  const days = Math.floor(total / (24 * 60));
  const inDay = total % (24 * 60);
  const clock = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return days === 0 ? clock : days === 1 ? `${clock} (next day)` : `${clock} (day ${days + 1})`;
}

/** What the run sheet is asked for at export. */
export interface RunSheetOptions {
  /** When the session starts, 24-hour "HH:MM"; the session's planned start when absent; offsets when neither. */
  startsAt?: string;
}

/** Script text as paragraphs: split where a blank line is, each escaped and keeping its own lines. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => blockText(paragraph))
    .filter((paragraph) => paragraph !== '');
}

/** Items as one bullet list block; none when no item has visible text. */
function bulletList(items: readonly string[]): string[] {
  const lines = items.filter((item) => blockText(item) !== '').map((item) => bulletItem(item));
  return lines.length > 0 ? [lines.join('\n')] : [];
}

/** Blocks under a heading, or nothing at all when there are none. */
function titled(heading: string, blocks: readonly string[]): string[] {
  return blocks.length > 0 ? [heading, ...blocks] : [];
}

/** What the room works with in an activity of each kind, for the facilitator to write up or read out. */
type SetupOf = { [K in ActivityKind]: (activity: Extract<Activity, { kind: K }>, session: SessionState) => ReportBlocks };

const SETUP = {
  discussion: () => [],
  commitments: () => [],
  break: () => [],
  sort: (activity) => [
    '**Columns:**',
    activity.columns
      .map((column, index) => {
        const description = inlineText(column.description);
        return `- **${inlineText(column.label) || `Column ${index + 1}`}**${description ? `: ${description}` : ''}`;
      })
      .join('\n'),
  ],
  map: (activity) => {
    const axis = (name: string, { label, from, to }: { label: string; from: string; to: string }) =>
      `- ${name}${inlineText(label) ? ` (${inlineText(label)})` : ''}: from ${inlineText(from)} to ${inlineText(to)}`;
    if (!activity.y) return ['**The line:**', axis('Along', activity.x)];
    const corners = activity.quadrants
      ? (
          [
            ['Top left', activity.quadrants.topLeft],
            ['Top right', activity.quadrants.topRight],
            ['Bottom left', activity.quadrants.bottomLeft],
            ['Bottom right', activity.quadrants.bottomRight],
          ] as const
        )
          .filter(([, name]) => inlineText(name) !== '')
          .map(([corner, name]) => `- ${corner}: ${inlineText(name)}`)
      : [];
    return ['**The grid:**', [axis('Across', activity.x), axis('Up', activity.y), ...corners].join('\n')];
  },
  vote: (activity, session) => {
    const source = activity.optionsFrom ? session.agenda.find((candidate) => candidate.id === activity.optionsFrom) : undefined;
    const fromRoom = source ? `what the room said in “${inlineText(source.title)}”` : '';
    const head = `**Options** (${countOf(activity.dotsPerPerson, 'dot')} per person):`;
    if (activity.options.length === 0) return [`${head} ${fromRoom || 'none written yet'}.`];
    return [head, activity.options.map((option, index) => numberedItem(index + 1, option)).join('\n'), ...(fromRoom ? [`Also ${fromRoom}.`] : [])];
  },
  scale: (activity) => {
    const end = (point: number, label: string) => `${point}${inlineText(label) ? ` (${inlineText(label)})` : ''}`;
    return [`**Rate each statement from ${end(activity.min, activity.minLabel)} to ${end(activity.max, activity.maxLabel)}:**`, ...bulletList(activity.statements.map((statement) => statement.text))];
  },
  reflection: (activity) => {
    const pairs = Math.round(activity.pairMinutes);
    return [
      '**Writing prompts:**',
      ...bulletList(activity.prompts),
      `${Math.round(activity.writingMinutes)} min writing alone, then ${pairs > 0 ? `${pairs} min in pairs, then ` : ''}sharing with the room.`,
    ];
  },
} satisfies SetupOf;

function setupOf(activity: Activity, session: SessionState): ReportBlocks {
  return (SETUP[activity.kind] as (activity: Activity, session: SessionState) => ReportBlocks)(activity, session);
}

/** The facilitator's script in the order the script panel gives it: say, the quotes to read, watch for, group sizes, talking points, materials. */
function scriptBlocks(activity: Activity): ReportBlocks {
  const { say, watchFor, shortGroup, largeGroup } = activity.script;
  return [
    ...titled('### Say', paragraphs(say)),
    ...quoteBlocks(activity, '### Quotes to read'),
    ...titled('### Watch for', paragraphs(watchFor)),
    ...titled('### Small group (up to about 8)', paragraphs(shortGroup)),
    ...titled('### Large group (about 20 or more)', paragraphs(largeGroup)),
    ...titled('### Talking points', bulletList(activity.talkingPoints)),
    ...titled('### Materials', bulletList(activity.materials ?? [])),
  ];
}

function activitySection(session: SessionState, { activity, number, startsAt, minutes }: PlannedActivity, timeOf: (minutes: number) => string): string {
  const title = inlineText(activity.title) || `Activity ${number}`;
  const prompt = blockText(activity.prompt);
  const blocks: ReportBlocks = [
    `## ${number}. ${title}`,
    `*Starts at ${timeOf(startsAt)} · ${minutes} min*`,
    ...(prompt ? [`**Prompt:** ${prompt}`] : []),
    ...setupOf(activity, session),
    ...scriptBlocks(activity),
  ];
  return blocks.join('\n\n');
}

/** The agenda as a table: when each activity starts, its number, title and minutes, then the finish and the total. */
function agendaTable(planned: readonly PlannedActivity[], total: number, timeOf: (minutes: number) => string): string {
  return [
    '| Starts | # | Activity | Minutes |',
    '| ---: | ---: | --- | ---: |',
    ...planned.map(({ activity, number, startsAt, minutes }) => `| ${timeOf(startsAt)} | ${number} | ${tableCell(activity.title) || `Activity ${number}`} | ${minutes} min |`),
    `| ${timeOf(total)} |  | **Finish** | **${total} min** |`,
  ].join('\n');
}

/** The run sheet in two parts: the front (details, the whole session's materials, the agenda) and one section per activity. */
function runSheetParts(session: SessionState, options: RunSheetOptions): { front: string; activities: string[] } {
  const { meta } = session;
  const start = options.startsAt ?? meta.plannedStart;
  const timeOf = (minutes: number) => (start ? clockLabel(start, minutes) : offsetLabel(minutes));
  const planned = plannedActivities(session);
  const total = planned.reduce((sum, { minutes }) => sum + minutes, 0);
  const group = inlineText(meta.group);
  const source = inlineText(meta.source ?? '');
  const details = [
    ...(group ? [`- **Group:** ${group}`] : []),
    `- **Date:** ${inlineText(longDate(meta.date)) || '—'}`,
    ...(start ? [`- **Starts:** ${start}`] : []),
    `- **Planned time:** ${total} min`,
    ...(source ? [`- **Source:** ${source}`] : []),
  ];
  const front: ReportBlocks = [
    `# ${inlineText(meta.title) || UNTITLED}`,
    details.join('\n'),
    ...titled('## Materials for the whole session', bulletList(meta.materials ?? [])),
    '## Agenda',
    agendaTable(planned, total, timeOf),
    ...(start ? [] : ['Start times are counted from the beginning of the session.']),
  ];
  return { front: front.join('\n\n'), activities: planned.map((activity) => activitySection(session, activity, timeOf)) };
}

/**
 * The run sheet as Markdown: the session's details and the materials for the whole session, the agenda with each
 * activity's start (from the beginning) and minutes and the finish, then per activity its prompt, what the room works
 * with, the script (say, quotes to read with who said them, watch for, small and large groups, talking points) and its
 * materials. The plan as it stands: dropped activities left out, re-planned minutes used. Every text is escaped.
 */
export function buildRunSheet(session: SessionState, options: RunSheetOptions = {}): string {
  const { front, activities } = runSheetParts(session, options);
  return `${[front, ...activities].join('\n\n')}\n`;
}

/** The run sheet's own print style: type to read at arm's length, and each activity kept on one page where it fits. */
const RUN_SHEET_STYLE = `
body { font-size: 12pt; }
.run-sheet-activity { break-inside: avoid; page-break-inside: avoid; }
.run-sheet-activity h3 { font-size: 1em; margin: 0.9em 0 0.3em; }
@media print {
  body { font-size: 11.5pt; }
}
`;

/** The run sheet as one printable HTML page (`printablePage`), each activity in a section that print keeps together. */
export function buildRunSheetHtml(session: SessionState, options: RunSheetOptions = {}): string {
  const { front, activities } = runSheetParts(session, options);
  const body = [renderReportMarkdown(front), ...activities.map((activity) => `<section class="run-sheet-activity">\n${renderReportMarkdown(activity)}\n</section>`)].join('\n');
  return printablePage(session.meta.title, body, RUN_SHEET_STYLE);
}
