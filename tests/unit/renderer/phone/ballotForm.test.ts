// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VOTE_CHANGED_TEXT, VOTE_CLOSED_TEXT, VOTE_SENDING_TEXT, VOTE_SENT_TEXT, VOTE_WITHDRAWN_TEXT } from '../../../../renderer/phone/ballotForm';
import type { BallotInfo } from '../../../../renderer/phone/ballotForm';
import { addBallot, markGot, markRefused } from '../../../../renderer/phone/outbox';
import type { OutboxItem } from '../../../../renderer/phone/outbox';
import { createPhoneScreen } from '../../../../renderer/phone/phoneScreen';
import type { ScreenActions, ScreenState } from '../../../../renderer/phone/phoneScreen';
import type { PhoneActivity } from '../../../../shared/phones/phoneView';

afterEach(() => {
  document.body.textContent = '';
});

const OPTIONS = [
  { id: 'o1', text: 'Micromanagement' },
  { id: 'o2', text: 'Too many meetings' },
  { id: 'o3', text: 'Unclear goals' },
];
const vote = (extra: Partial<PhoneActivity> = {}): PhoneActivity => ({
  id: 'v1',
  kind: 'vote',
  title: 'What hurts most',
  prompt: 'Put your dots on what you see most.',
  answer: 'ballot',
  named: false,
  columns: [],
  toTray: false,
  options: OPTIONS,
  dots: 3,
  statements: [],
  scale: null,
  ...extra,
});
const NO_BALLOT: BallotInfo = { latest: null, sent: null };

function ballotItem(optionIds: string[], state: 'sending' | 'sent' | 'refused' = 'sending', message = 'No'): OutboxItem {
  let items = addBallot([], { id: 'b1', activityId: 'v1', text: '', optionIds, activityTitle: 'What hurts most' });
  if (state === 'sent') items = markGot(items, 'b1');
  if (state === 'refused') items = markRefused(items, 'b1', message);
  return items[0] as OutboxItem;
}

