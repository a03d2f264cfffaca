import { createSession } from '../../../shared/workshop/createSession';
import type { SessionState } from '../../../shared/session/types';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import { everyKindWorkshop } from '../../support/everyKindWorkshop';

/** A fresh session from the every-kind test workshop at a fixed time, past its title screen (on its first activity). */
export function newSession(now = 1_000_000): SessionState {
  const session = createSession(everyKindWorkshop, { group: 'Ops leads', date: '2026-11-28', sessionId: 'session-1', now });
  const presenter = { ...session.presenter };
  delete presenter.titleScreen;
  return { ...session, presenter };
}

/** A session just started: the room sees its title screen. */
export function startedSession(now = 1_000_000): SessionState {
  return createSession(everyKindWorkshop, { group: 'Ops leads', date: '2026-11-28', sessionId: 'session-1', now });
}

let commandIds = 0;

/** Runs commands as the host would (a fixed clock that moves a millisecond per note, ids n1, n2, …); throws on a refusal. */
export function runCommands(state: SessionState, ...commands: Command[]): SessionState {
  let next = state;
  for (const command of commands) {
    const outcome = commandToEvent(next, commandSchema.parse(command), { now: 2000 + commandIds, newId: () => `n${++commandIds}` });
    if (!outcome.ok) throw new Error(outcome.error);
    const after = outcome.event ? sessionReducer(next, outcome.event) : next;
    if (!after) throw new Error('session closed');
    next = after;
  }
  return next;
}
