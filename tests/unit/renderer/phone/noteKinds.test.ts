// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NAME_KEY } from '../../../../renderer/phone/identity';
import { outboxKey } from '../../../../renderer/phone/outbox';
import { REFLECTION_LABEL, REFLECTION_PRIVATE_TEXT, NOTHING_TO_COPY_TEXT } from '../../../../renderer/phone/reflectionField';
import { reflectionsKey } from '../../../../renderer/phone/reflections';
import { phoneMessageSchema } from '../../../../shared/phones/phoneProtocol';
import { start, stopAll, viewOf } from './phonePage';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stopAll();
  vi.useRealTimers();
});

const PRIVATE = 'I avoid hard conversations with my manager';

type Page = ReturnType<typeof start>;
const typeInto = (page: Page, testId: string, text: string) => {
  const field = page.byTestId<HTMLInputElement | HTMLTextAreaElement>(testId)!;
  field.value = text;
  field.dispatchEvent(new Event('input'));
};
const labelOf = (page: Page, testId: string) => page.root.querySelector(`label[for="${page.byTestId(testId)?.id}"]`)?.textContent;
/** Everything every socket of the page sent, as one string. */
const allSent = (page: Page) => JSON.stringify(page.maker.sockets.map((socket) => socket.sent));

describe('a reflection', () => {
  const reflection = viewOf({ kind: 'reflection' });

  it('asks for private writing first, says it stays on the phone, then offers the share box; the mode line comes first', () => {
    const page = start();
    page.join(reflection);
    const form = page.byTestId('phone-note-input')!.closest('form')!;
    expect(form.firstElementChild).toBe(page.byTestId('phone-mode'));
    expect(page.byTestId('phone-mode')?.textContent).toBe('Anonymous: your name is not shown.');
    expect(labelOf(page, 'phone-reflection-private')).toBe(REFLECTION_LABEL);
    expect(page.root.textContent).toContain(REFLECTION_PRIVATE_TEXT);
    expect(labelOf(page, 'phone-note-input')).toBe('Share with the room');
    const fields = [...form.querySelectorAll('textarea')].map((field) => field.dataset.testid);
    expect(fields).toEqual(['phone-reflection-private', 'phone-note-input']);
    expect(page.byTestId('phone-reflection-private')?.hasAttribute('name')).toBe(false);
    expect(page.byTestId('phone-reflection-copy')?.getAttribute('type')).toBe('button');
  });

  it('keeps the private writing through a rebuilt form and a reload, and never sends or queues it', () => {
    const page = start();
    page.join(reflection);
    typeInto(page, 'phone-reflection-private', PRIVATE);
    expect(page.store.get(reflectionsKey('K7PX'))).toContain(PRIVATE);

    // The facilitator makes it named: the form is built again, with the writing in it.
    const before = page.byTestId('phone-reflection-private');
    page.maker.last().receive({ t: 'view', view: viewOf({ kind: 'reflection', named: true }) });
    expect(page.byTestId('phone-reflection-private')).not.toBe(before);
    expect(page.byTestId<HTMLTextAreaElement>('phone-reflection-private')?.value).toBe(PRIVATE);
    // The room moves on and comes back.
    page.maker.last().receive({ t: 'view', view: viewOf({ id: 'a2', kind: 'discussion' }) });
    expect(page.byTestId('phone-reflection-private')).toBeNull();
    page.maker.last().receive({ t: 'view', view: reflection });
    expect(page.byTestId<HTMLTextAreaElement>('phone-reflection-private')?.value).toBe(PRIVATE);

    page.write('Talk sooner');
    page.maker.last().drop(1006);
    vi.advanceTimersByTime(60000);
    page.maker.last().open();

    const reloaded = start({ hash: '', store: page.store });
    reloaded.join(reflection);
    expect(reloaded.byTestId<HTMLTextAreaElement>('phone-reflection-private')?.value).toBe(PRIVATE);
    reloaded.write('One more');
    vi.advanceTimersByTime(1000);

    expect([...new Set(page.notes().concat(reloaded.notes()).map((note) => note.text))]).toEqual(['Talk sooner', 'One more']);
    for (const sent of [allSent(page), allSent(reloaded), String(page.store.get(outboxKey('K7PX')))]) expect(sent).not.toContain('manager');
    // Sending the share leaves the private writing where it was.
    expect(reloaded.byTestId<HTMLTextAreaElement>('phone-reflection-private')?.value).toBe(PRIVATE);
  });

  it('copies the private writing into the share box, to trim before sending, without sending it', () => {
    const page = start();
    page.join(reflection);
    page.byTestId<HTMLButtonElement>('phone-reflection-copy')!.click();
    expect(page.root.querySelector('.note-form .error')?.textContent).toBe(NOTHING_TO_COPY_TEXT);
    expect(page.byTestId<HTMLTextAreaElement>('phone-note-input')?.value).toBe('');

    typeInto(page, 'phone-reflection-private', '  ' + PRIVATE + '\n');
    page.byTestId<HTMLButtonElement>('phone-reflection-copy')!.click();
    const share = page.byTestId<HTMLTextAreaElement>('phone-note-input')!;
    expect(share.value).toBe(PRIVATE);
    expect(document.activeElement).toBe(share);
    expect(page.root.querySelector('.note-form .error')?.textContent).toBe('');
    expect(page.notes()).toEqual([]);
    // The copy is a draft like any typing: a reload keeps it.
    const reloaded = start({ hash: '', store: page.store });
    reloaded.join(reflection);
    expect(reloaded.byTestId<HTMLTextAreaElement>('phone-note-input')?.value).toBe(PRIVATE);

    reloaded.write('I avoid hard conversations');
    expect(reloaded.notes().map((note) => note.text)).toEqual(['I avoid hard conversations']);
  });

  it('adds the copy after what the share box holds, and copies it only once', () => {
    const page = start();
    page.join(reflection);
    typeInto(page, 'phone-reflection-private', PRIVATE);
    typeInto(page, 'phone-note-input', 'First thought ');
    page.byTestId<HTMLButtonElement>('phone-reflection-copy')!.click();
    page.byTestId<HTMLButtonElement>('phone-reflection-copy')!.click();
    expect(page.byTestId<HTMLTextAreaElement>('phone-note-input')?.value).toBe('First thought\n\n' + PRIVATE);
  });
});

