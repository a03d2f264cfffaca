// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOutbox, outboxKey } from '../../../../renderer/phone/outbox';
import { memoryStore } from '../../../../renderer/phone/pageStorage';
import { LONG_SLEEP_MS, NOT_A_CODE_TEXT, SLOW_DOWN_RETRY_MS } from '../../../../renderer/phone/phoneApp';
import { CODE_KEY } from '../../../../renderer/phone/roomCode';
import { TOKEN_KEY } from '../../../../renderer/phone/identity';
import { phoneMessageSchema } from '../../../../shared/phones/phoneProtocol';
import type { PhoneActivity } from '../../../../shared/phones/phoneView';
import { start, stopAll, viewOf } from './phonePage';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stopAll();
  vi.useRealTimers();
});

describe('joining', () => {
  it('takes the code from the address, removes it from the address bar, keeps it, and says hello with it first', () => {
    const page = start();
    expect(page.replaceState).toHaveBeenCalledWith(null, '', '/');
    expect(page.store.get(CODE_KEY)).toBe('K7PX');
    expect(page.maker.last().url).toBe('ws://192.168.1.23:8765/phone');
    page.maker.last().open();
    const hello = page.maker.last().sent[0];
    expect(hello).toEqual({ t: 'hello', v: 1, code: 'K7PX', token: page.store.get(TOKEN_KEY) });
    expect(phoneMessageSchema.safeParse(hello).success).toBe(true);
    expect(page.byTestId('phone-status')?.textContent).toBe('Connecting…');
    page.maker.last().receive({ t: 'view', view: viewOf() });
    expect(page.byTestId('phone-status')?.textContent).toBe('Connected');
    expect(page.byTestId('phone-title')?.textContent).toBe('Team retro');
  });

  it('rejoins with the kept code and token after a reload', () => {
    const first = start();
    first.maker.last().open();
    const page = start({ hash: '', store: first.store });
    expect(page.replaceState).not.toHaveBeenCalled();
    page.maker.last().open();
    expect(page.maker.last().sent[0]).toEqual(first.maker.sockets[0]?.sent[0]);
  });

  it('asks for the code when there is none, and joins with what is typed, upper-cased', () => {
    const page = start({ hash: '' });
    expect(page.maker.sockets).toHaveLength(0);
    const input = page.byTestId<HTMLInputElement>('phone-code-input')!;
    input.value = 'ab';
    page.byTestId<HTMLButtonElement>('phone-join')!.click();
    expect(page.root.textContent).toContain(NOT_A_CODE_TEXT);
    expect(page.maker.sockets).toHaveLength(0);
    input.value = 'k7px';
    page.byTestId<HTMLButtonElement>('phone-join')!.click();
    expect(page.store.get(CODE_KEY)).toBe('K7PX');
    page.maker.last().open();
    expect(page.maker.last().sent[0]).toMatchObject({ code: 'K7PX' });
    expect(page.byTestId('phone-code-input')?.closest('form')?.hidden).toBe(true);
  });

  it('asks again when the address holds something that is not a code', () => {
    const page = start({ hash: '#HELLO', store: memoryStore() });
    expect(page.maker.sockets).toHaveLength(0);
    expect(page.root.textContent).toContain(NOT_A_CODE_TEXT);
    expect(page.replaceState).toHaveBeenCalled();
  });

  it('asks for the code again when the host says it is not this room\'s, and forgets the kept one', () => {
    const page = start();
    page.maker.last().open();
    page.maker.last().drop(4403);
    expect(page.byTestId('phone-status')?.textContent).toBe("That code is not this room's. Check the projector.");
    expect(page.byTestId('phone-code-input')?.closest('form')?.hidden).toBe(false);
    expect(page.store.get(CODE_KEY)).toBeNull();
    vi.advanceTimersByTime(60000);
    expect(page.maker.sockets).toHaveLength(1);
    page.byTestId<HTMLInputElement>('phone-code-input')!.value = 'AB23';
    page.byTestId<HTMLButtonElement>('phone-join')!.click();
    expect(page.maker.sockets).toHaveLength(2);
    expect(page.byTestId('phone-status')?.textContent).toBe('Connecting…');
  });

  it('joins the room a new address names (another QR code in the same tab)', () => {
    const page = start();
    page.join();
    page.location.hash = '#AB23';
    page.win.dispatchEvent(new Event('hashchange'));
    page.maker.last().open();
    expect(page.maker.last().sent[0]).toMatchObject({ code: 'AB23' });
  });

  it('offers a reload when the page is from another version', () => {
    const page = start();
    page.maker.last().open();
    page.maker.last().drop(4426);
    page.byTestId<HTMLButtonElement>('phone-reload')!.click();
    expect(page.reload).toHaveBeenCalled();
  });
});