function mount(activity: PhoneActivity = vote(), ballot: BallotInfo = NO_BALLOT) {
  const root = document.createElement('main');
  document.body.appendChild(root);
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
    reflectionOf: vi.fn<ScreenActions['reflectionOf']>(() => ''),
    reflectionChanged: vi.fn<ScreenActions['reflectionChanged']>(),
    nameChanged: vi.fn<ScreenActions['nameChanged']>(),
    reload: vi.fn<ScreenActions['reload']>(),
  };
  const screen = createPhoneScreen(root, actions);
  let state: ScreenState = { stage: 'room', status: 'connected', joinError: null, view: { title: 'Team retro', activity }, items: [], ballot, rating: { latest: null, sent: null }, name: '' };
  screen.render(state);
  const rerender = (change: Partial<ScreenState>) => {
    state = { ...state, ...change };
    screen.render(state);
  };
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`);
  const row = (optionId: string) => root.querySelector<HTMLElement>(`[data-testid="phone-option"][data-option-id="${optionId}"]`)!;
  const add = (optionId: string) => row(optionId).querySelector<HTMLButtonElement>('[data-testid="phone-dot-add"]')!;
  const remove = (optionId: string) => row(optionId).querySelector<HTMLButtonElement>('[data-testid="phone-dot-remove"]')!;
  const dotsOn = (optionId: string) => row(optionId).querySelector('.option-dots')!.textContent;
  const sendVote = () => byTestId<HTMLButtonElement>('phone-vote-send')!.click();
  return { root, actions, rerender, byTestId, row, add, remove, dotsOn, sendVote };
}

describe('a vote on the phone', () => {
  it('shows the prompt, how many dots, each option with − and + named for it, and nothing to type', () => {
    const page = mount();
    expect(page.byTestId('phone-prompt')?.textContent).toBe('Put your dots on what you see most.');
    expect(page.byTestId('phone-ballot')?.textContent).toContain('You have 3 dots: put them on what you see most (more than one on the same option if you like).');
    const rows = [...page.root.querySelectorAll<HTMLElement>('[data-testid="phone-option"]')];
    expect(rows.map((row) => [row.dataset.optionId, row.querySelector('.option-text')?.textContent])).toEqual(OPTIONS.map((option) => [option.id, option.text]));
    expect(page.add('o1').getAttribute('aria-label')).toBe('Add a dot to “Micromanagement”');
    expect(page.remove('o1').getAttribute('aria-label')).toBe('Take a dot from “Micromanagement”');
    expect(page.add('o1').type).toBe('button');
    expect(page.add('o1').textContent).toBe('+');
    expect(page.remove('o1').textContent).toBe('−');
    expect(page.byTestId('phone-dots-left')?.textContent).toBe('0 of 3 dots placed');
    expect(page.byTestId('phone-dots-left')?.getAttribute('aria-live')).toBe('polite');
    expect(page.byTestId('phone-vote-send')?.textContent).toBe('Send my vote');
    expect(page.byTestId('phone-vote-state')?.textContent).toBe('');
    expect(page.byTestId('phone-note-input')).toBeNull();
    expect(page.byTestId('phone-nothing')?.hidden).toBe(true);
  });

  it('places dots up to the limit, twice on one option if wanted, and takes them off again', () => {
    const page = mount();
    for (const id of ['o1', 'o2', 'o3']) expect(page.remove(id).disabled).toBe(true);
    page.add('o1').click();
    page.add('o1').click();
    expect(page.dotsOn('o1')).toBe('●●');
    expect(page.row('o1').textContent).toContain('2 dots');
    expect(page.remove('o1').disabled).toBe(false);
    expect(page.byTestId('phone-dots-left')?.textContent).toBe('2 of 3 dots placed');
    page.add('o3').click();
    expect(page.byTestId('phone-dots-left')?.textContent).toBe('3 of 3 dots placed');
    for (const id of ['o1', 'o2', 'o3']) expect(page.add(id).disabled).toBe(true);
    page.add('o2').click();
    expect(page.dotsOn('o2')).toBe('');
    page.remove('o1').click();
    expect(page.dotsOn('o1')).toBe('●');
    expect(page.add('o2').disabled).toBe(false);
    page.sendVote();
    expect(page.actions.sendBallot).toHaveBeenCalledWith('v1', ['o1', 'o3']);
  });

  it('keeps the dots placed (and the buttons) when the view changes, and frees the dots of an option taken off the list', () => {
    const page = mount();
    page.add('o2').click();
    page.add('o3').click();
    const button = page.add('o2');
    page.rerender({ view: { title: 'Team retro', activity: vote({ prompt: 'Clearer' }) }, status: 'reconnecting' });
    expect(page.add('o2')).toBe(button);
    expect(page.dotsOn('o2')).toBe('●');
    page.rerender({ view: { title: 'Team retro', activity: vote({ options: [OPTIONS[1]!, { id: 'o4', text: 'Slow builds' }] }) } });
    expect(page.row('o3')).toBeNull();
    expect(page.dotsOn('o2')).toBe('●');
    expect(page.byTestId('phone-dots-left')?.textContent).toBe('1 of 3 dots placed');
    page.sendVote();
    expect(page.actions.sendBallot).toHaveBeenLastCalledWith('v1', ['o2']);
  });

  it('says a single dot in the singular', () => {
    const page = mount(vote({ dots: 1 }));
    expect(page.byTestId('phone-ballot')?.textContent).toContain('You have 1 dot: put it on what you see most.');
    expect(page.byTestId('phone-dots-left')?.textContent).toBe('0 of 1 dot placed');
  });

  it('shows the dots of the ballot this phone sent, the state of its sending, and offers an update', () => {
    const page = mount(vote(), { latest: ballotItem(['o2', 'o2']), sent: null });
    expect(page.dotsOn('o2')).toBe('●●');
    expect(page.byTestId('phone-vote-send')?.textContent).toBe('Update my vote');
    expect(page.byTestId('phone-vote-state')?.textContent).toBe(VOTE_SENDING_TEXT);
    page.rerender({ ballot: { latest: ballotItem(['o2', 'o2'], 'sent'), sent: ['o2', 'o2'] } });
    expect(page.byTestId('phone-vote-state')?.textContent).toBe(VOTE_SENT_TEXT);
    expect(VOTE_SENT_TEXT).toBe('Vote sent ✓ — you can change it until the results are shown.');
    page.add('o1').click();
    expect(page.byTestId('phone-vote-state')?.textContent).toBe(VOTE_CHANGED_TEXT);
    page.remove('o1').click();
    expect(page.byTestId('phone-vote-state')?.textContent).toBe(VOTE_SENT_TEXT);
    page.rerender({ ballot: { latest: ballotItem([], 'sent'), sent: null } });
    expect(page.byTestId('phone-vote-state')?.textContent).toBe(VOTE_CHANGED_TEXT);
  });

  it('says a withdrawn vote is withdrawn', () => {
    const page = mount(vote(), { latest: ballotItem([], 'sent'), sent: null });
    expect(page.byTestId('phone-dots-left')?.textContent).toBe('0 of 3 dots placed');
    expect(page.byTestId('phone-vote-state')?.textContent).toBe(VOTE_WITHDRAWN_TEXT);
  });

  it('shows the host sentence for a refused ballot and keeps its dots to fix and send again', () => {
    const page = mount(vote(), { latest: ballotItem(['o1', 'o1', 'o1'], 'refused', 'Place at most 2 dots.'), sent: ['o3'] });
    expect(page.dotsOn('o1')).toBe('●●●');
    const said = page.byTestId('phone-vote-state')!;
    expect(said.textContent).toBe('Place at most 2 dots.');
    expect(said.classList.contains('error')).toBe(true);
    page.rerender({ view: { title: 'Team retro', activity: vote({ dots: 2 }) } });
    page.remove('o1').click();
    expect(said.textContent).toBe('Place at most 2 dots.');
    page.sendVote();
    expect(page.actions.sendBallot).toHaveBeenCalledWith('v1', ['o1', 'o1']);
  });

  it('shows why the page did not send, until a dot moves', () => {
    const page = mount();
    page.actions.sendBallot.mockReturnValueOnce('Put a dot on an option first.');
    page.sendVote();
    const said = page.byTestId('phone-vote-state')!;
    expect(said.textContent).toBe('Put a dot on an option first.');
    expect(said.classList.contains('error')).toBe(true);
    page.add('o1').click();
    expect(said.textContent).toBe('');
    expect(said.classList.contains('error')).toBe(false);
  });

  it('once closed, shows the dots the host took, read-only, and says the vote is closed', () => {
    const page = mount(vote(), { latest: ballotItem(['o1']), sent: null });
    page.add('o3').click();
    page.rerender({ view: { title: 'Team retro', activity: vote({ answer: 'none' }) }, ballot: { latest: ballotItem(['o1', 'o3'], 'refused', 'Closed.'), sent: ['o2', 'o2'] } });
    expect(page.byTestId('phone-vote-state')?.textContent).toBe(VOTE_CLOSED_TEXT);
    expect(VOTE_CLOSED_TEXT).toBe('The vote is closed.');
    expect(page.dotsOn('o2')).toBe('●●');
    expect(page.dotsOn('o1')).toBe('');
    expect(page.root.querySelector('[data-testid="phone-dot-add"], [data-testid="phone-dot-remove"], [data-testid="phone-vote-send"], [data-testid="phone-dots-left"]')).toBeNull();
    expect(page.byTestId('phone-nothing')?.hidden).toBe(true);
    page.rerender({ view: { title: 'Team retro', activity: vote() } });
    expect(page.add('o1').disabled).toBe(false);
    expect(page.dotsOn('o1')).toBe('●');
    expect(page.dotsOn('o3')).toBe('●');
  });

  it('puts the options in as text, never as HTML', () => {
    const nasty = '<img src=x onerror="alert(1)">';
    const page = mount(vote({ options: [{ id: 'o1', text: nasty }] }));
    expect(page.root.querySelector('img')).toBeNull();
    expect(page.row('o1').querySelector('.option-text')?.textContent).toBe(nasty);
    expect(page.add('o1').getAttribute('aria-label')).toBe('Add a dot to “' + nasty + '”');
  });

  it('lists an unsent ballot of a vote the room has left as one line', () => {
    const page = mount();
    page.rerender({ view: { title: 'Team retro', activity: vote({ id: 'a2', kind: 'discussion', answer: 'notes', options: [], dots: 0 }) }, items: [ballotItem(['o1'], 'refused', 'The results of “What hurts most” are out: the vote is closed.')] });
    const items = [...page.root.querySelectorAll<HTMLElement>('[data-testid="phone-item"]')];
    expect(items).toHaveLength(1);
    expect(items[0]?.querySelector('.note-text')?.textContent).toBe('Your vote in “What hurts most”');
    expect(items[0]?.querySelector('.note-meta')?.textContent).toBe('Not sent');
    expect(items[0]?.textContent).toContain('the vote is closed.');
  });
});
