import type { z } from 'zod';
import type { ReportBlocks } from '../report/reportFormat';
import type { ReportAudience } from '../report/reportAudience';
import type { SessionState } from '../session/types';
import type { LocatedProblem } from '../workshop/workshopIssues';
import type { storedBaseShape } from './activityBase';

/** What a kind is called: in the control window (beside the activity's title) and in the report. */
export interface KindNames {
  control: string;
  report: string;
}

/** The fields every stored activity has, whatever its kind. */
export type StoredActivityBase = z.output<z.ZodObject<typeof storedBaseShape>>;

/** What a kind's stored schema must produce: the shared fields and its own `kind`. */
export type StoredActivityOf<K extends string> = StoredActivityBase & { kind: K };

/** A zod object schema whose `kind` field is the literal K (what a discriminated union is built from). */
export type KindObjectSchema<K extends string, T> = z.ZodType<T> & { shape: { kind: z.ZodLiteral<K> } };

/** Where a workshop check is: the activity's path in the file and the activities before it. */
export interface WorkshopCheckContext {
  at: string;
  earlier: readonly { id: string }[];
}

/** A problem a session file's cross-check finds in one activity; the path is relative to the activity. */
export interface StoredProblem {
  path: (string | number)[];
  message: string;
}

/** What a session keeps for an activity beyond its notes (a tally, a stage): its schema and how a new session starts it. */
export interface KindRun<A, RS extends KindObjectSchema<string, { kind: string }>> {
  schema: RS;
  initial(activity: A): z.output<RS>;
}

/**
 * Everything that varies by kind, in one place (the recipe is in ARCHITECTURE.md, "Adding a kind"). Every field is
 * required: a kind without a run says `run: null`, one without cross-checks gives a check that returns null.
 */
export interface KindDefinition<
  K extends string,
  S extends KindObjectSchema<K, StoredActivityOf<K>>,
  W extends KindObjectSchema<K, z.output<S>>,
  RS extends KindObjectSchema<K, { kind: K }>,
> {
  kind: K;
  names: KindNames;
  /** The activity as a session file stores it: complete, every field present. Its output is the kind's type. */
  stored: S;
  /** The activity as a workshop file writes it: strict, with defaults; its output must be a stored activity. */
  workshop: W;
  /** Whether the room's words are captured as notes into it (a break takes none, so a capture into it is refused). */
  takesNotes: boolean;
  /** The run state, for kinds that keep a tally or a stage; null for kinds that keep everything in notes. */
  run: KindRun<z.output<S>, RS> | null;
  /** The workshop file's checks that span fields (unique ids, a vote's options); null when it can be used. */
  checkWorkshop(activity: z.output<S>, context: WorkshopCheckContext): LocatedProblem | null;
  /** The session file's cross-checks on this activity, given the agenda's ids; empty when it is sound. */
  checkStored(activity: z.output<S>, agendaIds: ReadonlySet<string>): StoredProblem[];
  /**
   * The body of the activity's section in the report, in the kind's form. For the client report the session comes
   * without hidden notes, and the section leaves out what only the facilitator needs (app terms, timing internals).
   */
  report(session: SessionState, activity: z.output<S>, audience: ReportAudience): ReportBlocks;
}

/**
 * Declares a kind. The type parameters are inferred from the schemas, so the kind's TypeScript types come from its
 * schemas alone; a workshop schema whose output is not a stored activity of the kind fails typecheck here.
 */
export function defineKind<
  K extends string,
  S extends KindObjectSchema<K, StoredActivityOf<K>>,
  W extends KindObjectSchema<K, z.output<S>>,
  RS extends KindObjectSchema<K, { kind: K }> = never,
>(definition: KindDefinition<K, S, W, RS>): KindDefinition<K, S, W, RS> {
  return definition;
}

/** A cross-check that finds nothing: for kinds whose fields the schema checks alone. */
export function noProblems(): [] {
  return [];
}