describe('sending notes', () => {
  it('puts a note in the outbox, sends it, and marks it sent when the host has it', () => {
    const page = start();
    page.join();
    page.write('  Pairing on hard bugs \n');
    expect(page.byTestId<HTMLTextAreaElement>('phone-note-input')?.value).toBe('');
    const [note] = page.notes();
    expect(note).toMatchObject({ t: 'note', activityId: 'a1', text: 'Pairing on hard bugs' });
    expect(Object.keys(note!).sort()).toEqual(['activityId', 'id', 't', 'text']);
    expect(phoneMessageSchema.safeParse(note).success).toBe(true);
    expect(page.listed()).toEqual([['Pairing on hard bugs', 'sending']]);
    expect(page.root.textContent).toContain('Sending…');
    expect(loadOutbox(page.store, 'K7PX')).toHaveLength(1);
    page.maker.last().receive({ t: 'got', id: note!.id });
    expect(page.listed()).toEqual([['Pairing on hard bugs', 'sent']]);
    expect(page.root.textContent).toContain('Sent ✓');
  });

  it('refuses an empty note on the phone, sending nothing', () => {
    const page = start();
    page.join();
    page.write('   ');
    expect(page.notes()).toEqual([]);
    expect(page.root.textContent).toContain('Write something first.');
  });

  it('keeps notes written offline and sends every unsent one, in order, after the hello of the next socket', () => {
    const page = start();
    page.join();
    page.write('one');
    const first = page.notes()[0]!;
    page.maker.last().receive({ t: 'got', id: first.id });
    page.write('two');
    page.maker.last().drop(1006);
    expect(page.byTestId('phone-status')?.textContent).toBe('Reconnecting…');
    page.write('three');
    page.write('four');
    expect(page.listed()).toEqual([
      ['four', 'sending'],
      ['three', 'sending'],
      ['two', 'sending'],
      ['one', 'sent'],
    ]);
    vi.advanceTimersByTime(500);
    page.join();
    vi.advanceTimersByTime(1000);
    const sent = page.maker.last().sent as Array<{ t: string; text?: string }>;
    expect(sent.map((message) => message.text ?? message.t)).toEqual(['hello', 'two', 'three', 'four']);
  });

  it('sends the unsent notes of the last visit when the page is opened again', () => {
    const first = start();
    first.join();
    first.maker.last().drop(1006);
    first.write('written offline');
    const page = start({ hash: '', store: first.store });
    expect(page.listed()).toEqual([['written offline', 'sending']]);
    page.join();
    expect(page.notes().map((note) => note.text)).toEqual(['written offline']);
  });

  it('sends at most four notes a second', () => {
    const page = start();
    page.join();
    for (let index = 0; index < 8; index += 1) page.write('note ' + index);
    expect(page.notes()).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(page.notes()).toHaveLength(5);
    vi.advanceTimersByTime(1000);
    expect(page.notes().map((note) => note.text)).toEqual(['note 0', 'note 1', 'note 2', 'note 3', 'note 4', 'note 5', 'note 6', 'note 7']);
  });

  it('sends a note again a moment later when the host says it came too fast', () => {
    const page = start();
    page.join();
    page.write('fast');
    const note = page.notes()[0]!;
    page.maker.last().receive({ t: 'refused', id: note.id, message: 'Sending very fast: this one goes again in a moment.' });
    expect(page.listed()).toEqual([['fast', 'sending']]);
    vi.advanceTimersByTime(SLOW_DOWN_RETRY_MS);
    expect(page.notes().map((sent) => sent.id)).toEqual([note.id, note.id]);
  });

  it('keeps a refused note with the host sentence; it goes again only on "Try again", and "Remove" drops it', () => {
    const page = start();
    page.join();
    page.write('late');
    const note = page.notes()[0]!;
    page.maker.last().receive({ t: 'refused', id: note.id, message: '“What went well” is not taking answers from phones now.' });
    expect(page.listed()).toEqual([['late', 'refused']]);
    expect(page.root.textContent).toContain('is not taking answers from phones now.');
    page.maker.last().drop(1006);
    vi.advanceTimersByTime(500);
    page.join();
    expect(page.notes()).toEqual([]);
    page.byTestId<HTMLButtonElement>('phone-retry')!.click();
    expect(page.listed()).toEqual([['late', 'sending']]);
    expect(page.notes().map((sent) => sent.id)).toEqual([note.id]);
    page.maker.last().receive({ t: 'refused', id: note.id, message: 'Still no.' });
    page.byTestId<HTMLButtonElement>('phone-remove')!.click();
    expect(page.listed()).toEqual([]);
    expect(page.store.get(outboxKey('K7PX'))).toBeNull();
  });

  it('lists sent notes for the activity on screen only', () => {
    const page = start();
    page.join();
    page.write('first activity');
    page.maker.last().receive({ t: 'got', id: page.notes()[0]!.id });
    page.maker.last().receive({ t: 'view', view: viewOf({ id: 'a2', title: 'Next' }) });
    expect(page.listed()).toEqual([]);
    page.maker.last().receive({ t: 'view', view: viewOf() });
    expect(page.listed()).toEqual([['first activity', 'sent']]);
  });

  it('sends a sort note to the picked column, the first by default', () => {
    const page = start();
    page.join(viewOf({ kind: 'sort', columns: [{ id: 'keep', label: 'Keep' }, { id: 'drop', label: 'Drop' }] }));
    page.write('default');
    page.byTestId<HTMLInputElement>('phone-column-drop')!.click();
    page.write('picked');
    vi.advanceTimersByTime(500);
    expect(page.notes().map((note) => [note.text, note.columnId])).toEqual([
      ['default', 'keep'],
      ['picked', 'drop'],
    ]);
  });

  it('needs a name in a named activity, keeps it, and sends it only there', () => {
    const page = start();
    page.join(viewOf({ named: true }));
    page.write('mine');
    expect(page.notes()).toEqual([]);
    expect(page.root.textContent).toContain('Give your name first');
    expect(page.byTestId<HTMLTextAreaElement>('phone-note-input')?.value).toBe('mine');
    const name = page.byTestId<HTMLInputElement>('phone-name-input')!;
    name.value = ' Ana ';
    name.dispatchEvent(new Event('input'));
    page.write('mine');
    expect(page.notes()[0]).toMatchObject({ text: 'mine', name: 'Ana' });
    page.maker.last().receive({ t: 'view', view: viewOf({ id: 'a2' }) });
    vi.advanceTimersByTime(500);
    page.write('anonymous');
    expect(page.notes()[1]).not.toHaveProperty('name');
    const again = start({ hash: '', store: page.store });
    again.join(viewOf({ named: true, id: 'a3' }));
    expect(again.byTestId<HTMLInputElement>('phone-name-input')?.value).toBe(' Ana ');
  });

  it('keeps what is being typed across a reload', () => {
    const page = start();
    page.join();
    const textarea = page.byTestId<HTMLTextAreaElement>('phone-note-input')!;
    textarea.value = 'half a tho';
    textarea.dispatchEvent(new Event('input'));
    const again = start({ hash: '', store: page.store });
    again.join();
    expect(again.byTestId<HTMLTextAreaElement>('phone-note-input')?.value).toBe('half a tho');
  });

  it('shows what another tab of this phone added to the outbox', () => {
    const page = start();
    page.join();
    const other = start({ hash: '', store: page.store });
    other.join();
    other.write('from the other tab');
    page.win.dispatchEvent(Object.assign(new Event('storage'), { key: outboxKey('K7PX') }));
    expect(page.listed()).toEqual([['from the other tab', 'sending']]);
  });
});

