import * as z from 'zod/mini';
import { serverMessageSchema } from '../../shared/protocol/messages';
import type { HostError, HostErrorCode, PushMessage, ServerMessage } from '../../shared/protocol/messages';
import type { HostStatus } from '../../shared/protocol/hostStatus';
import { PROJECTOR_SIDE_LIMITS } from '../../shared/protocol/hostStatus';
import type { SessionEvent } from '../../shared/session/sessionSlice';
import type { RoomSnapshot } from '../../shared/protocol/verbs';
import type { RoomView } from '../../shared/session/roomView';
import type { SessionState } from '../../shared/session/types';
import { PRESENTER_THEMES } from '../../shared/session/types';
import { NOTE_PAGES } from '../../shared/session/noteTable';
import { assertNever } from '../../shared/util/assertNever';
import { deepFreeze } from '../../shared/util/deepFreeze';

/*
 * Checks use zod/mini: the full zod build (which the session file schema
 * needs) would add about 25 kB gzipped to each window.
 */

const fileInfoSchema = z.nullable(z.object({ path: z.string(), name: z.string() }));
const saveStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle') }),
  z.object({ state: z.literal('saving') }),
  z.object({ state: z.literal('saved'), at: z.number() }),
  z.object({ state: z.literal('error'), reason: z.string(), at: z.number() }),
]);
const projectorSideSchema = z.int().check(z.gte(PROJECTOR_SIDE_LIMITS.min), z.lte(PROJECTOR_SIDE_LIMITS.max));
const projectorSizeSchema = z.object({ width: projectorSideSchema, height: projectorSideSchema });
const undoStepSchema = z.nullable(z.object({ step: z.int(), label: z.string().check(z.maxLength(500)) }));
const undoStatusSchema = z.object({ undo: undoStepSchema, redo: undoStepSchema });
const hostStatusSchema = z.object({
  file: fileInfoSchema,
  save: saveStateSchema,
  projector: z.optional(projectorSizeSchema),
  // A history this window cannot read only costs the Undo button its label, never the status.
  history: z.optional(z.catch(z.optional(undoStatusSchema), undefined)),
  phones: z.optional(z.catch(z.optional(z.object({ connected: z.number(), joined: z.number(), heard: z.boolean(), since: z.number(), addressGone: z.optional(z.boolean()) })), undefined)),
});
const errorCodes = ['invalid', 'forbidden', 'not-found', 'no-session', 'file', 'busy', 'internal'] as const satisfies readonly HostErrorCode[];
const backupOfferSchema = z.object({ path: z.string(), savedAt: z.number(), kind: z.enum(['backup', 'recovery']) });
const hostErrorSchema = z.object({ code: z.catch(z.enum(errorCodes), 'internal'), message: z.string(), backup: z.optional(z.catch(z.optional(backupOfferSchema), undefined)) });

/**
 * A schema that checks each frozen object only the first time it sees it. A patched view keeps the identity of what
 * did not change, so the projector checks the page a new note landed on, not every page and note again. Only
 * frozen objects are remembered (the control window's store freezes what it keeps, and the presenter's replicator
 * each view it keeps): nothing can change them after they passed.
 */
function onceValid<T extends z.ZodMiniType>(schema: T): z.ZodMiniCustom<z.output<T>, z.output<T>> {
  const passed = new WeakSet<object>();
  return z.custom<z.output<T>>((value) => {
    if (typeof value === 'object' && value !== null && passed.has(value)) return true;
    if (!schema.safeParse(value).success) return false;
    if (typeof value === 'object' && value !== null && Object.isFrozen(value)) passed.add(value);
    return true;
  });
}

/**
 * An array each of whose items is checked as `onceValid` does, walked in a plain loop: the note table has 1,024
 * pages, and zod's own array check costs more per item than the remembered-item lookup it would make.
 */
function arrayOfOnceValid<T extends z.ZodMiniType>(item: T, length?: number): z.ZodMiniCustom<Array<z.output<T>>, Array<z.output<T>>> {
  const passed = new WeakSet<object>();
  const valid = (value: unknown): boolean => {
    if (typeof value === 'object' && value !== null && passed.has(value)) return true;
    if (!item.safeParse(value).success) return false;
    if (typeof value === 'object' && value !== null && Object.isFrozen(value)) passed.add(value);
    return true;
  };
  // A patched table differs from the last one that passed in a page or two. That one is remembered only when it was
  // frozen and so was every item in it, so an item at the same place in it passed then and cannot have changed: it
  // costs one comparison instead of a lookup (1,024 per message; asking each item whether it is frozen cost more).
  let lastPassed: readonly unknown[] | null = null;
  return z.custom<Array<z.output<T>>>((value) => {
    if (!Array.isArray(value) || (length !== undefined && value.length !== length)) return false;
    const before = lastPassed;
    let frozenThrough = Object.isFrozen(value);
    for (let index = 0; index < value.length; index++) {
      const entry: unknown = value[index];
      if (before !== null && index < before.length && before[index] === entry) continue;
      if (!valid(entry)) return false;
      if (typeof entry === 'object' && entry !== null && !Object.isFrozen(entry)) frozenThrough = false;
    }
    if (frozenThrough) lastPassed = value;
    return true;
  });
}

