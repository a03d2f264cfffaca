import type { ActivityKind } from '../kinds/registry';
import { PHONE_ANSWERS } from '../kinds/phoneAnswers';
import { phoneRuleOf } from './phoneRules';
import { own } from '../util/own';
import { voteOptions } from '../kinds/vote';
import { projectedActivityId } from '../session/projector';
import type { SessionState } from '../session/types';

/**
 * What every phone in the room is shown: the same for all of them, so the host works it out once per change and sends
 * it only when it changed. It holds what the room may see and what a phone may do, never a script, a note or a count.
 */
export interface PhoneView {
  /** The workshop's title, at the top of the page. */
  title: string;
  /** The activity the room is on; null on the title and closing screens, with nothing to answer. */
  activity: PhoneActivity | null;
}

/** The activity the room is on, as a phone shows it. */
export interface PhoneActivity {
  id: string;
  kind: ActivityKind;
  title: string;
  /** The prompt the projector shows. */
  prompt: string;
  /**
   * `notes`: the phone may add notes; `ballot`: it may place its dots on the options (one ballot, changeable until the
   * vote is revealed); `rating`: it may give each statement of a scale a point, privately (one answer per statement,
   * changeable while the scale is shown); `none`: it only shows the prompt (answers are off here, or the kind takes none from phones).
   */
  answer: 'notes' | 'ballot' | 'rating' | 'none';
  /** Answers carry the name the phone gives; otherwise they are anonymous, and the phone says so before anyone types. */
  named: boolean;
  /** A sort's columns, for the phone to pick one. */
  columns: { id: string; label: string }[];
  /** A map: the note goes to the facilitator's tray, to be placed on the map. */
  toTray: boolean;
  /** A vote: the options as the room sees them, and how many dots each phone places. */
  options: { id: string; text: string }[];
  dots: number;
  /** A scale: its statements, its points from `min` to `max`, and what the ends mean. */
  statements: { id: string; text: string }[];
  scale: { min: number; max: number; minLabel: string; maxLabel: string } | null;
}

/** Whether a vote takes no more ballots: once the facilitator revealed its results, the count stands. */
export function voteClosed(session: SessionState, activityId: string): boolean {
  const run = own(session.runs, activityId);
  return run?.kind === 'vote' && run.revealed;
}

/** What phones are shown now (null: no session, or phones are off). Pure. */
export function phoneView(session: SessionState | null): PhoneView | null {
  if (!session?.phones?.open) return null;
  const title = session.meta.title;
  if (session.presenter.titleScreen === true) return { title, activity: null };
  const activity = session.agenda.find((candidate) => candidate.id === projectedActivityId(session));
  if (!activity) return { title, activity: null };
  const rule = phoneRuleOf(session, activity.id);
  const answers = PHONE_ANSWERS[activity.kind];
  return {
    title,
    activity: {
      id: activity.id,
      kind: activity.kind,
      title: activity.title,
      prompt: activity.prompt,
      answer: !rule.answer || answers === 'none' || (answers === 'ballot' && voteClosed(session, activity.id)) ? 'none' : answers,
      named: rule.named,
      columns: activity.kind === 'sort' ? activity.columns.map((column) => ({ id: column.id, label: column.label })) : [],
      toTray: activity.kind === 'map',
      options: activity.kind === 'vote' ? voteOptions(session, activity).map((option) => ({ id: option.id, text: option.text })) : [],
      dots: activity.kind === 'vote' ? activity.dotsPerPerson : 0,
      statements: activity.kind === 'scale' ? activity.statements.map((statement) => ({ id: statement.id, text: statement.text })) : [],
      scale: activity.kind === 'scale' ? { min: activity.min, max: activity.max, minLabel: activity.minLabel, maxLabel: activity.maxLabel } : null,
    },
  };
}