describe('coming back', () => {
  it('reconnects at once when the page is shown again after its socket dropped', () => {
    const page = start();
    page.join();
    page.maker.last().drop(1006);
    page.doc.visibilityState = 'hidden';
    page.doc.dispatchEvent(new Event('visibilitychange'));
    page.doc.visibilityState = 'visible';
    page.doc.dispatchEvent(new Event('visibilitychange'));
    expect(page.maker.sockets).toHaveLength(2);
  });

  it('keeps an open socket after a short hide, and replaces it after a long sleep', () => {
    const page = start();
    page.join();
    const hideFor = (ms: number) => {
      page.doc.visibilityState = 'hidden';
      page.doc.dispatchEvent(new Event('visibilitychange'));
      vi.setSystemTime(Date.now() + ms);
      page.doc.visibilityState = 'visible';
      page.doc.dispatchEvent(new Event('visibilitychange'));
    };
    hideFor(5000);
    expect(page.maker.sockets).toHaveLength(1);
    hideFor(LONG_SLEEP_MS + 1);
    expect(page.maker.sockets).toHaveLength(2);
  });

  it('reconnects when back online, and when restored from the back-forward cache', () => {
    const page = start();
    page.join();
    page.win.dispatchEvent(new Event('online'));
    expect(page.maker.sockets).toHaveLength(2);
    page.win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    expect(page.maker.sockets).toHaveLength(2);
    page.win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(page.maker.sockets).toHaveLength(3);
  });

  it('says phones are off, keeps the activity on screen, and keeps notes written meanwhile', () => {
    const page = start();
    page.join();
    page.maker.last().drop(4410);
    expect(page.byTestId('phone-status')?.textContent).toBe('Phones are off for now. This page rejoins by itself when they are back on.');
    page.write('while off');
    expect(page.listed()).toEqual([['while off', 'sending']]);
    vi.advanceTimersByTime(5000);
    page.join();
    expect(page.notes().map((note) => note.text)).toEqual(['while off']);
  });
});

