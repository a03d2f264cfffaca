import type { BallotInfo } from './ballotForm';
import { loadSentBallot, saveSentBallot } from './ballots';
import { loadByWhenDraft, loadDraft, saveByWhenDraft, saveDraft } from './drafts';
import { newItemId, NAME_KEY, phoneToken, saveName, savedName } from './identity';
import type { RandomBytes } from './identity';
import type { NoteDraft, SendProblem } from './noteForm';
import {
  addBallot,
  addRating,
  addToOutbox,
  itemsToSend,
  itemsToShow,
  latestBallot,
  latestRating,
  loadOutbox,
  markGot,
  markRefused,
  markRetry,
  messageOf,
  outboxKey,
  removeFromOutbox,
  saveOutbox,
} from './outbox';
import type { NewNote, OutboxItem } from './outbox';
import { createPacer } from './pacer';
import type { SendOutcome } from './pacer';
import type { KeyValueStore } from './pageStorage';
import { createPhoneLink } from './phoneSocket';
import type { LinkStatus, SocketLike } from './phoneSocket';
import { createPhoneScreen } from './phoneScreen';
import { MAX_BY_WHEN_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS, PROTOCOL_VERSION, SLOW_DOWN_PREFIX } from './protocol';
import type { PhoneActivity, PhoneView, ServerMessage } from './protocol';
import type { RatingInfo } from './ratingForm';
import { loadSentRating, pointOf, saveSentRating } from './ratings';
import type { Points } from './ratings';
import { loadReflection, saveReflection } from './reflections';
import { CODE_KEY, codeFromFragment, isRoomCode, normaliseRoomCode, savedRoomCode } from './roomCode';
import type { Timers } from './timers';

/** Pause before a note the host found too fast goes again. */
export const SLOW_DOWN_RETRY_MS = 1000;
/** Hidden longer than this, the page replaces its socket when shown again: a phone's socket rarely survives a long sleep. */
export const LONG_SLEEP_MS = 30000;

/** Sentence for a typed code that cannot be a room's. */
export const NOT_A_CODE_TEXT = 'A room code is 4 letters and digits, as shown on the projector.';

/** Everything the page uses from the browser, injectable for tests. */
export interface PhoneAppEnv {
  /** The `<main>` the page draws into. */
  root: HTMLElement;
  /** The page's address; its fragment may hold the room's code (the QR code's address). */
  location: Pick<Location, 'protocol' | 'host' | 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  store: KeyValueStore;
  createSocket(url: string): SocketLike;
  randomBytes: RandomBytes;
  timers: Timers;
  /** Where `online`, `pageshow`, `storage` and `hashchange` arrive. */
  window: Pick<Window, 'addEventListener'>;
  /** Where `visibilitychange` arrives. */
  document: Pick<Document, 'addEventListener' | 'visibilityState'>;
  reload(): void;
}

/** The running page (stoppable, for tests). */
export interface PhoneApp {
  stop(): void;
}

/**
 * The phone page: the room's code, the socket, the outbox and the screen, tied together. Every note goes into the
 * outbox first and leaves it only when the host has it or the participant removes it.
 */
