import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THIS_COMPUTER } from '../../../shared/phones/advertisedAddress';
import { phoneDots } from '../../../shared/phones/phoneBallots';
import { PHONE_CLOSE } from '../../../shared/phones/phoneProtocol';
import type { Snapshot } from '../../../shared/protocol/verbs';
import type { PhonesOpen } from '../../../shared/session/types';
import { allNotes } from '../../../shared/session/noteTable';
import { buildSessionReport } from '../../../shared/report/buildSessionReport';
import { roomView } from '../../../shared/session/roomView';
import { storedSessionOf } from '../../../shared/session/storedSession';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { answers, isView, openPhone, phoneToken } from '../helpers/phoneClient';
import { makeTempDir } from '../helpers/tempDir';

/** A built phone page: phone.html naming its one script, and another page that must never be served to the room. */
async function phonePageFolder(): Promise<string> {
  const temp = await makeTempDir();
  const root = path.join(temp.dir, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'phone.html'), '<!doctype html><script type="module" src="./assets/phone-abc.js"></script><main id="phone"></main>');
  await writeFile(path.join(root, 'assets', 'phone-abc.js'), 'console.log("phone")');
  await writeFile(path.join(root, 'assets', 'control-xyz.js'), 'console.log("control")');
  await writeFile(path.join(root, 'control.html'), '<!doctype html><p>control</p>');
  return root;
}

