import type { z } from 'zod';
import type { ReportBlocks } from '../report/reportFormat';
import type { ReportAudience } from '../report/reportAudience';
import type { SessionState } from '../session/types';
import type { LocatedProblem } from '../workshop/workshopIssues';
import { breakKind } from './break/definition';
import { commitmentsKind } from './commitments/definition';
import { discussionKind } from './discussion/definition';
import type { KindNames, StoredProblem, WorkshopCheckContext } from './kindDefinition';
import { mapKind } from './map/definition';
import { reflectionKind } from './reflection/definition';
import { scaleKind } from './scale/definition';
import { sortKind } from './sort/definition';
import { voteKind } from './vote/definition';

/**
 * Every activity kind, one line each, in the order the docs and the workshop editor list them. The session and
 * workshop schemas, the kinds' types, the runs, the checks and the report are all built from this record, so a kind
 * is either here with every piece or not a kind at all. Keyed by kind: `keyMatchesKind` below refuses a mismatch.
 */
export const KINDS = {
  discussion: discussionKind,
  sort: sortKind,
  map: mapKind,
  vote: voteKind,
  reflection: reflectionKind,
  scale: scaleKind,
  commitments: commitmentsKind,
  break: breakKind,
};

/** The kinds of activity a workshop can hold. Each has a control board, a projector stage and a report section. */
export type ActivityKind = keyof typeof KINDS;

// Each entry sits under its own kind's key (a `vote` definition under `sort` would fail here).
const keyMatchesKind: { [K in ActivityKind]: { kind: K } } = KINDS;
void keyMatchesKind;

/** The definition registered for a kind. */
export type KindDefinitionOf<K extends ActivityKind> = (typeof KINDS)[K];

/** An activity of one kind, as its stored schema gives it. */
export type ActivityOf<K extends ActivityKind> = z.output<KindDefinitionOf<K>['stored']>;

/** One step of the agenda, as run in a session. Narrow on `kind` for the kind's own settings. */
export type Activity = { [K in ActivityKind]: ActivityOf<K> }[ActivityKind];

/** The run state of one kind; `never` for kinds that keep everything in notes. */
export type RunOf<K extends ActivityKind> = z.output<NonNullable<KindDefinitionOf<K>['run']>['schema']>;

/** What a session records for an activity beyond its notes: the runs of the kinds that keep one. */
export type ActivityRun = { [K in ActivityKind]: RunOf<K> }[ActivityKind];

/** Every activity kind, in the registry's order. */
export const ACTIVITY_KINDS = Object.keys(KINDS) as ActivityKind[];

/** Whether a value names a registered kind (own keys only: "toString" is not a kind). */
export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}

/** What one kind does with one of its activities, typed for that activity. */
export interface KindBehaviour<A extends Activity> {
  names: KindNames;
  takesNotes: boolean;
  /** Null for kinds that keep everything in notes. */
  run: { initial(activity: A): ActivityRun } | null;
  checkWorkshop(activity: A, context: WorkshopCheckContext): LocatedProblem | null;
  checkStored(activity: A, agendaIds: ReadonlySet<string>): StoredProblem[];
  report(session: SessionState, activity: A, audience: ReportAudience): ReportBlocks;
}

/**
 * The registered definition of an activity's kind, typed for that activity. The record is keyed by kind (checked
 * above), so the entry under `activity.kind` takes that activity; TypeScript cannot follow that through a union,
 * hence the one cast.
 */
export function kindOf<A extends Activity>(activity: A): KindBehaviour<A> {
  return KINDS[activity.kind] as unknown as KindBehaviour<A>;
}

/** Whether a session keeps a run for activities of this kind (a tally, a stage). */
export function keepsRun(kind: ActivityKind): boolean {
  return KINDS[kind].run !== null;
}
