import { managementAndLeadershipWorkshop } from '../../../shared/workshop/managementAndLeadership';
import { createSession } from '../../../shared/workshop/createSession';
import type { SessionState } from '../../../shared/session/types';

/** A fresh session from the built-in workshop at a fixed time. */
export function newSession(now = 1_000_000): SessionState {
  return createSession(managementAndLeadershipWorkshop, { group: 'Ops leads', date: '2026-11-28', sessionId: 'session-1', now });
}