describe('voting', () => {
  const options = [
    { id: 'o1', text: 'Micromanagement' },
    { id: 'o2', text: 'Too many meetings' },
  ];
  const voteView = (extra: Partial<PhoneActivity> = {}) => viewOf({ id: 'v1', kind: 'vote', title: 'What hurts most', answer: 'ballot', options, dots: 3, ...extra });
  const button = (page: ReturnType<typeof start>, optionId: string, which: 'add' | 'remove') =>
    page.root.querySelector<HTMLButtonElement>(`[data-option-id="${optionId}"] [data-testid="phone-dot-${which}"]`)!;
  const dotsOn = (page: ReturnType<typeof start>, optionId: string) => page.root.querySelector(`[data-option-id="${optionId}"] .option-dots`)?.textContent;
  const ballots = (page: ReturnType<typeof start>) => page.maker.last().sent.filter((message) => (message as { t: string }).t === 'ballot') as Array<{ id: string; optionIds: string[] }>;
  const said = (page: ReturnType<typeof start>) => page.byTestId('phone-vote-state')?.textContent;

  it('sends the ballot through the outbox, says when the host has it, and lists no note for it', () => {
    const page = start();
    page.join(voteView());
    button(page, 'o1', 'add').click();
    button(page, 'o1', 'add').click();
    button(page, 'o2', 'add').click();
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    const [ballot] = ballots(page);
    expect(ballot).toMatchObject({ t: 'ballot', activityId: 'v1', optionIds: ['o1', 'o1', 'o2'] });
    expect(phoneMessageSchema.safeParse(ballot).success).toBe(true);
    expect(loadOutbox(page.store, 'K7PX')).toMatchObject([{ id: ballot!.id, optionIds: ['o1', 'o1', 'o2'], state: 'sending' }]);
    expect(said(page)).toBe('Sending your vote…');
    page.maker.last().receive({ t: 'got', id: ballot!.id });
    expect(said(page)).toBe('Vote sent ✓ — you can change it until the results are shown.');
    expect(page.byTestId('phone-vote-send')?.textContent).toBe('Update my vote');
    expect(page.listed()).toEqual([]);
    expect((page.root.querySelector('.your-notes') as HTMLElement).hidden).toBe(true);
  });

  it('will not send an empty first ballot, but an empty one withdraws a vote sent before', () => {
    const page = start();
    page.join(voteView());
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    expect(ballots(page)).toEqual([]);
    expect(said(page)).toBe('Put a dot on an option first.');
    button(page, 'o2', 'add').click();
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    page.maker.last().receive({ t: 'got', id: ballots(page)[0]!.id });
    button(page, 'o2', 'remove').click();
    vi.advanceTimersByTime(500);
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    expect(ballots(page).map((ballot) => ballot.optionIds)).toEqual([['o2'], []]);
    page.maker.last().receive({ t: 'got', id: ballots(page)[1]!.id });
    expect(said(page)).toBe('Vote withdrawn — you can vote again until the results are shown.');
  });

  it('keeps only the latest ballot: after a reconnect the newest alone goes again, and the old one is forgotten', () => {
    const page = start();
    page.join(voteView());
    page.maker.last().drop(1006);
    button(page, 'o1', 'add').click();
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    button(page, 'o2', 'add').click();
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    const kept = loadOutbox(page.store, 'K7PX');
    expect(kept.map((item) => item.optionIds)).toEqual([['o1', 'o2']]);
    vi.advanceTimersByTime(500);
    page.join(voteView());
    vi.advanceTimersByTime(1000);
    expect(ballots(page)).toEqual([{ t: 'ballot', id: kept[0]!.id, activityId: 'v1', optionIds: ['o1', 'o2'] }]);
    // A resend after the host took it is harmless: the host replaces the ballot with the same one.
    page.maker.last().receive({ t: 'got', id: kept[0]!.id });
    page.maker.last().drop(1006);
    vi.advanceTimersByTime(1000);
    page.join(voteView());
    expect(ballots(page)).toEqual([]);
  });

  it('shows the dots it sent again after a reload', () => {
    const first = start();
    first.join(voteView());
    button(first, 'o2', 'add').click();
    button(first, 'o2', 'add').click();
    first.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    first.maker.last().receive({ t: 'got', id: ballots(first)[0]!.id });
    const page = start({ hash: '', store: first.store });
    page.join(voteView());
    expect(dotsOn(page, 'o2')).toBe('●●');
    expect(page.byTestId('phone-dots-left')?.textContent).toBe('2 of 3 dots placed');
    expect(said(page)).toBe('Vote sent ✓ — you can change it until the results are shown.');
    expect(page.byTestId('phone-vote-send')?.textContent).toBe('Update my vote');
  });

  it('keeps the dots of a refused ballot to fix and send again', () => {
    const page = start();
    page.join(voteView());
    button(page, 'o1', 'add').click();
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    const refused = ballots(page)[0]!;
    page.maker.last().receive({ t: 'refused', id: refused.id, message: 'One of those options is no longer on the list: look again and vote.' });
    expect(said(page)).toBe('One of those options is no longer on the list: look again and vote.');
    expect(dotsOn(page, 'o1')).toBe('●');
    expect(page.listed()).toEqual([]);
    page.maker.last().receive({ t: 'view', view: voteView({ options: [options[1]!] }) });
    button(page, 'o2', 'add').click();
    vi.advanceTimersByTime(500);
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    const again = ballots(page)[1]!;
    expect(again.id).not.toBe(refused.id);
    expect(again.optionIds).toEqual(['o2']);
    page.maker.last().receive({ t: 'got', id: again.id });
    expect(said(page)).toBe('Vote sent ✓ — you can change it until the results are shown.');
  });

  it('sends a ballot again a moment later when the host says it came too fast', () => {
    const page = start();
    page.join(voteView());
    button(page, 'o1', 'add').click();
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    const ballot = ballots(page)[0]!;
    page.maker.last().receive({ t: 'refused', id: ballot.id, message: 'Sending very fast: this one goes again in a moment.' });
    expect(said(page)).toBe('Sending your vote…');
    vi.advanceTimersByTime(SLOW_DOWN_RETRY_MS);
    expect(ballots(page).map((sent) => sent.id)).toEqual([ballot.id, ballot.id]);
  });

  it('shows a closed vote with the dots the host took, read-only', () => {
    const page = start();
    page.join(voteView());
    button(page, 'o2', 'add').click();
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    page.maker.last().receive({ t: 'got', id: ballots(page)[0]!.id });
    button(page, 'o1', 'add').click();
    page.maker.last().receive({ t: 'view', view: voteView({ answer: 'none' }) });
    expect(said(page)).toBe('The vote is closed.');
    expect(dotsOn(page, 'o2')).toBe('●');
    expect(dotsOn(page, 'o1')).toBe('');
    expect(page.byTestId('phone-vote-send')).toBeNull();
    expect(page.byTestId('phone-dot-add')).toBeNull();
    const reloaded = start({ hash: '', store: page.store });
    reloaded.join(voteView({ answer: 'none' }));
    expect(said(reloaded)).toBe('The vote is closed.');
    expect(dotsOn(reloaded, 'o2')).toBe('●');
  });

  it('lists a ballot still unsent when the room moves on, and sends it when connected', () => {
    const page = start();
    page.join(voteView());
    page.maker.last().drop(1006);
    button(page, 'o1', 'add').click();
    page.byTestId<HTMLButtonElement>('phone-vote-send')!.click();
    vi.advanceTimersByTime(500);
    page.join(viewOf({ id: 'a2', title: 'Next' }));
    expect(ballots(page).map((ballot) => ballot.optionIds)).toEqual([['o1']]);
    expect(page.listed()).toEqual([['Your vote in “What hurts most”', 'sending']]);
    page.maker.last().receive({ t: 'got', id: ballots(page)[0]!.id });
    expect(page.listed()).toEqual([]);
  });
});

