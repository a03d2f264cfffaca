import { createSession } from '../../../shared/workshop/createSession';
import type { SessionState } from '../../../shared/session/types';
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