export function startPhoneApp(env: PhoneAppEnv): PhoneApp {
  const { store, timers } = env;
  const token = phoneToken(store, env.randomBytes);
  let code: string | null = null;
  let joinError: string | null = null;
  let view: PhoneView | null = null;
  let status: LinkStatus = 'connecting';
  let items: OutboxItem[] = [];
  let name = savedName(store);
  let hiddenAt: number | null = null;

  const ballotOf = (activity: PhoneActivity | null): BallotInfo => {
    if (code === null || !activity) return { latest: null, sent: null };
    return { latest: latestBallot(items, activity.id) || null, sent: loadSentBallot(store, code, activity.id) };
  };

  const ratingOf = (activity: PhoneActivity | null): RatingInfo => {
    if (code === null || !activity) return { latest: null, sent: null };
    return { latest: latestRating(items, activity.id) || null, sent: loadSentRating(store, code, activity.id) };
  };

  const render = (): void => {
    const activity = view ? view.activity : null;
    const shown = itemsToShow(items, activity ? activity.id : null);
    screen.render({ stage: code === null ? 'join' : 'room', status, joinError, view, items: shown, ballot: ballotOf(activity), rating: ratingOf(activity), name });
  };

  // Every change reads storage first: another tab of this phone may have added or settled notes since.
  const update = (change: (current: OutboxItem[]) => OutboxItem[]): void => {
    if (code === null) return;
    items = change(loadOutbox(store, code));
    saveOutbox(store, code, items);
    render();
  };

  const sendOne = (id: string): SendOutcome => {
    const item = items.filter((candidate) => candidate.id === id && candidate.state === 'sending')[0];
    if (!item) return 'skip';
    return link.send(messageOf(item)) ? 'sent' : 'offline';
  };
  const pacer = createPacer(sendOne, timers);

  const received = (message: ServerMessage): void => {
    switch (message.t) {
      case 'view':
        view = message.view;
        render();
        return;
      case 'got': {
        const id = message.id;
        update((current) => {
          // The host has this ballot (or rating) now: it is what counts for this phone, and what its form shows after a reload.
          const answer = current.filter((item) => item.id === id)[0];
          if (answer && answer.optionIds && code !== null) saveSentBallot(store, code, answer.activityId, answer.optionIds);
          if (answer && answer.points && code !== null) saveSentRating(store, code, answer.activityId, answer.points);
          return markGot(current, id);
        });
        return;
      }
      case 'refused': {
        const id = message.id;
        // A refusal naming no note (a message the host could not read) has nothing on this phone to mark.
        if (id === null) return;
        if (message.message.indexOf(SLOW_DOWN_PREFIX) === 0) pacer.pushLater(id, SLOW_DOWN_RETRY_MS);
        else update((current) => markRefused(current, id, message.message));
        return;
      }
    }
  };

  const link = createPhoneLink({
    url: (env.location.protocol === 'https:' ? 'wss://' : 'ws://') + env.location.host + '/phone',
    createSocket: (url) => env.createSocket(url),
    timers,
    hello: () => ({ t: 'hello', v: PROTOCOL_VERSION, code: code || '', token }),
    // After every (re)connect, every unsent note goes again, in the order written: the host keeps each once.
    opened() {
      if (code !== null) items = loadOutbox(store, code);
      pacer.replace(itemsToSend(items).map((item) => item.id));
    },
    message: received,
    status(next) {
      status = next;
      if (next === 'wrongCode') leaveRoom();
      render();
    },
  });

  const enterRoom = (next: string): void => {
    code = next;
    store.set(CODE_KEY, next);
    joinError = null;
    view = null;
    items = loadOutbox(store, next);
    pacer.clear();
    link.start();
    render();
  };

  function leaveRoom(): void {
    code = null;
    store.remove(CODE_KEY);
    view = null;
    items = [];
    pacer.clear();
  }

  const send = (draft: NoteDraft): SendProblem | null => {
    const activity = view ? view.activity : null;
    if (code === null || !activity || activity.id !== draft.activityId || activity.answer !== 'notes') {
      return { field: 'note', message: 'This activity is not taking notes now.' };
    }
    const text = draft.text.trim();
    if (text === '') return { field: 'note', message: 'Write something first.' };
    if (text.length > MAX_NOTE_CHARS) return { field: 'note', message: 'Keep it to ' + MAX_NOTE_CHARS + ' characters.' };
    const note: NewNote = { id: newItemId(env.randomBytes), activityId: activity.id, text, activityTitle: activity.title };
    const columns = activity.columns;
    if (columns.length > 0) {
      const first = columns[0] as { id: string };
      note.columnId = columns.some((column) => column.id === draft.columnId) ? draft.columnId : first.id;
    }
    if (activity.named) {
      const given = (draft.name || '').trim();
      if (given === '') return { field: 'name', message: 'Give your name first: this activity shows who wrote what.' };
      if (given.length > MAX_NAME_CHARS) return { field: 'name', message: 'Keep your name to ' + MAX_NAME_CHARS + ' characters.' };
      note.name = given;
    }
    // A commitment's "by when" is optional: an empty one is left out of the message, not sent as ''.
    const byWhen = activity.kind === 'commitments' ? (draft.byWhen || '').trim() : '';
    if (byWhen.length > MAX_BY_WHEN_CHARS) return { field: 'byWhen', message: 'Keep "by when" to ' + MAX_BY_WHEN_CHARS + ' characters.' };
    if (byWhen !== '') note.byWhen = byWhen;
    update((current) => addToOutbox(current, note));
    saveDraft(store, code, activity.id, '');
    saveByWhenDraft(store, code, activity.id, '');
    pacer.push(note.id);
    return null;
  };

  const sendBallot = (activityId: string, optionIds: string[]): string | null => {
    const activity = view ? view.activity : null;
    if (code === null || !activity || activity.id !== activityId || activity.answer !== 'ballot') return 'This vote is not open now.';
    if (optionIds.length > activity.dots) return 'Place at most ' + activity.dots + (activity.dots === 1 ? ' dot.' : ' dots.');
    const before = ballotOf(activity);
    if (optionIds.length === 0 && !before.latest && !before.sent) return 'Put a dot on an option first.';
    const id = newItemId(env.randomBytes);
    update((current) => addBallot(current, { id, activityId, text: '', optionIds, activityTitle: activity.title }));
    pacer.push(id);
    return null;
  };

  const sendRating = (activityId: string, points: Points): string | null => {
    const activity = view ? view.activity : null;
    const scale = activity ? activity.scale : null;
    if (code === null || !activity || !scale || activity.id !== activityId || activity.answer !== 'rating') return 'This activity is not taking answers now.';
    for (const statementId of Object.keys(points)) {
      if (!activity.statements.some((statement) => statement.id === statementId)) return 'That statement is no longer in “' + activity.title + '”.';
      const point = pointOf(points, statementId) as number;
      if (!Number.isInteger(point) || point < scale.min || point > scale.max) return 'Pick a point from ' + scale.min + ' to ' + scale.max + '.';
    }
    const before = ratingOf(activity);
    if (Object.keys(points).length === 0 && !before.latest && !before.sent) return 'Pick a point for a statement first.';
    const id = newItemId(env.randomBytes);
    update((current) => addRating(current, { id, activityId, text: '', points, activityTitle: activity.title }));
    pacer.push(id);
    return null;
  };

  const screen = createPhoneScreen(env.root, {
    join(typed) {
      const next = normaliseRoomCode(typed);
      if (isRoomCode(next)) return enterRoom(next);
      joinError = NOT_A_CODE_TEXT;
      render();
    },
    send,
    sendBallot,
    sendRating,
    retry(id) {
      update((current) => markRetry(current, id, name.trim()));
      pacer.push(id);
    },
    remove: (id) => update((current) => removeFromOutbox(current, id)),
    draftOf: (activityId) => (code === null ? '' : loadDraft(store, code, activityId)),
    draftChanged(activityId, text) {
      if (code !== null) saveDraft(store, code, activityId, text);
    },
    byWhenOf: (activityId) => (code === null ? '' : loadByWhenDraft(store, code, activityId)),
    byWhenChanged(activityId, text) {
      if (code !== null) saveByWhenDraft(store, code, activityId, text);
    },
    reflectionOf: (activityId) => (code === null ? '' : loadReflection(store, code, activityId)),
    reflectionChanged(activityId, text) {
      if (code !== null) saveReflection(store, code, activityId, text);
    },
    nameChanged(typed) {
      name = typed;
      saveName(store, typed);
    },
    reload: () => env.reload(),
  });

  // The code in the address wins (the participant just scanned it); it leaves the address bar so a screenshot does not share it.
  const takeCodeFromAddress = (): boolean => {
    const fromAddress = codeFromFragment(env.location.hash);
    if (fromAddress === null) return false;
    try {
      env.history.replaceState(null, '', env.location.pathname + env.location.search);
    } catch {
      // The code stays in the address bar; the page works the same.
    }
    if (isRoomCode(fromAddress)) {
      if (fromAddress !== code) enterRoom(fromAddress);
    } else {
      link.stop();
      leaveRoom();
      joinError = NOT_A_CODE_TEXT;
      render();
    }
    return true;
  };

  if (!takeCodeFromAddress()) {
    const saved = savedRoomCode(store);
    if (saved !== null) enterRoom(saved);
    else render();
  }

  env.document.addEventListener('visibilitychange', () => {
    if (env.document.visibilityState === 'hidden') {
      hiddenAt = timers.now();
      return;
    }
    const slept = hiddenAt !== null && timers.now() - hiddenAt > LONG_SLEEP_MS;
    hiddenAt = null;
    link.wake(slept);
  });
  env.window.addEventListener('online', () => link.wake(true));
  env.window.addEventListener('pageshow', (event) => {
    // Back from the back-forward cache: the socket was closed on the way in.
    if (event.persisted) link.wake(true);
  });
  env.window.addEventListener('hashchange', () => {
    takeCodeFromAddress();
  });
  env.window.addEventListener('storage', (event) => {
    const key = event.key;
    if (code !== null && key === outboxKey(code)) {
      items = loadOutbox(store, code);
      render();
    } else if (key === NAME_KEY) {
      name = savedName(store);
    }
  });

  return {
    stop() {
      link.stop();
      pacer.clear();
    },
  };
}