describe('rating', () => {
  const statements = [
    { id: 'st1', text: 'We ship often' },
    { id: 'st2', text: 'Meetings are useful' },
    { id: 'st3', text: 'We rest' },
  ];
  const scaleView = (extra: Partial<PhoneActivity> = {}) =>
    viewOf({ id: 's1', kind: 'scale', title: 'Team health', answer: 'rating', statements, scale: { min: 0, max: 5, minLabel: 'Never', maxLabel: 'Always' }, ...extra });
  const point = (page: ReturnType<typeof start>, statementId: string, value: number) =>
    page.root.querySelector<HTMLButtonElement>(`[data-statement-id="${statementId}"] [data-testid="phone-point"][data-point="${value}"]`)!;
  const checked = (page: ReturnType<typeof start>, statementId: string) =>
    [...page.root.querySelectorAll<HTMLElement>(`[data-statement-id="${statementId}"] [data-testid="phone-point"][aria-checked="true"]`)].map((button) => Number(button.dataset.point));
  const ratings = (page: ReturnType<typeof start>) => page.maker.last().sent.filter((message) => (message as { t: string }).t === 'rating') as Array<{ id: string; points: Record<string, number> }>;
  const said = (page: ReturnType<typeof start>) => page.byTestId('phone-rating-state')?.textContent;
  const send = (page: ReturnType<typeof start>) => page.byTestId<HTMLButtonElement>('phone-rating-send')!.click();

  it('sends a partial answer through the outbox, says when the host has it, and lists no note for it', () => {
    const page = start();
    page.join(scaleView());
    point(page, 'st1', 4).click();
    point(page, 'st3', 0).click();
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('2 of 3 statements rated');
    send(page);
    const [rating] = ratings(page);
    expect(rating).toMatchObject({ t: 'rating', activityId: 's1', points: { st1: 4, st3: 0 } });
    expect(phoneMessageSchema.safeParse(rating).success).toBe(true);
    expect(loadOutbox(page.store, 'K7PX')).toMatchObject([{ id: rating!.id, points: { st1: 4, st3: 0 }, state: 'sending' }]);
    expect(said(page)).toBe('Sending your answers…');
    page.maker.last().receive({ t: 'got', id: rating!.id });
    expect(said(page)).toBe('Answers sent ✓ — you can change them while this is on screen.');
    expect(page.byTestId('phone-rating-send')?.textContent).toBe('Update my answers');
    expect(page.listed()).toEqual([]);
    expect((page.root.querySelector('.your-notes') as HTMLElement).hidden).toBe(true);
  });

  it('will not send an empty first answer, but an empty one withdraws answers sent before', () => {
    const page = start();
    page.join(scaleView());
    send(page);
    expect(ratings(page)).toEqual([]);
    expect(said(page)).toBe('Pick a point for a statement first.');
    point(page, 'st2', 2).click();
    send(page);
    page.maker.last().receive({ t: 'got', id: ratings(page)[0]!.id });
    point(page, 'st2', 2).click();
    vi.advanceTimersByTime(500);
    send(page);
    expect(ratings(page).map((rating) => rating.points)).toEqual([{ st2: 2 }, {}]);
    page.maker.last().receive({ t: 'got', id: ratings(page)[1]!.id });
    expect(said(page)).toBe('Answers withdrawn — you can answer again while this is on screen.');
  });

  it('keeps only the latest answer: after a reconnect the newest alone goes again', () => {
    const page = start();
    page.join(scaleView());
    page.maker.last().drop(1006);
    point(page, 'st1', 1).click();
    send(page);
    point(page, 'st2', 5).click();
    send(page);
    const kept = loadOutbox(page.store, 'K7PX');
    expect(kept.map((item) => item.points)).toEqual([{ st1: 1, st2: 5 }]);
    vi.advanceTimersByTime(500);
    page.join(scaleView());
    vi.advanceTimersByTime(1000);
    expect(ratings(page)).toEqual([{ t: 'rating', id: kept[0]!.id, activityId: 's1', points: { st1: 1, st2: 5 } }]);
    page.maker.last().receive({ t: 'got', id: kept[0]!.id });
    page.maker.last().drop(1006);
    vi.advanceTimersByTime(1000);
    page.join(scaleView());
    expect(ratings(page)).toEqual([]);
  });

  it('paces answers sent in a burst, one per moment', () => {
    const page = start();
    page.join(scaleView());
    point(page, 'st1', 1).click();
    send(page);
    point(page, 'st1', 2).click();
    send(page);
    point(page, 'st1', 3).click();
    send(page);
    expect(ratings(page).map((rating) => rating.points)).toEqual([{ st1: 1 }]);
    vi.advanceTimersByTime(2000);
    // The second was replaced by the third before its turn came: it never goes.
    expect(ratings(page).map((rating) => rating.points)).toEqual([{ st1: 1 }, { st1: 3 }]);
    expect(loadOutbox(page.store, 'K7PX')).toHaveLength(1);
  });

  it('shows the points it sent again after a reload', () => {
    const first = start();
    first.join(scaleView());
    point(first, 'st2', 3).click();
    send(first);
    first.maker.last().receive({ t: 'got', id: ratings(first)[0]!.id });
    const page = start({ hash: '', store: first.store });
    page.join(scaleView());
    expect(checked(page, 'st2')).toEqual([3]);
    expect(checked(page, 'st1')).toEqual([]);
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('1 of 3 statements rated');
    expect(said(page)).toBe('Answers sent ✓ — you can change them while this is on screen.');
    expect(page.byTestId('phone-rating-send')?.textContent).toBe('Update my answers');
  });

  it('keeps the choices of refused answers, with the host sentence, to fix and send again', () => {
    const page = start();
    page.join(scaleView());
    point(page, 'st1', 4).click();
    point(page, 'st3', 2).click();
    send(page);
    const refused = ratings(page)[0]!;
    page.maker.last().receive({ t: 'refused', id: refused.id, message: 'That statement is no longer in “Team health”.' });
    expect(said(page)).toBe('That statement is no longer in “Team health”.');
    expect(page.byTestId('phone-rating-state')?.classList.contains('error')).toBe(true);
    expect(checked(page, 'st1')).toEqual([4]);
    expect(checked(page, 'st3')).toEqual([2]);
    expect(page.listed()).toEqual([]);
    page.maker.last().receive({ t: 'view', view: scaleView({ statements: [statements[0]!, statements[1]!] }) });
    vi.advanceTimersByTime(500);
    send(page);
    const again = ratings(page)[1]!;
    expect(again.id).not.toBe(refused.id);
    expect(again.points).toEqual({ st1: 4 });
    page.maker.last().receive({ t: 'got', id: again.id });
    expect(said(page)).toBe('Answers sent ✓ — you can change them while this is on screen.');
  });

  it('offers nothing to send while answers are off, and starts another scale afresh', () => {
    const page = start();
    page.join(scaleView({ answer: 'none' }));
    expect(page.byTestId('phone-rating-send')).toBeNull();
    expect(said(page)).toBe('Answers are closed for this activity.');
    page.maker.last().receive({ t: 'view', view: scaleView() });
    point(page, 'st1', 5).click();
    page.maker.last().receive({ t: 'view', view: scaleView({ id: 's2' }) });
    expect(checked(page, 'st1')).toEqual([]);
    expect(ratings(page)).toEqual([]);
  });

  it('shows the points the host took, read-only, once answers are closed, and after a reload', () => {
    const page = start();
    page.join(scaleView());
    point(page, 'st1', 2).click();
    send(page);
    page.maker.last().receive({ t: 'got', id: ratings(page)[0]!.id });
    point(page, 'st2', 5).click();
    page.maker.last().receive({ t: 'view', view: scaleView({ answer: 'none' }) });
    const answers = (on: ReturnType<typeof start>) => [...on.root.querySelectorAll('[data-testid="phone-statement-answer"]')].map((line) => line.textContent);
    expect(said(page)).toBe('Answers are closed for this activity.');
    expect(answers(page)).toEqual(['Your answer: 2', 'Not rated', 'Not rated']);
    expect(page.byTestId('phone-point')).toBeNull();
    expect(page.byTestId('phone-rating-send')).toBeNull();
    const reloaded = start({ hash: '', store: page.store });
    reloaded.join(scaleView({ answer: 'none' }));
    expect(said(reloaded)).toBe('Answers are closed for this activity.');
    expect(answers(reloaded)).toEqual(['Your answer: 2', 'Not rated', 'Not rated']);
  });

  it('lists answers still unsent when the room moves on, and sends them when connected', () => {
    const page = start();
    page.join(scaleView());
    page.maker.last().drop(1006);
    point(page, 'st1', 1).click();
    send(page);
    vi.advanceTimersByTime(500);
    page.join(viewOf({ id: 'a2', title: 'Next' }));
    expect(ratings(page).map((rating) => rating.points)).toEqual([{ st1: 1 }]);
    expect(page.listed()).toEqual([['Your answers in “Team health”', 'sending']]);
    page.maker.last().receive({ t: 'got', id: ratings(page)[0]!.id });
    expect(page.listed()).toEqual([]);
  });
});
