import { commandSchema } from '../../shared/protocol/commands';
import type { Command } from '../../shared/protocol/commands';
import { commandToEvent } from '../../shared/protocol/commandToEvent';
import { sessionReducer } from '../../shared/session/sessionSlice';
import type { Activity, SessionState } from '../../shared/session/types';
import { createSession } from '../../shared/workshop/createSession';
import type { Workshop } from '../../shared/workshop/types';
import { parseWorkshopFile } from '../../shared/workshop/workshopFile';
import { WORKSHOP_FORMAT_VERSION } from '../../shared/workshop/workshopSchema';
import { everyKindWorkshop } from './everyKindWorkshop';

/** When the every-kind session starts; each command is a second later than the one before. */
export const EVERY_KIND_START = Date.UTC(2026, 10, 28, 9, 0, 0);

/** A note for the activity, with the fields its kind uses; null for a break, which captures none. */
function captureFor(activity: Activity, n: number): Command | null {
  const base = { type: 'note.capture', activityId: activity.id, text: `${activity.title}: note ${n}` } as const;
  switch (activity.kind) {
    case 'sort':
      return { ...base, columnId: activity.columns[n % activity.columns.length]?.id ?? '' };
    case 'map':
      return { ...base, position: { x: 0.25 * n, y: activity.y ? 0.75 : 0.5 } };
    case 'commitments':
      return { ...base, commitment: { who: `Person ${n}`, byWhen: 'Friday' } };
    case 'discussion':
    case 'vote':
    case 'reflection':
    case 'scale':
      return base;
    case 'break':
      return null;
  }
}

function tallyFor(activity: Activity): Command[] {
  switch (activity.kind) {
    case 'vote':
      return [
        { type: 'vote.setCount', activityId: activity.id, optionId: `${activity.id}-option-1`, count: 4 },
        { type: 'vote.setRevealed', activityId: activity.id, revealed: true },
      ];
    case 'scale':
      return activity.statements.map((statement, index) => ({ type: 'scale.setCount', activityId: activity.id, statementId: statement.id, point: activity.min + index, count: 3 }));
    case 'reflection':
      return [{ type: 'reflection.setStage', activityId: activity.id, stage: 'sharing' }];
    case 'discussion':
    case 'sort':
    case 'map':
    case 'commitments':
    case 'break':
      return [];
  }
}

/** The every-kind workshop as a workshop file's text. */
export function everyKindWorkshopFileText(): string {
  return JSON.stringify({ groundworkWorkshop: WORKSHOP_FORMAT_VERSION, ...everyKindWorkshop }, null, 2);
}

/** The every-kind workshop read back through the workshop file format (schema and checks). */
export function everyKindWorkshopFromFile(): Workshop {
  const parsed = parseWorkshopFile(everyKindWorkshopFileText(), 'every-kind.workshop.json');
  if (!parsed.ok) throw new Error(`every-kind.workshop.json: ${parsed.problem.path} ${parsed.problem.message}`);
  return parsed.workshop;
}

/**
 * A session of the every-kind workshop (read through the workshop file format), worked through the way the host works (validate, event, reduce): two notes
 * per activity with the fields its kind uses (none on a break), a vote's dots revealed, a scale's counts, a reflection at sharing, a
 * timer run. Deterministic, so its file is the same bytes on every build that keeps the format.
 */
export function everyKindSession(): SessionState {
  const start = createSession(everyKindWorkshopFromFile(), { group: 'Ops leads', date: '2026-11-28', sessionId: 'every-kind-session', now: EVERY_KIND_START });
  const commands: Command[] = [{ type: 'activity.next' }];
  for (const activity of start.agenda) {
    const notes = [captureFor(activity, 1), captureFor(activity, 2)].filter((command): command is Command => command !== null);
    commands.push(...notes, ...tallyFor(activity));
  }
  const first = start.agenda[0];
  if (first) commands.push({ type: 'timer.start', activityId: first.id }, { type: 'timer.pause', activityId: first.id });
  return commands.reduce((state, command, index) => {
    const outcome = commandToEvent(state, commandSchema.parse(command), { now: EVERY_KIND_START + (index + 1) * 1000, newId: () => `note-${index + 1}` });
    if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error}`);
    return outcome.event ? (sessionReducer(state, outcome.event) as SessionState) : state;
  }, start);
}