describe('commitments', () => {
  const commitments = viewOf({ kind: 'commitments' });

  it('asks for the next step and an optional "by when", sends both, and clears both', () => {
    const page = start();
    page.join(commitments);
    expect(labelOf(page, 'phone-note-input')).toBe('Your next step');
    const byWhen = page.byTestId<HTMLInputElement>('phone-by-when')!;
    expect(byWhen.id).toBe('phone-by-when');
    expect(byWhen.maxLength).toBe(200);
    expect(labelOf(page, 'phone-by-when')).toBe('By when (optional)');

    typeInto(page, 'phone-by-when', '  Friday ');
    page.write('Book the retro room');
    const [note] = page.notes();
    expect(note).toMatchObject({ t: 'note', text: 'Book the retro room', byWhen: 'Friday' });
    expect(phoneMessageSchema.safeParse(note).success).toBe(true);
    expect(byWhen.value).toBe('');
    expect(page.byTestId<HTMLTextAreaElement>('phone-note-input')?.value).toBe('');
    expect(page.root.querySelector('[data-testid="phone-item"] .note-meta')?.textContent).toBe('Sending… · by Friday');

    page.write('Write the summary');
    vi.advanceTimersByTime(1000);
    expect(page.notes()[1]).not.toHaveProperty('byWhen');
  });

  it('keeps the "by when" being typed across a reload, with its note, and forgets both once sent', () => {
    const page = start();
    page.join(commitments);
    typeInto(page, 'phone-by-when', 'Friday');
    typeInto(page, 'phone-note-input', 'Book the retro');
    const again = start({ hash: '', store: page.store });
    again.join(commitments);
    expect(again.byTestId<HTMLInputElement>('phone-by-when')?.value).toBe('Friday');
    expect(again.byTestId<HTMLTextAreaElement>('phone-note-input')?.value).toBe('Book the retro');
    again.byTestId<HTMLButtonElement>('phone-send')!.click();
    expect(again.notes()).toMatchObject([{ text: 'Book the retro', byWhen: 'Friday' }]);
    const third = start({ hash: '', store: page.store });
    third.join(commitments);
    expect(third.byTestId<HTMLInputElement>('phone-by-when')?.value).toBe('');
  });

  it('keeps the "by when" when the note is refused on the phone, and names the field for a long one', () => {
    const page = start();
    page.join(commitments);
    typeInto(page, 'phone-by-when', 'Friday');
    page.write('   ');
    expect(page.byTestId<HTMLInputElement>('phone-by-when')?.value).toBe('Friday');
    const byWhen = page.byTestId<HTMLInputElement>('phone-by-when')!;
    byWhen.value = 'x'.repeat(201);
    page.write('Call Sam');
    expect(page.notes()).toEqual([]);
    expect(page.root.textContent).toContain('Keep "by when" to 200 characters.');
    expect(document.activeElement).toBe(byWhen);
  });

  it('asks who in a named one, and sends the name with the commitment', () => {
    const page = start();
    page.join(viewOf({ kind: 'commitments', named: true }));
    expect(labelOf(page, 'phone-name-input')).toBe('Who (your name)');
    typeInto(page, 'phone-name-input', 'Ana');
    typeInto(page, 'phone-by-when', 'Next sprint');
    page.write('Pair with Sam');
    expect(page.notes()[0]).toMatchObject({ name: 'Ana', byWhen: 'Next sprint', text: 'Pair with Sam' });
  });

  it('is the only kind with a "by when"', () => {
    const page = start();
    page.join(viewOf({ kind: 'discussion' }));
    expect(page.byTestId('phone-by-when')).toBeNull();
    expect(labelOf(page, 'phone-note-input')).toBe('Your note');
  });
});

