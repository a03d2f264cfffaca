import type { KeyValueStore } from './pageStorage';
import type { ItemMessage } from './protocol';
import { isPoints } from './ratings';
import type { Points } from './ratings';

/*
 * The outbox: every note the participant sent, kept in storage until the host says it has it, and the last ones it
 * has, to list. A note is resent after every reconnect until `got` arrives; the host adds an item once however often
 * it is sent, so resending is how a note lands exactly once. A ballot (the phone's dots in a vote) travels the same
 * way, but only the latest per vote is kept: the host replaces a phone's ballot with each one it takes; so does a rating
 (the phone's points in a scale), the latest per scale. Pure functions
 * over a list, with the store injected; each change reads storage first, so two tabs of one phone add to the same
 * outbox instead of overwriting each other.
 */

/** Where a note is: on its way (or waiting for the socket), in the session, or refused with the host's sentence. */
export type OutboxState = 'sending' | 'sent' | 'refused';

/**
 * What the participant sends: the fields of the note message, of the ballot message when `optionIds` is there, or of
 * the rating message when `points` is.
 */
export interface NewNote {
  id: string;
  activityId: string;
  /** The note's text ('' for a ballot or a rating). */
  text: string;
  columnId?: string;
  name?: string;
  /** A commitment's "by when" (only when one was given). */
  byWhen?: string;
  /** A ballot: the options its dots are on (an option twice for two dots; none withdraws the vote). */
  optionIds?: string[];
  /** A rating: the point given each statement rated (none withdraws the answers). */
  points?: Points;
  /** The activity's title when written, to label a note still unsent after the room has moved on. */
  activityTitle: string;
}

/** One note in the outbox. */
export interface OutboxItem extends NewNote {
  state: OutboxState;
  /** The host's sentence, when refused. */
  message?: string;
}

/** Sent notes kept in storage (the newest); unsent ones are always kept. */
export const MAX_SENT_KEPT = 50;

/** The storage key of one room's outbox (the code names the room, so another session's notes never mix in). */
export function outboxKey(code: string): string {
  return 'groundwork.phone.outbox.' + code;
}

function isItem(value: unknown): value is OutboxItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.id === 'string' &&
    typeof item.activityId === 'string' &&
    typeof item.text === 'string' &&
    typeof item.activityTitle === 'string' &&
    (item.state === 'sending' || item.state === 'sent' || item.state === 'refused') &&
    (item.columnId === undefined || typeof item.columnId === 'string') &&
    (item.name === undefined || typeof item.name === 'string') &&
    (item.byWhen === undefined || typeof item.byWhen === 'string') &&
    (item.optionIds === undefined || (Array.isArray(item.optionIds) && item.optionIds.every((optionId) => typeof optionId === 'string'))) &&
    (item.points === undefined || isPoints(item.points)) &&
    (item.message === undefined || typeof item.message === 'string')
  );
}

/** The room's outbox from storage, in the order written; anything unreadable is skipped rather than breaking the page. */
export function loadOutbox(store: KeyValueStore, code: string): OutboxItem[] {
  const raw = store.get(outboxKey(code));
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isItem) : [];
  } catch {
    return [];
  }
}

/** Writes the room's outbox (an empty one leaves nothing behind). */
export function saveOutbox(store: KeyValueStore, code: string, items: readonly OutboxItem[]): void {
  if (items.length === 0) store.remove(outboxKey(code));
  else store.set(outboxKey(code), JSON.stringify(items));
}

/** Whether an item is a ballot rather than a note. */
export function isBallot(item: NewNote): boolean {
  return item.optionIds !== undefined;
}

/** Whether an item is a rating (a scale's points) rather than a note. */
export function isRating(item: NewNote): boolean {
  return item.points !== undefined;
}

/** Whether an item is this phone's one answer in an activity (a ballot or a rating), replaced by each newer one. */
export function isAnswer(item: NewNote): boolean {
  return isBallot(item) || isRating(item);
}

/** Adds a note, on its way; a note already there (same id) is left as it is. */
export function addToOutbox(items: readonly OutboxItem[], note: NewNote): OutboxItem[] {
  if (items.some((item) => item.id === note.id)) return [...items];
  return items.concat([{ ...note, state: 'sending' }]);
}

/** Adds a ballot, on its way, in place of any earlier one for the same vote (waiting, sent or refused). */
export function addBallot(items: readonly OutboxItem[], ballot: NewNote & { optionIds: string[] }): OutboxItem[] {
  return addToOutbox(
    items.filter((item) => !(isBallot(item) && item.activityId === ballot.activityId)),
    ballot,
  );
}