/** The parts of a session every window reads; the host validated the rest when it loaded the session. */
const sessionShapeSchema = z.looseObject({
  meta: z.looseObject({ id: z.string(), title: z.string(), group: z.string(), date: z.string() }),
  // The agenda and the timers change far less often than notes come in: a patched view keeps them as they were.
  agenda: onceValid(
    z
      .array(z.looseObject({ id: z.string(), title: z.string(), prompt: z.string(), script: z.looseObject({ say: z.string(), watchFor: z.string(), shortGroup: z.string(), largeGroup: z.string() }), talkingPoints: z.array(z.string()), plannedMinutes: z.number() }))
      .check(z.minLength(1)),
  ),
  currentActivityId: z.string(),
  timers: onceValid(z.record(z.string(), z.looseObject({ plannedMs: z.number(), adjustMs: z.number(), usedMs: z.number(), startedAt: z.nullable(z.number()) }))),
  timersBeforeReset: z.record(z.string(), z.unknown()),
  // The note table (shared/session/noteTable.ts): its pages are found by a hash of the id, so there must be exactly NOTE_PAGES.
  notes: z.object({
    pages: arrayOfOnceValid(z.record(z.string(), z.looseObject({ id: z.string(), activityId: z.string(), text: z.string(), hidden: z.boolean() })), NOTE_PAGES),
    order: arrayOfOnceValid(z.array(z.string())),
    byActivity: z.record(z.string(), arrayOfOnceValid(z.array(z.string()))),
    count: z.number(),
  }),
  presenter: z.looseObject({ screen: z.enum(['live', 'black', 'white', 'join']), theme: z.string(), frozenActivityId: z.nullable(z.string()), message: z.nullable(z.string()) }),
  settings: z.looseObject({ timerEndSound: z.boolean() }),
});

/** Checks a host status that arrived from outside. */
export function parseHostStatus(raw: unknown): HostStatus | null {
  const parsed = hostStatusSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { projector, history, phones, ...rest } = parsed.data;
  return { ...rest, ...(projector ? { projector } : {}), ...(history ? { history } : {}), ...(phones ? { phones } : {}) };
}

/** Checks an error that arrived from outside, falling back to a generic one. */
export function parseHostError(raw: unknown): HostError {
  const parsed = hostErrorSchema.safeParse(raw);
  if (!parsed.success) return { code: 'internal', message: 'Groundwork could not do that.' };
  const { code, message, backup } = parsed.data;
  return backup ? { code, message, backup } : { code, message };
}

/** Checks a session that arrived in a snapshot: the shape this window relies on, and that the current activity exists. */
export function parseSnapshotSession(raw: unknown): SessionState | null {
  const parsed = sessionShapeSchema.safeParse(raw);
  if (!parsed.success) return null;
  const session = raw as SessionState;
  return session.agenda.some((activity) => activity.id === session.currentActivityId) ? session : null;
}

// An unknown theme dresses the projector in the original dark one rather than losing the view.
const themeSchema = z.catch(z.enum(PRESENTER_THEMES), 'dark');
const roomViewSchema = z.discriminatedUnion('screen', [
  z.object({ screen: z.enum(['black', 'white']), theme: themeSchema }),
  z.object({ screen: z.literal('title'), theme: themeSchema, title: z.string(), group: z.string(), date: z.string(), message: z.nullable(z.string()), closing: z.boolean(), source: z.string() }),
  z.object({ screen: z.literal('live'), theme: themeSchema, message: z.nullable(z.string()), frozen: z.boolean(), stage: z.unknown() }),
  z.object({ screen: z.literal('join'), theme: themeSchema, title: z.string(), address: z.string().check(z.regex(/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/)), code: z.string().check(z.regex(/^[A-Z0-9]{4}$/)) }),
]);
const roomSnapshotSchema = z.object({ rev: z.int(), view: z.unknown(), hostNow: z.number() });

/** Checks a room view that arrived from the host (`null`: no session); `undefined` when it is not one. */
export function parseRoomView(raw: unknown): RoomView | null | undefined {
  if (raw === null) return null;
  const parsed = roomViewSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  if (parsed.data.screen !== 'live') return parsed.data;
  const stage = parseSnapshotSession(parsed.data.stage);
  return stage ? { ...parsed.data, stage } : undefined;
}