function portFree(address: string): Promise<boolean> {
  const [hostName, port] = address.split(':');
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostName, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('phones in the room: the participant link', () => {
  let h: HostHarness;
  let open: PhonesOpen;
  const dispatch = (command: unknown) => h.control.ok('session.dispatch', command);
  const session = async () => (await h.control.ok<Snapshot>('session.snapshot')).session;
  const join = async (seed: string) => {
    const phone = await openPhone(open.address);
    phone.send({ t: 'hello', v: 1, code: open.code, token: phoneToken(seed) });
    await phone.next(isView);
    return phone;
  };

  beforeEach(async () => {
    h = await makeHost({ phonePageRoot: await phonePageFolder(), phoneAddresses: () => [THIS_COMPUTER], phoneLimits: { helloTimeoutMs: 500 } });
    await startWorkshop(h.control);
    await dispatch({ type: 'presenter.setTitleScreen', on: false });
    ({ open } = await h.control.ok<{ open: PhonesOpen }>('phones.open', { address: '127.0.0.1' }));
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it('is off until turned on, listens only on the address picked, and is off again within a second of turning it off', async () => {
    expect(open.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(open.code).toMatch(/^[A-HJKMNP-Z2-9]{4}$/);
    expect((await session())?.phones?.open).toEqual(open);
    expect((await h.control.snapshot()).status.phones).toMatchObject({ connected: 0, joined: 0, heard: false });
    const started = Date.now();
    await h.control.ok('phones.close');
    expect(await portFree(open.address)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await session())?.phones?.open).toBeNull();
    expect((await h.control.snapshot()).status.phones).toBeUndefined();
  });

  it('tells the control window when the address phones join at stops being this computer’s (the network changed)', async () => {
    await h.cleanup();
    let present = true;
    h = await makeHost({ phonePageRoot: await phonePageFolder(), phoneAddresses: () => (present ? [THIS_COMPUTER] : []), phoneAddressCheckMs: 20 });
    await startWorkshop(h.control);
    await h.control.ok('phones.open', { address: '127.0.0.1' });
    present = false;
    await expect.poll(() => h.control.pushes.some((message) => message.kind === 'status' && message.status.phones?.addressGone === true)).toBe(true);
    present = true;
    await expect.poll(() => h.control.pushes.at(-1)?.kind === 'status' && (h.control.pushes.at(-1) as { status: { phones?: { addressGone?: boolean } } }).status.phones?.addressGone === false).toBe(true);
  });

  it('holds at most so many phone sockets (300 in a real room), and joins from one address are rate-limited', async () => {
    await h.cleanup();
    h = await makeHost({ phonePageRoot: await phonePageFolder(), phoneAddresses: () => [THIS_COMPUTER], phoneLimits: { maxSockets: 2, joinsPerMinutePerAddress: 3 } });
    await startWorkshop(h.control);
    ({ open } = await h.control.ok<{ open: PhonesOpen }>('phones.open', { address: '127.0.0.1' }));
    const first = await openPhone(open.address);
    const second = await openPhone(open.address);
    await expect(openPhone(open.address), 'a third socket while two are open').rejects.toThrow('refused 503');
    first.close();
    await first.closed();
    const third = await openPhone(open.address);
    await expect(openPhone(open.address).then(() => 'open'), 'the fourth join within a minute from one address').rejects.toThrow(/refused (429|503)/);
    second.close();
    third.close();
    await third.closed();
    await expect(openPhone(open.address)).rejects.toThrow('refused 429');
  });

  it('refuses an address that is not one of this computer’s, with a sentence', async () => {
    const outcome = await h.control.call('phones.open', { address: '10.9.8.7' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!outcome.ok && outcome.error.message).toMatch(/not one of this computer's addresses/);
  });

  it('serves the phone page and its own files only, to requests naming the advertised address', async () => {
    const base = `http://${open.address}`;
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain(`connect-src ws://${open.address}`);
    expect(await page.text()).toContain('phone-abc.js');
    expect((await fetch(`${base}/assets/phone-abc.js`)).status).toBe(200);
    for (const other of ['/control.html', '/assets/control-xyz.js', '/presenter.html', '/../package.json', '/assets/%2e%2e/control.html']) {
      expect((await fetch(`${base}${other}`)).status, other).toBe(404);
    }
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
    // The control window is told (pushes at most twice a second), so its checklist knows the network works.
    await expect.poll(() => h.control.pushes.some((message) => message.kind === 'status' && message.status.phones?.heard === true)).toBe(true);
  });

  it('refuses sockets that name another host or come from another site (DNS rebinding, a web page on a phone)', async () => {
    await expect(openPhone(open.address, { host: 'evil.example' })).rejects.toThrow('refused 403');
    await expect(openPhone(open.address, { origin: 'http://evil.example' })).rejects.toThrow('refused 403');
    await expect(openPhone(open.address, { path: '/ws' })).rejects.toThrow('refused 404');
  });

  it('a phone needs the room code: a wrong one closes the socket, the right one (any case) gets the view', async () => {
    const wrong = await openPhone(open.address);
    wrong.send({ t: 'hello', v: 1, code: 'ZZZZ' === open.code ? 'YYYY' : 'ZZZZ', token: phoneToken('wrong') });
    expect(await wrong.closed()).toBe(PHONE_CLOSE.wrongCode);
    const right = await openPhone(open.address);
    right.send({ t: 'hello', v: 1, code: open.code.toLowerCase(), token: phoneToken('right') });
    const { view } = await right.next(isView);
    expect(view.activity).toMatchObject({ id: 'opening-perceptions', answer: 'notes', named: false });
    const silent = await openPhone(open.address);
    expect(await silent.closed(), 'no hello in time').toBe(PHONE_CLOSE.noHello);
    const rude = await openPhone(open.address);
    rude.send({ t: 'note', id: 'n1', activityId: 'opening-perceptions', text: 'Before hello' });
    expect(await rude.closed()).toBe(PHONE_CLOSE.noHello);
  });

  it('each note reaches the session exactly once, whatever the phone resends, and says it came from a phone', async () => {
    const phone = await join('alice');
    const note = { t: 'note', id: 'item-1', activityId: 'opening-perceptions', text: '  Budgets and rotas  ' };
    phone.send(note);
    expect(await phone.next(answers('item-1'))).toEqual({ t: 'got', id: 'item-1' });
    phone.close();
    // Back from sleep: a new socket, the same token, the outbox sent again.
    const again = await join('alice');
    again.send(note);
    again.send({ ...note, id: 'item-2', text: 'Hiring' });
    expect(await again.next(answers('item-1'))).toEqual({ t: 'got', id: 'item-1' });
    expect(await again.next(answers('item-2'))).toEqual({ t: 'got', id: 'item-2' });
    const notes = allNotes((await session())?.notes as never);
    expect(notes.map((entry) => entry.text)).toEqual(['Budgets and rotas', 'Hiring']);
    expect(notes.every((entry) => entry.origin?.item && entry.attribution === null)).toBe(true);
    expect(JSON.stringify(notes), 'the token itself is never kept').not.toContain(phoneToken('alice'));
    // Another phone may use the same item id: it is another phone's item.
    const bob = await join('bob');
    bob.send({ ...note, text: 'Bob says' });
    expect(await bob.next(answers('item-1'))).toEqual({ t: 'got', id: 'item-1' });
    expect(allNotes((await session())?.notes as never)).toHaveLength(3);
    const report = buildSessionReport((await session()) as never, { now: Date.UTC(2026, 10, 28, 10), exportedAtLabel: 'now', audience: 'facilitator' });
    expect(report, 'the report counts phone answers').toContain('· 3 answers from phones*');
    expect(report, 'anonymous answers carry no name').not.toMatch(/Budgets and rotas.*—/);
  });

  it('follows the facilitator’s rule for the activity: off refuses, named needs a name and keeps it, anonymous drops it', async () => {
    const phone = await join('carol');
    await dispatch({ type: 'phones.setRule', activityId: 'opening-perceptions', answer: false, named: false });
    expect((await phone.next((message): message is never => message.t === 'view' && message.view.activity?.answer === 'none')) as unknown).toBeTruthy();
    phone.send({ t: 'note', id: 'off', activityId: 'opening-perceptions', text: 'Not now' });
    expect(await phone.next(answers('off'))).toMatchObject({ t: 'refused', message: expect.stringMatching(/not taking answers from phones/) as unknown });
    await dispatch({ type: 'phones.setRule', activityId: 'opening-perceptions', answer: true, named: true });
    phone.send({ t: 'note', id: 'blank', activityId: 'opening-perceptions', text: '   ', name: 'Carol' });
    expect(await phone.next(answers('blank'))).toEqual({ t: 'refused', id: 'blank', message: 'Write something first.' });
    phone.send({ t: 'note', id: 'nameless', activityId: 'opening-perceptions', text: 'Who am I' });
    expect(await phone.next(answers('nameless'))).toMatchObject({ t: 'refused', message: expect.stringMatching(/give your name/) as unknown });
    phone.send({ t: 'note', id: 'named', activityId: 'opening-perceptions', text: 'Carol here', name: ' Carol ' });
    expect(await phone.next(answers('named'))).toEqual({ t: 'got', id: 'named' });
    await dispatch({ type: 'phones.setRule', activityId: 'opening-perceptions', answer: true, named: false });
    phone.send({ t: 'note', id: 'anon', activityId: 'opening-perceptions', text: 'Quietly', name: 'Carol' });
    expect(await phone.next(answers('anon'))).toEqual({ t: 'got', id: 'anon' });
    const notes = allNotes((await session())?.notes as never);
    expect(notes.map((entry) => [entry.text, entry.attribution])).toEqual([
      ['Carol here', 'Carol'],
      ['Quietly', null],
    ]);
  });

  it('a note may land in an activity phones were shown (sent late from an outbox), never in one they were not', async () => {
    const phone = await join('dave');
    await dispatch({ type: 'activity.next' });
    await phone.next((message): message is never => message.t === 'view' && message.view.activity?.id !== 'opening-perceptions');
    phone.send({ t: 'note', id: 'late', activityId: 'opening-perceptions', text: 'Written offline' });
    expect(await phone.next(answers('late'))).toEqual({ t: 'got', id: 'late' });
    const later = (await session())?.agenda.at(-2)?.id ?? '';
    phone.send({ t: 'note', id: 'ahead', activityId: later, text: 'Too early' });
    expect(await phone.next(answers('ahead'))).toMatchObject({ t: 'refused', message: 'That activity is not open to phones.' });
  });

  it('a phone never receives a script, a talking point, a note or another phone’s answer', async () => {
    const phone = await join('erin');
    const other = await join('frank');
    other.send({ t: 'note', id: 'o1', activityId: 'opening-perceptions', text: 'Frank’s private thought' });
    await other.next(answers('o1'));
    await dispatch({ type: 'note.capture', activityId: 'opening-perceptions', text: 'Facilitator note' });
    for (let step = 0; step < 6; step += 1) await dispatch({ type: 'activity.next' });
    await phone.next((message): message is never => message.t === 'view' && phone.received.filter((entry) => entry.t === 'view').length >= 3);
    const current = await session();
    const bytes = phone.bytes();
    for (const activity of current?.agenda ?? []) {
      for (const line of [activity.script.say, activity.script.watchFor, ...activity.talkingPoints].filter((text) => text.length > 20)) expect(bytes).not.toContain(line.slice(0, 40));
    }
    expect(bytes).not.toContain('Frank’s private thought');
    expect(bytes).not.toContain('Facilitator note');
  });

  it('holds greedy phones: messages over 8 KB close the socket, more than 5 a second are refused, not lost', async () => {
    const phone = await join('greedy');
    phone.send({ t: 'note', id: 'big', activityId: 'opening-perceptions', text: 'x'.repeat(9000) });
    expect(await phone.closed()).toBe(1009);
    const fast = await join('fast');
    for (let index = 0; index < 8; index += 1) fast.send({ t: 'note', id: `f${index}`, activityId: 'opening-perceptions', text: `Note ${index}` });
    await fast.next(answers('f7'));
    const outcomes = fast.received.filter((message) => message.t !== 'view');
    expect(outcomes.filter((message) => message.t === 'got')).toHaveLength(5);
    expect(outcomes.filter((message) => message.t === 'refused').every((message) => message.t === 'refused' && /again in a moment/.test(message.message))).toBe(true);
  });

  it('held for review: moderated phones, or a word the filter flags, arrive hidden from the room until approved', async () => {
    const phone = await join('hana');
    phone.send({ t: 'note', id: 'rude', activityId: 'opening-perceptions', text: 'What the fuck is a rota' });
    expect(await phone.next(answers('rude'))).toEqual({ t: 'got', id: 'rude' });
    phone.send({ t: 'note', id: 'fine', activityId: 'opening-perceptions', text: 'Assessment of the Scunthorpe site' });
    expect(await phone.next(answers('fine'))).toEqual({ t: 'got', id: 'fine' });
    await dispatch({ type: 'phones.setModerated', on: true });
    phone.send({ t: 'note', id: 'wait', activityId: 'opening-perceptions', text: 'Waits for the facilitator' });
    expect(await phone.next(answers('wait'))).toEqual({ t: 'got', id: 'wait' });
    const notes = () => session().then((current) => allNotes(current?.notes as never));
    expect((await notes()).map((note) => [note.text.slice(0, 12), note.hidden, note.held ?? false])).toEqual([
      ['What the fuc', true, true],
      ['Assessment o', false, false],
      ['Waits for th', true, true],
    ]);
    const room = await h.control.ok<Snapshot>('session.snapshot');
    const presenterView = JSON.stringify(roomView(room.session));
    expect(presenterView).not.toContain('What the fuck');
    expect(presenterView).not.toContain('Waits for the facilitator');

    const [rude, , waiting] = await notes();
    await dispatch({ type: 'note.review', noteId: waiting?.id, approve: true });
    await dispatch({ type: 'note.review', noteId: rude?.id, approve: false });
    expect((await notes()).map((note) => [note.hidden, note.held ?? false])).toEqual([
      [true, false],
      [false, false],
      [false, false],
    ]);
    const again = await h.control.call('session.dispatch', { type: 'note.review', noteId: waiting?.id, approve: true });
    expect(!again.ok && again.error.message).toBe('That note was already reviewed.');
    // Undo puts the kept-hidden note back in the queue; showing it by hand instead is its review too.
    await dispatch({ type: 'session.undo' });
    expect((await notes())[0]?.held).toBe(true);
    await dispatch({ type: 'note.setHidden', noteId: rude?.id, hidden: false });
    expect((await notes())[0]).toMatchObject({ hidden: false });
    expect((await notes())[0]?.held).toBeUndefined();
  });

  it('a dot vote from phones: one ballot per phone, replaced when it changes, within its dots, added to the count once revealed', async () => {
    await dispatch({ type: 'activity.go', activityId: 'trust-breakers' });
    const phone = await join('ivan');
    const { view } = await phone.next((message): message is Extract<typeof message, { t: 'view' }> => message.t === 'view' && message.view.activity?.id === 'trust-breakers');
    expect(view.activity).toMatchObject({ answer: 'ballot', dots: 2 });
    const [micro, criticism] = view.activity?.options ?? [];
    expect(micro?.text).toBe('Micromanagement');
    const ballot = (id: string, optionIds: (string | undefined)[]) => phone.send({ t: 'ballot', id, activityId: 'trust-breakers', optionIds });
    ballot('b1', [micro?.id, micro?.id]);
    expect(await phone.next(answers('b1'))).toEqual({ t: 'got', id: 'b1' });
    ballot('b2', [criticism?.id, criticism?.id]);
    expect(await phone.next(answers('b2'))).toEqual({ t: 'got', id: 'b2' });
    ballot('b3', [micro?.id, micro?.id, micro?.id]);
    expect(await phone.next(answers('b3'))).toMatchObject({ t: 'refused', message: 'Place at most 2 dots.' });
    ballot('b4', ['not-an-option']);
    expect(await phone.next(answers('b4'))).toMatchObject({ t: 'refused', message: expect.stringMatching(/no longer on the list/) as unknown });
    const other = await join('jo');
    other.send({ t: 'ballot', id: 'c1', activityId: 'trust-breakers', optionIds: [micro?.id] });
    await other.next(answers('c1'));
    await dispatch({ type: 'vote.setCount', activityId: 'trust-breakers', optionId: micro?.id, count: 4 });

    const hidden = roomView(await session());
    expect(JSON.stringify(hidden), 'no count before the reveal').not.toMatch(/"counts":\{"[^}]/);
    await dispatch({ type: 'vote.setRevealed', activityId: 'trust-breakers', revealed: true });
    const revealed = roomView(await session());
    const counts = revealed?.screen === 'live' && revealed.stage.runs['trust-breakers']?.kind === 'vote' ? revealed.stage.runs['trust-breakers'].counts : {};
    expect(counts).toEqual({ [micro?.id ?? '']: 4 + 1, [criticism?.id ?? '']: 2 });
    expect(JSON.stringify(revealed), 'the room never learns which phone voted how').not.toContain('ballots');

    // Undoing the facilitator's count leaves the phones' ballots alone.
    await dispatch({ type: 'session.undo' });
    await dispatch({ type: 'session.undo' });
    expect(Object.keys((await session())?.phones?.ballots?.['trust-breakers'] ?? {})).toHaveLength(2);
    await dispatch({ type: 'vote.setRevealed', activityId: 'trust-breakers', revealed: true });
    await phone.next((message): message is never => message.t === 'view' && message.view.activity?.answer === 'none');
    ballot('b5', []);
    expect(await phone.next(answers('b5'))).toMatchObject({ t: 'refused', message: expect.stringMatching(/vote is closed/) as unknown });
  });

  it('a scale from phones: a private point per statement, replaced when changed, added to the counts the room sees', async () => {
    const current = await session();
    const scale = current?.agenda.find((activity) => activity.kind === 'scale');
    if (scale?.kind !== 'scale') throw new Error('the workshop has a scale');
    await dispatch({ type: 'activity.go', activityId: scale.id });
    const phone = await join('kim');
    const { view } = await phone.next((message): message is Extract<typeof message, { t: 'view' }> => message.t === 'view' && message.view.activity?.id === scale.id);
    expect(view.activity).toMatchObject({ answer: 'rating', scale: { min: scale.min, max: scale.max } });
    const [first, second] = scale.statements;
    const rate = (id: string, points: Record<string, number>) => phone.send({ t: 'rating', id, activityId: scale.id, points });
    rate('r1', { [first?.id ?? '']: scale.max });
    expect(await phone.next(answers('r1'))).toEqual({ t: 'got', id: 'r1' });
    rate('r2', { [first?.id ?? '']: scale.min, [second?.id ?? '']: scale.max });
    expect(await phone.next(answers('r2'))).toEqual({ t: 'got', id: 'r2' });
    rate('r3', { [first?.id ?? '']: scale.max + 1 });
    expect(await phone.next(answers('r3'))).toMatchObject({ t: 'refused', message: `Pick a point from ${scale.min} to ${scale.max}.` });
    rate('r4', { nope: scale.min });
    expect(await phone.next(answers('r4'))).toMatchObject({ t: 'refused', message: expect.stringMatching(/no longer in/) as unknown });
    await dispatch({ type: 'scale.setCount', activityId: scale.id, statementId: first?.id, point: scale.min, count: 2 });
    const room = roomView(await session());
    const run = room?.screen === 'live' ? room.stage.runs[scale.id] : undefined;
    const counts = run?.kind === 'scale' ? run.counts : {};
    expect(counts[first?.id ?? '']?.[0], 'two hands counted and one phone').toBe(3);
    expect(counts[first?.id ?? '']?.at(-1), 'the phone changed its mind').toBe(0);
    expect(counts[second?.id ?? '']?.at(-1)).toBe(1);
    expect(JSON.stringify(room)).not.toContain('ratings');
  });

  it('a reflection takes only what the phone chose to share; a commitment keeps its by-when, and who only where named', async () => {
    const current = await session();
    const reflection = current?.agenda.find((activity) => activity.kind === 'reflection');
    const commitments = current?.agenda.find((activity) => activity.kind === 'commitments');
    if (!reflection || !commitments) throw new Error('the workshop has a reflection and commitments');
    const phone = await join('robin');
    const shownAs = (id: string) => phone.next((message): message is Extract<typeof message, { t: 'view' }> => message.t === 'view' && message.view.activity?.id === id);
    await dispatch({ type: 'activity.go', activityId: reflection.id });
    expect((await shownAs(reflection.id)).view.activity).toMatchObject({ kind: 'reflection', answer: 'notes' });
    phone.send({ t: 'note', id: 'shared', activityId: reflection.id, text: 'I keep the team in the present' });
    expect(await phone.next(answers('shared'))).toEqual({ t: 'got', id: 'shared' });
    phone.send({ t: 'note', id: 'when', activityId: reflection.id, text: 'Not a commitment', byWhen: 'Friday' });
    expect(await phone.next(answers('when'))).toMatchObject({ t: 'refused', message: expect.stringMatching(/does not collect commitments/) as unknown });

    await dispatch({ type: 'activity.go', activityId: commitments.id });
    expect((await shownAs(commitments.id)).view.activity).toMatchObject({ kind: 'commitments', answer: 'notes' });
    phone.send({ t: 'note', id: 'step-1', activityId: commitments.id, text: 'Ask my manager what she needs next quarter', byWhen: ' Friday ' });
    expect(await phone.next(answers('step-1'))).toEqual({ t: 'got', id: 'step-1' });
    await dispatch({ type: 'phones.setRule', activityId: commitments.id, answer: true, named: true });
    phone.send({ t: 'note', id: 'step-2', activityId: commitments.id, text: 'One long-term goal per one-to-one', name: 'Robin' });
    expect(await phone.next(answers('step-2'))).toEqual({ t: 'got', id: 'step-2' });
    phone.send({ t: 'note', id: 'step-3', activityId: commitments.id, text: 'Too long a date', name: 'Robin', byWhen: 'x'.repeat(201) });
    expect(await phone.next(answers('step-3'))).toMatchObject({ t: 'refused', message: expect.stringMatching(/by when/) as unknown });

    const notes = allNotes((await session())?.notes as never);
    expect(notes.filter((note) => note.activityId === reflection.id).map((note) => [note.text, note.commitment])).toEqual([['I keep the team in the present', null]]);
    expect(notes.filter((note) => note.activityId === commitments.id).map((note) => [note.text, note.commitment])).toEqual([
      ['Ask my manager what she needs next quarter', { who: '', byWhen: 'Friday' }],
      ['One long-term goal per one-to-one', { who: 'Robin', byWhen: '' }],
    ]);
  });

  it('names are one person each: a second phone cannot answer as “sam” once a phone answered as “Sam”', async () => {
    await dispatch({ type: 'phones.setRule', activityId: 'opening-perceptions', answer: true, named: true });
    const sam = await join('sam');
    sam.send({ t: 'note', id: 's1', activityId: 'opening-perceptions', text: 'First', name: 'Sam' });
    expect(await sam.next(answers('s1'))).toEqual({ t: 'got', id: 's1' });
    const impostor = await join('not-sam');
    impostor.send({ t: 'note', id: 'i1', activityId: 'opening-perceptions', text: 'Pretending', name: ' sam ' });
    expect(await impostor.next(answers('i1'))).toMatchObject({ t: 'refused', message: expect.stringMatching(/already someone else’s name/) as unknown });
    sam.send({ t: 'note', id: 's2', activityId: 'opening-perceptions', text: 'Second', name: 'SAM' });
    expect(await sam.next(answers('s2')), 'the same phone may write its name as it likes').toEqual({ t: 'got', id: 's2' });
  });

  it('removing a phone by its key closes it, turns it away when it rejoins, hides what it sent and stops its ballot counting; undo lets it back in', async () => {
    await dispatch({ type: 'activity.go', activityId: 'trust-breakers' });
    const loud = await join('loud');
    const { view } = await loud.next((message): message is Extract<typeof message, { t: 'view' }> => message.t === 'view' && message.view.activity?.id === 'trust-breakers');
    const micro = view.activity?.options?.[0]?.id ?? '';
    loud.send({ t: 'ballot', id: 'lb', activityId: 'trust-breakers', optionIds: [micro, micro] });
    expect(await loud.next(answers('lb'))).toEqual({ t: 'got', id: 'lb' });
    await dispatch({ type: 'activity.go', activityId: 'opening-perceptions' });
    await loud.next((message): message is never => message.t === 'view' && message.view.activity?.id === 'opening-perceptions');
    for (const id of ['l1', 'l2']) {
      loud.send({ t: 'note', id, activityId: 'opening-perceptions', text: `Loud ${id}` });
      await loud.next(answers(id));
    }
    const quiet = await join('quiet');
    quiet.send({ t: 'note', id: 'q1', activityId: 'opening-perceptions', text: 'Quiet one' });
    await quiet.next(answers('q1'));
    const notes = () => session().then((current) => allNotes(current?.notes as never));
    const phone = (await notes())[0]?.origin?.phone ?? '';
    const dotsOnMicro = async () => phoneDots((await session()) as never, 'trust-breakers')[micro] ?? 0;
    expect(await dotsOnMicro()).toBe(2);

    await dispatch({ type: 'phones.mute', phone, muted: true, hideNotes: true });
    expect(await loud.closed(), 'the removed phone is closed at once').toBe(PHONE_CLOSE.removed);
    expect((await notes()).map((note) => [note.text, note.hidden])).toEqual([
      ['Loud l1', true],
      ['Loud l2', true],
      ['Quiet one', false],
    ]);
    const again = await openPhone(open.address);
    again.send({ t: 'hello', v: 1, code: open.code, token: phoneToken('loud') });
    expect(await again.closed(), 'reloading the page does not undo a removal').toBe(PHONE_CLOSE.removed);
    expect(quiet.socket.readyState, 'other phones stay').toBe(quiet.socket.OPEN);
    expect(await dotsOnMicro(), 'its ballot no longer counts').toBe(0);
    const status = await h.control.ok<Snapshot>('session.snapshot');
    expect(status.status.history?.undo?.label).toBe('remove a phone and hide its 2 notes');

    await dispatch({ type: 'session.undo' });
    expect((await notes()).every((note) => !note.hidden)).toBe(true);
    expect(await dotsOnMicro(), 'its ballot counts again').toBe(2);
    const back = await join('loud');
    back.send({ t: 'note', id: 'l4', activityId: 'opening-perceptions', text: 'Back' });
    expect(await back.next(answers('l4'))).toEqual({ t: 'got', id: 'l4' });
    back.send({ t: 'note', id: 'l1', activityId: 'opening-perceptions', text: 'Loud l1' });
    expect(await back.next(answers('l1')), 'what it sent before is still known: a resend adds nothing').toEqual({ t: 'got', id: 'l1' });
    expect((await notes()).filter((note) => note.text === 'Loud l1')).toHaveLength(1);
  });

  it('closing the session turns phones off and closes their sockets; a saved file never says phones are on', async () => {
    const phone = await join('gina');
    const saved = storedSessionOf((await session()) as never);
    expect(saved.phones?.open).toBeNull();
    await h.control.ok('session.close');
    expect(await phone.closed()).toBe(PHONE_CLOSE.closed);
    expect(await portFree(open.address)).toBe(true);
  });
});