describe('a suggested name', () => {
  it('fills the name field with a friendly name the page keeps, and sends it', () => {
    const page = start();
    page.join(viewOf({ named: true }));
    const suggest = page.byTestId<HTMLButtonElement>('phone-suggest-name')!;
    expect(suggest.getAttribute('type')).toBe('button');
    expect(suggest.textContent).toBe('Suggest a name');
    suggest.click();
    const name = page.byTestId<HTMLInputElement>('phone-name-input')!.value;
    expect(name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(name.length).toBeLessThanOrEqual(40);
    expect(page.store.get(NAME_KEY)).toBe(name);
    expect(page.notes()).toEqual([]);
    page.write('Shorter stand-ups');
    expect(page.notes()[0]).toMatchObject({ name });
  });

  it('can be asked for again when the host says the name is taken, and the note goes again with the new one', () => {
    const page = start();
    page.join(viewOf({ named: true }));
    typeInto(page, 'phone-name-input', 'Ana');
    page.write('Shorter stand-ups');
    const [first] = page.notes();
    const taken = '“Ana” is already someone else’s name in this room: add an initial, or pick another.';
    page.maker.last().receive({ t: 'refused', id: first!.id, message: taken });
    expect(page.root.textContent).toContain(taken);
    page.byTestId<HTMLButtonElement>('phone-suggest-name')!.click();
    const name = page.byTestId<HTMLInputElement>('phone-name-input')!.value;
    expect(name).not.toBe('Ana');
    page.byTestId<HTMLButtonElement>('phone-retry')!.click();
    vi.advanceTimersByTime(1000);
    expect(page.notes()[1]).toMatchObject({ id: first!.id, name, text: 'Shorter stand-ups' });
  });

  it('is offered only where the activity is named', () => {
    const page = start();
    page.join(viewOf({ named: false }));
    expect(page.byTestId('phone-suggest-name')).toBeNull();
  });
});