/**
 * Checks what `session.snapshot` answered a projector link; null when it is not a room snapshot. The answer is frozen
 * first, as the presenter keeps it, so the check remembers the pages it passed (see parseRoomMessage).
 */
export function parseRoomSnapshot(raw: unknown): RoomSnapshot | null {
  if (!frozen(raw)) return null;
  const parsed = roomSnapshotSchema.safeParse(raw);
  if (!parsed.success) return null;
  const view = parseRoomView(parsed.data.view);
  return view === undefined ? null : { rev: parsed.data.rev, view, hostNow: parsed.data.hostNow };
}

const NO_EVENT_TYPES: ReadonlySet<string> = new Set();

/** Freezes what arrived all through; false when it cannot be (nested too deep to walk), and it is then refused. */
function frozen(raw: unknown): boolean {
  try {
    deepFreeze(raw);
    return true;
  } catch {
    return false;
  }
}

/** Checks a message from the host; null for anything this window must not apply. */
export type MessageParser = (raw: unknown) => ServerMessage | null;

/**
 * Makes the check a window runs on anything the host sent before applying it: the envelope with serverMessageSchema,
 * then the parts a window relies on (an event type this window knows, a well-formed session, view and status). Returns
 * null for anything else. The event types come from the page (parseServerMessage.ts for the control window), so this
 * module does not load the session reducer into the presenter page.
 */
export function serverMessageParser(eventTypes: ReadonlySet<string>): MessageParser {
  return (raw) => checkServerMessage(raw, eventTypes);
}

/**
 * The presenter window's check: a projector link is sent views, never session events (electron/host/roleViews.ts).
 * What arrives is frozen before it is checked (the presenter keeps every view frozen anyway): the check remembers only
 * frozen parts as passed, so a whole view's pages are checked once, not again by the first patch after it (checked
 * unfrozen, the first note after each Next had every page of the new activity checked again).
 */
export const parseRoomMessage: MessageParser = (raw) => (frozen(raw) ? checkServerMessage(raw, NO_EVENT_TYPES) : null);

function checkServerMessage(raw: unknown, eventTypes: ReadonlySet<string>): ServerMessage | null {
  const envelope = serverMessageSchema.safeParse(raw);
  if (!envelope.success) return null;
  const message = envelope.data;
  switch (message.kind) {
    case 'snapshot': {
      const status = parseHostStatus(message.snapshot.status);
      if (!status) return null;
      const session = message.snapshot.session === null ? null : parseSnapshotSession(message.snapshot.session);
      if (message.snapshot.session !== null && session === null) return null;
      return { kind: 'snapshot', snapshot: { rev: message.snapshot.rev, hostNow: message.snapshot.hostNow, status, session } };
    }
    case 'event':
      if (!eventTypes.has(message.event.type)) return null;
      return { kind: 'event', rev: message.rev, event: message.event as SessionEvent };
    case 'status': {
      // The envelope schema strips keys it does not list (such as save.at), so read the status from the raw message.
      const status = parseHostStatus((raw as { status: unknown }).status);
      return status ? { kind: 'status', status } : null;
    }
    case 'command':
      return { kind: 'command', id: message.id };
    case 'view': {
      const view = parseRoomView((raw as { view: unknown }).view);
      return view === undefined ? null : { kind: 'view', rev: message.rev, view, hostNow: message.hostNow };
    }
    case 'viewPatch':
      // Checked for shape here; the view it makes is checked like a whole view before it is kept (roomReplicator.ts).
      return { kind: 'viewPatch', rev: message.rev, baseRev: message.baseRev, ops: message.ops.map((op) => (op.op === 'set' ? { op: 'set', path: op.path, value: op.value } : { op: 'remove', path: op.path })), hostNow: message.hostNow };
    case 'reply':
      if (message.ok) return { kind: 'reply', id: message.id, ok: true, result: message.result };
      return { kind: 'reply', id: message.id, ok: false, error: parseHostError(message.error) };
    case 'batch': {
      // Each push in it is checked as if it came alone; a batch holds pushes only (no replies, no batches), and one
      // push this window cannot apply refuses the whole batch, as a lone one would be refused.
      const messages: PushMessage[] = [];
      for (const inner of message.messages) {
        const kind = typeof inner === 'object' && inner !== null ? (inner as { kind?: unknown }).kind : undefined;
        if (kind === 'batch' || kind === 'reply') return null;
        const checked = checkServerMessage(inner, eventTypes);
        if (checked === null || checked.kind === 'batch' || checked.kind === 'reply') return null;
        messages.push(checked);
      }
      return { kind: 'batch', messages };
    }
    default:
      return assertNever(message, 'server message');
  }
}
