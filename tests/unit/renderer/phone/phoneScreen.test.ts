// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addToOutbox, markGot, markRefused } from '../../../../renderer/phone/outbox';
import type { OutboxItem } from '../../../../renderer/phone/outbox';
import { createPhoneScreen, NOTHING_TO_SEND_TEXT, WAITING_TEXT } from '../../../../renderer/phone/phoneScreen';
import type { ScreenActions, ScreenState } from '../../../../renderer/phone/phoneScreen';
import type { PhoneActivity } from '../../../../shared/phones/phoneView';

afterEach(() => {
  document.body.textContent = '';
});

const activity = (extra: Partial<PhoneActivity> = {}): PhoneActivity => ({
  id: 'a1',
  kind: 'discussion',
  title: 'What went well',
  prompt: 'Name one thing that went well this quarter.\nBe specific.',
  answer: 'notes',
  named: false,
  columns: [],
  toTray: false,
  options: [],
  dots: 0,
  statements: [],
  scale: null,
  ...extra,
});

function mount(initial: Partial<ScreenState> = {}) {
  const root = document.createElement('main');
  document.body.appendChild(root);
  // Mock functions rather than methods, so a test can name them without unbinding anything.
  const reflections = new Map<string, string>();
  const actions = {
    join: vi.fn<ScreenActions['join']>(),
    send: vi.fn<ScreenActions['send']>(() => null),
    sendBallot: vi.fn<ScreenActions['sendBallot']>(() => null),
    sendRating: vi.fn<ScreenActions['sendRating']>(() => null),
    retry: vi.fn<ScreenActions['retry']>(),
    remove: vi.fn<ScreenActions['remove']>(),
    draftOf: vi.fn<ScreenActions['draftOf']>(() => ''),
    draftChanged: vi.fn<ScreenActions['draftChanged']>(),
    byWhenOf: vi.fn<ScreenActions['byWhenOf']>(() => ''),
    byWhenChanged: vi.fn<ScreenActions['byWhenChanged']>(),
    reflectionOf: vi.fn<ScreenActions['reflectionOf']>((id) => reflections.get(id) ?? ''),
    reflectionChanged: vi.fn<ScreenActions['reflectionChanged']>((id, text) => {
      reflections.set(id, text);
    }),
    nameChanged: vi.fn<ScreenActions['nameChanged']>(),
    reload: vi.fn<ScreenActions['reload']>(),
  };
  const screen = createPhoneScreen(root, actions);
  let state: ScreenState = { stage: 'room', status: 'connected', joinError: null, view: { title: 'Team retro', activity: activity() }, items: [], ballot: { latest: null, sent: null }, rating: { latest: null, sent: null }, name: '', ...initial };
  screen.render(state);
  const rerender = (change: Partial<ScreenState>) => {
    state = { ...state, ...change };
    screen.render(state);
  };
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`);
  const visible = (id: string) => {
    for (let node: HTMLElement | null = byTestId(id); node && node !== root; node = node.parentElement) if (node.hidden) return false;
    return byTestId(id) !== null;
  };
  return { root, actions, rerender, byTestId, visible, reflections };
}

const items = (...states: Array<'sending' | 'sent' | 'refused'>): OutboxItem[] =>
  states.map((state, index) => {
    const id = 'n' + index;
    let list = addToOutbox([], { id, activityId: 'a1', text: 'Note ' + index, activityTitle: 'What went well' });
    if (state === 'sent') list = markGot(list, id);
    if (state === 'refused') list = markRefused(list, id, 'That activity is not open to phones.');
    return list[0] as OutboxItem;
  });

describe('the phone screen', () => {
  it('asks for the room code with a big labelled field and a Join button', () => {
    const { byTestId, visible, actions, root } = mount({ stage: 'join', status: 'connecting', view: null });
    const input = byTestId<HTMLInputElement>('phone-code-input');
    expect(visible('phone-code-input')).toBe(true);
    expect(input?.getAttribute('autocapitalize')).toBe('characters');
    expect(input?.getAttribute('autocomplete')).toBe('off');
    expect(input?.getAttribute('inputmode')).toBe('text');
    expect(input?.maxLength).toBe(4);
    expect(root.querySelector(`label[for="${input?.id}"]`)?.textContent).toMatch(/Room code/);
    expect(document.activeElement).toBe(input);
    expect(visible('phone-activity-title')).toBe(false);
    expect(byTestId('phone-title')?.textContent).toBe('Groundwork');
    expect(byTestId('phone-status')?.textContent).toBe('');
    input!.value = 'k7px';
    byTestId<HTMLButtonElement>('phone-join')!.click();
    expect(actions.join).toHaveBeenCalledWith('k7px');
    expect(byTestId('phone-join')?.tagName).toBe('BUTTON');
  });

  it('says why a code was not taken', () => {
    const { byTestId, root, rerender } = mount({ stage: 'join', status: 'wrongCode', view: null });
    expect(byTestId('phone-status')?.textContent).toBe("That code is not this room's. Check the projector.");
    rerender({ joinError: 'A room code is 4 letters and digits, as shown on the projector.' });
    expect(root.querySelector('.join .error')?.textContent).toBe('A room code is 4 letters and digits, as shown on the projector.');
  });

  it('shows the workshop, the activity and its prompt, with a polite status line', () => {
    const { byTestId } = mount();
    expect(byTestId('phone-title')?.textContent).toBe('Team retro');
    expect(document.title).toBe('Team retro');
    expect(byTestId('phone-activity-title')?.textContent).toBe('What went well');
    expect(byTestId('phone-prompt')?.textContent).toBe('Name one thing that went well this quarter.\nBe specific.');
    const status = byTestId('phone-status');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe('Connected');
  });

  it('offers an anonymous note: says so before the field, a labelled textarea and a Send button', () => {
    const { byTestId, visible, root } = mount();
    const mode = byTestId('phone-mode');
    const textarea = byTestId<HTMLTextAreaElement>('phone-note-input');
    expect(mode?.textContent).toBe('Anonymous: your name is not shown.');
    expect(mode!.compareDocumentPosition(textarea!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(textarea?.maxLength).toBe(2000);
    expect(textarea?.rows).toBeGreaterThanOrEqual(3);
    expect(root.querySelector(`label[for="${textarea?.id}"]`)?.textContent).toBe('Your note');
    expect(byTestId('phone-name-input')).toBeNull();
    expect(byTestId('phone-send')?.tagName).toBe('BUTTON');
    expect(visible('phone-nothing')).toBe(false);
  });

  it('asks for a name in a named activity, and says it is shown', () => {
    const { byTestId, root, actions } = mount({ view: { title: 'Retro', activity: activity({ named: true }) }, name: 'Ana' });
    expect(byTestId('phone-mode')?.textContent).toBe('Named: your name is shown with your answers.');
    const name = byTestId<HTMLInputElement>('phone-name-input');
    expect(name?.value).toBe('Ana');
    expect(name?.maxLength).toBe(40);
    expect(root.querySelector(`label[for="${name?.id}"]`)?.textContent).toBe('Your name');
    name!.value = 'Ana B';
    name!.dispatchEvent(new Event('input'));
    expect(actions.nameChanged).toHaveBeenCalledWith('Ana B');
  });

  it('offers a sort\'s columns as big radio buttons, the first picked', () => {
    const columns = [
      { id: 'keep', label: 'Keep' },
      { id: 'drop', label: 'Drop' },
    ];
    const { byTestId, actions } = mount({ view: { title: 'Retro', activity: activity({ kind: 'sort', columns }) } });
    const keep = byTestId<HTMLInputElement>('phone-column-keep');
    const drop = byTestId<HTMLInputElement>('phone-column-drop');
    expect(keep?.type).toBe('radio');
    expect(keep?.checked).toBe(true);
    expect(drop?.closest('label')?.textContent).toBe('Drop');
    drop!.click();
    byTestId<HTMLTextAreaElement>('phone-note-input')!.value = 'Fewer meetings';
    byTestId<HTMLButtonElement>('phone-send')!.click();
    expect(actions.send).toHaveBeenCalledWith({ activityId: 'a1', text: 'Fewer meetings', columnId: 'drop' });
  });

  it('says a map\'s note goes to the facilitator', () => {
    const { root } = mount({ view: { title: 'Retro', activity: activity({ kind: 'map', toTray: true }) } });
    expect(root.textContent).toContain('Your note goes to the facilitator, who places it on the map.');
  });

  it('sends what was typed and clears the field; shows the reason and keeps the text when the page refuses', () => {
    const { byTestId, actions, root } = mount({ view: { title: 'Retro', activity: activity({ named: true }) } });
    const textarea = byTestId<HTMLTextAreaElement>('phone-note-input')!;
    textarea.value = 'Pairing';
    actions.send.mockReturnValueOnce({ field: 'name', message: 'Give your name first: this activity shows who wrote what.' });
    byTestId<HTMLButtonElement>('phone-send')!.click();
    expect(textarea.value).toBe('Pairing');
    expect(root.querySelector('.note-form .error')?.textContent).toBe('Give your name first: this activity shows who wrote what.');
    expect(document.activeElement).toBe(byTestId('phone-name-input'));
    byTestId<HTMLButtonElement>('phone-send')!.click();
    expect(actions.send).toHaveBeenLastCalledWith({ activityId: 'a1', text: 'Pairing', name: '' });
    expect(textarea.value).toBe('');
    expect(root.querySelector('.note-form .error')?.textContent).toBe('');
  });

  it('keeps what is being typed when the view changes but the form does not', () => {
    const { byTestId, rerender } = mount();
    const textarea = byTestId<HTMLTextAreaElement>('phone-note-input')!;
    textarea.value = 'Half a thought';
    textarea.focus();
    rerender({ view: { title: 'Team retro', activity: activity({ prompt: 'A clearer prompt' }) }, status: 'reconnecting' });
    expect(byTestId('phone-note-input')).toBe(textarea);
    expect(textarea.value).toBe('Half a thought');
    expect(document.activeElement).toBe(textarea);
    expect(byTestId('phone-prompt')?.textContent).toBe('A clearer prompt');
  });

  it('builds a new form for a new activity, with that activity\'s draft', () => {
    const { byTestId, rerender, actions } = mount();
    actions.draftOf.mockImplementation((id) => (id === 'a2' ? 'Kept for later' : ''));
    rerender({ view: { title: 'Team retro', activity: activity({ id: 'a2', title: 'Next' }) } });
    const textarea = byTestId<HTMLTextAreaElement>('phone-note-input')!;
    expect(textarea.value).toBe('Kept for later');
    textarea.value = 'Kept for later!';
    textarea.dispatchEvent(new Event('input'));
    expect(actions.draftChanged).toHaveBeenCalledWith('a2', 'Kept for later!');
  });

  it('fills the name field with a suggested name and tells the page, as typing does', () => {
    const { byTestId, actions } = mount({ view: { title: 'Retro', activity: activity({ named: true }) }, name: 'Ana' });
    const input = byTestId<HTMLInputElement>('phone-name-input')!;
    byTestId<HTMLButtonElement>('phone-suggest-name')!.click();
    expect(input.value).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(input.value.length).toBeLessThanOrEqual(40);
    expect(actions.nameChanged).toHaveBeenLastCalledWith(input.value);
    expect(actions.send).not.toHaveBeenCalled();
  });

  it('keeps a reflection\'s private writing when its form is rebuilt, and never hands it to send', () => {
    const { byTestId, actions, rerender } = mount({ view: { title: 'Retro', activity: activity({ kind: 'reflection' }) } });
    const first = byTestId<HTMLTextAreaElement>('phone-reflection-private')!;
    first.value = 'Only mine';
    first.dispatchEvent(new Event('input'));
    expect(actions.reflectionChanged).toHaveBeenCalledWith('a1', 'Only mine');
    rerender({ view: { title: 'Retro', activity: activity({ kind: 'reflection', named: true }) } });
    expect(byTestId('phone-reflection-private')).not.toBe(first);
    expect(byTestId<HTMLTextAreaElement>('phone-reflection-private')?.value).toBe('Only mine');
    byTestId<HTMLTextAreaElement>('phone-note-input')!.value = 'For the room';
    byTestId<HTMLButtonElement>('phone-send')!.click();
    expect(actions.send).toHaveBeenCalledWith({ activityId: 'a1', text: 'For the room', name: '' });
    expect(byTestId<HTMLTextAreaElement>('phone-reflection-private')?.value).toBe('Only mine');
  });

  it('hands a commitment\'s "by when" to send with the note, and clears both once sent', () => {
    const { byTestId, actions } = mount({ view: { title: 'Retro', activity: activity({ kind: 'commitments' }) } });
    byTestId<HTMLTextAreaElement>('phone-note-input')!.value = 'Book the room';
    byTestId<HTMLInputElement>('phone-by-when')!.value = 'Friday';
    byTestId<HTMLButtonElement>('phone-send')!.click();
    expect(actions.send).toHaveBeenCalledWith({ activityId: 'a1', text: 'Book the room', byWhen: 'Friday' });
    expect(byTestId<HTMLInputElement>('phone-by-when')?.value).toBe('');
    expect(byTestId<HTMLTextAreaElement>('phone-note-input')?.value).toBe('');
  });

  it('says there is nothing to send when the activity takes no answers from phones', () => {
    const { byTestId, visible } = mount({ view: { title: 'Retro', activity: activity({ answer: 'none' }) } });
    expect(byTestId('phone-nothing')?.textContent).toBe(NOTHING_TO_SEND_TEXT);
    expect(visible('phone-nothing')).toBe(true);
    expect(visible('phone-prompt')).toBe(true);
    expect(byTestId('phone-note-input')).toBeNull();
    expect(byTestId('phone-send')).toBeNull();
  });

  it('waits between activities', () => {
    const { byTestId, visible } = mount({ view: { title: 'Retro', activity: null } });
    expect(byTestId('phone-nothing')?.textContent).toBe(WAITING_TEXT);
    expect(WAITING_TEXT).toBe('Waiting for the next activity…');
    expect(visible('phone-nothing')).toBe(true);
    expect(visible('phone-activity-title')).toBe(false);
    expect(byTestId('phone-note-input')).toBeNull();
  });

  it('shows only the status while joining, before the host has said what to show', () => {
    const { byTestId, visible } = mount({ status: 'connecting', view: null });
    expect(byTestId('phone-status')?.textContent).toBe('Connecting…');
    expect(visible('phone-nothing')).toBe(false);
    expect(visible('phone-code-input')).toBe(false);
  });

  it('says each state of the link, and offers a reload when the page is out of date', () => {
    const { byTestId, visible, rerender, actions } = mount();
    const said: Record<string, string> = {
      connecting: 'Connecting…',
      connected: 'Connected',
      reconnecting: 'Reconnecting…',
      phonesOff: 'Phones are off for now. This page rejoins by itself when they are back on.',
      busy: 'The room is busy. Wait a minute: this page tries again by itself.',
      removed: 'The facilitator has removed this phone from the session. What you wrote stays on this phone.',
      reload: 'Groundwork was updated. Reload this page to go on.',
    };
    for (const status of Object.keys(said) as Array<ScreenState['status']>) {
      rerender({ status });
      expect(byTestId('phone-status')?.textContent).toBe(said[status]);
      expect(visible('phone-reload')).toBe(status === 'reload');
    }
    byTestId<HTMLButtonElement>('phone-reload')!.click();
    expect(actions.reload).toHaveBeenCalled();
  });

  it('lists the notes with their state, and offers Try again and Remove for a refused one', () => {
    const { byTestId, root, actions, visible } = mount({ items: items('refused', 'sent', 'sending') });
    expect(visible('phone-item')).toBe(true);
    const listed = [...root.querySelectorAll<HTMLElement>('[data-testid="phone-item"]')];
    expect(listed.map((item) => item.dataset.state)).toEqual(['refused', 'sent', 'sending']);
    expect(listed[0]?.textContent).toContain('That activity is not open to phones.');
    expect(listed[0]?.textContent).toContain('Note 0');
    expect(listed[1]?.textContent).toContain('Sent ✓');
    expect(listed[2]?.textContent).toContain('Sending…');
    expect(listed[1]?.querySelector('button')).toBeNull();
    byTestId<HTMLButtonElement>('phone-retry')!.click();
    expect(actions.retry).toHaveBeenCalledWith('n0');
    byTestId<HTMLButtonElement>('phone-remove')!.click();
    expect(actions.remove).toHaveBeenCalledWith('n0');
    expect(root.textContent).toContain('Your notes');
  });

  it('labels an unsent note of another activity, and a sort note with its column', () => {
    const other = addToOutbox([], { id: 'x', activityId: 'a0', text: 'Earlier', activityTitle: 'Warm-up' })[0] as OutboxItem;
    const sorted = addToOutbox([], { id: 'y', activityId: 'a1', text: 'Later', activityTitle: 'Sort', columnId: 'keep' })[0] as OutboxItem;
    const { root } = mount({ items: [sorted, other], view: { title: 'Retro', activity: activity({ kind: 'sort', columns: [{ id: 'keep', label: 'Keep' }] }) } });
    const listed = [...root.querySelectorAll<HTMLElement>('[data-testid="phone-item"]')];
    expect(listed[0]?.querySelector('.note-meta')?.textContent).toBe('Sending… · Keep');
    expect(listed[1]?.querySelector('.note-meta')?.textContent).toBe('Sending… · for “Warm-up”');
  });

  it('hides the list when there is nothing in it', () => {
    const { root } = mount();
    expect((root.querySelector('.your-notes') as HTMLElement).hidden).toBe(true);
  });

  it('puts text from the room in as text, never as HTML', () => {
    const nasty = '<img src=x onerror="alert(1)"><b>bold</b>';
    const { root, byTestId } = mount({
      view: { title: nasty, activity: activity({ title: nasty, prompt: nasty, kind: 'sort', columns: [{ id: 'c', label: nasty }] }) },
      items: [addToOutbox([], { id: 'n', activityId: 'a1', text: nasty, activityTitle: nasty })[0] as OutboxItem],
    });
    expect(root.querySelector('img, b')).toBeNull();
    expect(byTestId('phone-title')?.textContent).toBe(nasty);
    expect(byTestId('phone-prompt')?.textContent).toBe(nasty);
  });
});