/** The phone's latest ballot in a vote, whatever its state; undefined when it sent none. */
export function latestBallot(items: readonly OutboxItem[], activityId: string): OutboxItem | undefined {
  return items.filter((item) => isBallot(item) && item.activityId === activityId).pop();
}

/** Adds a rating, on its way, in place of any earlier one for the same scale (waiting, sent or refused). */
export function addRating(items: readonly OutboxItem[], rating: NewNote & { points: Points }): OutboxItem[] {
  return addToOutbox(
    items.filter((item) => !(isRating(item) && item.activityId === rating.activityId)),
    rating,
  );
}

/** The phone's latest rating in a scale, whatever its state; undefined when it sent none. */
export function latestRating(items: readonly OutboxItem[], activityId: string): OutboxItem | undefined {
  return items.filter((item) => isRating(item) && item.activityId === activityId).pop();
}

function replaceItem(items: readonly OutboxItem[], id: string, change: (item: OutboxItem) => OutboxItem | null): OutboxItem[] {
  const next: OutboxItem[] = [];
  for (const item of items) {
    if (item.id !== id) {
      next.push(item);
      continue;
    }
    const changed = change(item);
    if (changed) next.push(changed);
  }
  return next;
}

function withoutMessage(item: OutboxItem, state: OutboxState): OutboxItem {
  const next: OutboxItem = { ...item, state };
  delete next.message;
  return next;
}

/**
 * The host has the note: it is sent. Only the newest MAX_SENT_KEPT sent notes are kept (and every vote's latest
 * ballot, every scale's latest rating).
 */
export function markGot(items: readonly OutboxItem[], id: string): OutboxItem[] {
  return keepNewestSent(replaceItem(items, id, (item) => withoutMessage(item, 'sent')));
}

/** The host refused the note, with why: it stays (text and all) until the participant tries again or removes it. */
export function markRefused(items: readonly OutboxItem[], id: string, message: string): OutboxItem[] {
  // A note the host already has stays sent: a late refusal (another tab's resend, say) does not undo it.
  return replaceItem(items, id, (item) => (item.state === 'sent' ? item : { ...item, state: 'refused', message }));
}

/**
 * The participant tries a refused note again: it is on its way once more. A named note goes with `name` when given
 * (the name the phone gives now): a note refused because its name was someone else's goes with the new one.
 */
export function markRetry(items: readonly OutboxItem[], id: string, name?: string): OutboxItem[] {
  return replaceItem(items, id, (item) => {
    if (item.state !== 'refused') return item;
    const next = withoutMessage(item, 'sending');
    if (next.name !== undefined && name !== undefined && name !== '') next.name = name;
    return next;
  });
}

/** Takes a note out of the outbox (the participant's "Remove"). */
export function removeFromOutbox(items: readonly OutboxItem[], id: string): OutboxItem[] {
  return replaceItem(items, id, () => null);
}

function keepNewestSent(items: OutboxItem[]): OutboxItem[] {
  // Ballots and ratings are one per activity: they stay, so its form shows what this phone answered.
  const sentNote = (item: OutboxItem): boolean => item.state === 'sent' && !isAnswer(item);
  let sent = items.filter(sentNote).length;
  if (sent <= MAX_SENT_KEPT) return items;
  return items.filter((item) => {
    if (!sentNote(item) || sent <= MAX_SENT_KEPT) return true;
    sent -= 1;
    return false;
  });
}

/** Notes to send, in the order written (the order they land in the session). */
export function itemsToSend(items: readonly OutboxItem[]): OutboxItem[] {
  return items.filter((item) => item.state === 'sending');
}

/**
 * What the "Your notes" list shows, newest first: every note of the activity on screen, and unsent notes, ballots and
 * ratings of others (one written before the room moved on is still the participant's to send or remove). Sent ones of
 * other activities stay in storage, out of sight; the ballot or rating of the activity on screen is shown by its form.
 */
export function itemsToShow(items: readonly OutboxItem[], activityId: string | null): OutboxItem[] {
  return items.filter((item) => (item.activityId === activityId ? !isAnswer(item) : item.state !== 'sent')).reverse();
}

/** The message for an item, a note, a ballot or a rating: only the fields it has. */
export function messageOf(item: OutboxItem): ItemMessage {
  if (item.optionIds !== undefined) return { t: 'ballot', id: item.id, activityId: item.activityId, optionIds: [...item.optionIds] };
  if (item.points !== undefined) return { t: 'rating', id: item.id, activityId: item.activityId, points: item.points };
  const message: ItemMessage = { t: 'note', id: item.id, activityId: item.activityId, text: item.text };
  if (item.columnId !== undefined) message.columnId = item.columnId;
  if (item.name !== undefined) message.name = item.name;
  if (item.byWhen !== undefined) message.byWhen = item.byWhen;
  return message;
}
