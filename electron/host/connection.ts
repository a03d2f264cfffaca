import { MAX_BATCH_MESSAGES } from '../../shared/protocol/messages';
import type { HostError, PushDelivery } from '../../shared/protocol/messages';
import type { Role } from '../../shared/protocol/roles';
import { mayCall, mayDispatch } from '../../shared/protocol/roles';
import { isVerbName, verbArgs } from '../../shared/protocol/verbs';
import type { CallOutcome, HostConnection } from './hostTypes';
import { describeInvalidRequest, toHostError } from './hostFailure';
import type { VerbCaller, VerbHandlers } from './verbs/verbTypes';
import { createRoleView } from './roleViews';
import { immediatePacing } from './pushPacing';
import type { PushPacing } from './pushPacing';
import type { SessionStore } from './sessionStore';

/** What a connection needs from the host. */
export interface ConnectionDeps {
  store: SessionStore;
  handlers: VerbHandlers;
  /** Whether the host still takes calls (false once it is closing). */
  isOpen: () => boolean;
  /** Which window this is, for verbs that remember something per window. */
  caller: VerbCaller;
  /** Called once when the window disconnects, to forget what it told the host. */
  onDisconnect?: (caller: VerbCaller) => void;
  /** When pushes go out (default: each as it is made); a window's transport paces them to its frames (pushPacing.ts). */
  pacing?: PushPacing;
}

/** Most calls one window may have waiting; more at once is a runaway page or a hostile link, not a facilitator. */
export const MAX_QUEUED_CALLS = 200;

/** Waits for the next turn of the event loop, so other windows' messages are read between two calls of this one. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * One window's connection: checks the verb exists, the window's role may use
 * it, and the arguments are valid, then runs it. Calls from one window run in
 * the order sent (a note sent right after "create" lands in the new session),
 * each in its own turn of the event loop, so a window that floods the host
 * takes turns with the others instead of going first, and at most
 * MAX_QUEUED_CALLS of its calls wait at once (more are refused with a sentence).
 * Never throws; every failure is a HostError, and a refused call changes nothing.
 */
export function createConnection(role: Role, push: (delivery: PushDelivery) => void, deps: ConnectionDeps): HostConnection {
  // Each role receives only its view: the projector link never sees the session itself (roleViews.ts).
  const view = createRoleView(role, deps.store);
  const sendWaiting = (): void => {
    const messages = view.drain();
    if (messages.length === 1 && messages[0]) push(messages[0]);
    // A window refuses a batch longer than the limit; more than that in one frame goes as several.
    else for (let start = 0; start < messages.length; start += MAX_BATCH_MESSAGES) push({ kind: 'batch', messages: messages.slice(start, start + MAX_BATCH_MESSAGES) });
  };
  const pacer = (deps.pacing ?? immediatePacing)(sendWaiting);
  let unsubscribe: (() => void) | null = deps.store.subscribe((message) => {
    if (view.take(message)) pacer.wake();
  });
  let previous: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  const fail = (code: HostError['code'], message: string): CallOutcome => ({ ok: false, error: { code, message } });

  const run = async (verb: string, args: unknown): Promise<CallOutcome> => {
    if (!deps.isOpen()) return fail('internal', 'Groundwork is shutting down; this request was not run.');
    if (unsubscribe === null) return fail('internal', 'This window is no longer connected; this request was not run.');
    if (!isVerbName(verb)) return fail('invalid', `Groundwork does not know the request "${String(verb).slice(0, 64)}".`);
    if (!mayCall(role, verb)) return fail('forbidden', `The ${role} window is not allowed to do that ("${verb}").`);
    const parsed = verbArgs[verb].safeParse(args ?? {});
    if (!parsed.success) return fail('invalid', describeInvalidRequest(verb, parsed.error));
    if (verb === 'session.dispatch') {
      const command = parsed.data as { type: Parameters<typeof mayDispatch>[1] };
      if (!mayDispatch(role, command.type)) return fail('forbidden', `The ${role} window is not allowed to change the session ("${command.type}").`);
    }
    const handler = deps.handlers[verb] as (validArgs: unknown, caller: VerbCaller) => Promise<unknown>;
    return { ok: true, result: view.result(verb, await handler(parsed.data, deps.caller)) };
  };

  return {
    role,
    call(verb, args) {
      if (waiting >= MAX_QUEUED_CALLS) {
        return Promise.resolve(fail('busy', `This window sent more than ${MAX_QUEUED_CALLS} requests at once, so this one was not run. Wait for the others to finish, then try again.`));
      }
      waiting += 1;
      const outcome = previous
        .then(nextTurn)
        .then(() => run(verb, args))
        .catch((error: unknown): CallOutcome => ({ ok: false, error: toHostError(error) }))
        .finally(() => {
          waiting -= 1;
          // The reply goes out after this resolves: what the call changed goes first, so the window has it when the reply comes.
          if (unsubscribe !== null) pacer.flushNow();
        });
      previous = outcome;
      return outcome;
    },
    catchUp: () => view.catchUp(),
    disconnect() {
      if (unsubscribe === null) return;
      unsubscribe();
      unsubscribe = null;
      pacer.dispose();
      deps.onDisconnect?.(deps.caller);
    },
  };
}
