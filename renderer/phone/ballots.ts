import type { KeyValueStore } from './pageStorage';

/*
 * The dots the host last took from this phone, per vote, kept in storage: a reload shows them again, and a closed vote
 * shows what counted even when a later change never reached the host.
 */

/** Votes whose ballots are kept per room: the oldest goes first. */
export const MAX_BALLOTS_KEPT = 30;

function ballotsKey(code: string): string {
  return 'groundwork.phone.ballots.' + code;
}

function readBallots(store: KeyValueStore, code: string): Array<[string, string[]]> {
  const raw = store.get(ballotsKey(code));
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is [string, string[]] => Array.isArray(entry) && typeof entry[0] === 'string' && Array.isArray(entry[1]) && entry[1].every((id: unknown) => typeof id === 'string'),
    );
  } catch {
    return [];
  }
}

/** The option ids of the ballot the host took in this vote (null when it took none, or this phone withdrew it). */
export function loadSentBallot(store: KeyValueStore, code: string, activityId: string): string[] | null {
  for (const [id, optionIds] of readBallots(store, code)) if (id === activityId) return optionIds;
  return null;
}

/** Keeps the ballot the host took in a vote (an empty one forgets it: the vote was withdrawn). */
export function saveSentBallot(store: KeyValueStore, code: string, activityId: string, optionIds: readonly string[]): void {
  const others = readBallots(store, code).filter((entry) => entry[0] !== activityId);
  const ballots = optionIds.length === 0 ? others : others.concat([[activityId, optionIds.slice()]]);
  const kept = ballots.slice(Math.max(0, ballots.length - MAX_BALLOTS_KEPT));
  if (kept.length === 0) store.remove(ballotsKey(code));
  else store.set(ballotsKey(code), JSON.stringify(kept));
}
