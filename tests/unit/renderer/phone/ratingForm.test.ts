// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { addRating, markGot, markRefused } from '../../../../renderer/phone/outbox';
import type { OutboxItem } from '../../../../renderer/phone/outbox';
import { createPhoneScreen, NOTHING_TO_SEND_TEXT } from '../../../../renderer/phone/phoneScreen';
import type { ScreenActions, ScreenState } from '../../../../renderer/phone/phoneScreen';
import {
  RATING_CHANGED_TEXT,
  RATING_CLOSED_TEXT,
  RATING_PRIVATE_TEXT,
  RATING_SENDING_TEXT,
  RATING_SENT_TEXT,
  RATING_WITHDRAWN_TEXT,
  ratedText,
  scaleEndsText,
} from '../../../../renderer/phone/ratingForm';
import type { RatingInfo } from '../../../../renderer/phone/ratingForm';
import type { PhoneActivity } from '../../../../shared/phones/phoneView';

afterEach(() => {
  document.body.textContent = '';
});

const STATEMENTS = [
  { id: 'st1', text: 'We ship often' },
  { id: 'st2', text: 'We know why we build things' },
  { id: 'st3', text: 'Meetings are useful' },
];
const SCALE = { min: 0, max: 5, minLabel: 'Not at all', maxLabel: 'Completely' };
const scale = (extra: Partial<PhoneActivity> = {}): PhoneActivity => ({
  id: 's1',
  kind: 'scale',
  title: 'Team health',
  prompt: 'How true is each of these for your team?',
  answer: 'rating',
  named: false,
  columns: [],
  toTray: false,
  options: [],
  dots: 0,
  statements: STATEMENTS,
  scale: SCALE,
  ...extra,
});
const NO_RATING: RatingInfo = { latest: null, sent: null };

function ratingItem(points: Record<string, number>, state: 'sending' | 'sent' | 'refused' = 'sending', message = 'No'): OutboxItem {
  let items = addRating([], { id: 'r1', activityId: 's1', text: '', points, activityTitle: 'Team health' });
  if (state === 'sent') items = markGot(items, 'r1');
  if (state === 'refused') items = markRefused(items, 'r1', message);
  return items[0] as OutboxItem;
}

function mount(activity: PhoneActivity = scale(), rating: RatingInfo = NO_RATING) {
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
  let state: ScreenState = {
    stage: 'room',
    status: 'connected',
    joinError: null,
    view: { title: 'Team retro', activity },
    items: [],
    ballot: { latest: null, sent: null },
    rating,
    name: '',
  };
  screen.render(state);
  const rerender = (change: Partial<ScreenState>) => {
    state = { ...state, ...change };
    screen.render(state);
  };
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`);
  const group = (statementId: string) => root.querySelector<HTMLElement>(`[data-testid="phone-statement"][data-statement-id="${statementId}"]`)!;
  const point = (statementId: string, value: number) => group(statementId).querySelector<HTMLButtonElement>(`[data-testid="phone-point"][data-point="${value}"]`)!;
  const checked = (statementId: string) =>
    [...group(statementId).querySelectorAll<HTMLButtonElement>('[data-testid="phone-point"]')].filter((button) => button.getAttribute('aria-checked') === 'true').map((button) => Number(button.dataset.point));
  const send = () => byTestId<HTMLButtonElement>('phone-rating-send')!.click();
  const said = () => byTestId('phone-rating-state')!.textContent;
  return { root, actions, rerender, byTestId, group, point, checked, send, said };
}

describe('a scale on the phone', () => {
  it('shows the prompt, that the answer is private, the ends of the scale, and each statement with its points as a radio group', () => {
    const page = mount();
    expect(page.byTestId('phone-prompt')?.textContent).toBe('How true is each of these for your team?');
    expect(page.byTestId('phone-rating')?.textContent).toContain('Your answer is private: the room sees only how many gave each point.');
    expect(RATING_PRIVATE_TEXT).toBe('Your answer is private: the room sees only how many gave each point.');
    expect(page.byTestId('phone-scale-ends')?.textContent).toBe('0 = Not at all · 5 = Completely');
    const groups = [...page.root.querySelectorAll<HTMLElement>('[data-testid="phone-statement"]')];
    expect(groups.map((group) => [group.dataset.statementId, group.querySelector('.statement-text')?.textContent])).toEqual(STATEMENTS.map((statement) => [statement.id, statement.text]));
    const radios = page.group('st2').querySelector('[role="radiogroup"]')!;
    expect(radios.getAttribute('aria-label')).toBe('We know why we build things');
    const buttons = [...radios.querySelectorAll<HTMLButtonElement>('[data-testid="phone-point"]')];
    expect(buttons.map((button) => [button.dataset.point, button.textContent, button.getAttribute('role'), button.getAttribute('aria-checked'), button.type])).toEqual(
      [0, 1, 2, 3, 4, 5].map((value) => [String(value), String(value), 'radio', 'false', 'button']),
    );
    // One Tab stop per statement: its first point while none is chosen.
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('0 of 3 statements rated');
    expect(page.byTestId('phone-rated-count')?.getAttribute('aria-live')).toBe('polite');
    expect(page.byTestId('phone-rating-send')?.textContent).toBe('Send my answers');
    expect(page.said()).toBe('');
    expect(page.byTestId('phone-rating-state')?.getAttribute('aria-live')).toBe('polite');
    expect(page.byTestId('phone-note-input')).toBeNull();
    expect(page.byTestId('phone-ballot')).toBeNull();
    expect(page.byTestId('phone-nothing')?.hidden).toBe(true);
  });

  it('has a button per point from min to max, whatever the range, and leaves out an end with no label', () => {
    const page = mount(scale({ scale: { min: 1, max: 10, minLabel: '', maxLabel: 'Always' } }));
    expect([...page.group('st1').querySelectorAll<HTMLElement>('[data-testid="phone-point"]')].map((button) => button.dataset.point)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(page.byTestId('phone-scale-ends')?.textContent).toBe('10 = Always');
    expect(scaleEndsText({ min: 0, max: 5, minLabel: '', maxLabel: '' })).toBe('');
    page.rerender({ view: { title: 'Team retro', activity: scale({ scale: { min: 1, max: 10, minLabel: '', maxLabel: '' } }) } });
    expect(page.byTestId('phone-scale-ends')?.hidden).toBe(true);
  });

  it('chooses a point per statement, moves it, clears it when tapped again, and sends a partial answer', () => {
    const page = mount();
    page.point('st1', 4).click();
    expect(page.checked('st1')).toEqual([4]);
    expect(page.point('st1', 4).tabIndex).toBe(0);
    expect(page.point('st1', 0).tabIndex).toBe(-1);
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('1 of 3 statements rated');
    page.point('st1', 2).click();
    expect(page.checked('st1')).toEqual([2]);
    page.point('st3', 0).click();
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('2 of 3 statements rated');
    page.point('st3', 0).click();
    expect(page.checked('st3')).toEqual([]);
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('1 of 3 statements rated');
    page.point('st2', 5).click();
    page.send();
    expect(page.actions.sendRating).toHaveBeenCalledWith('s1', { st1: 2, st2: 5 });
  });

  it('moves the choice with the arrow keys within a statement, wrapping at the ends', () => {
    const page = mount();
    const radios = page.group('st1').querySelector<HTMLElement>('[role="radiogroup"]')!;
    const key = (name: string) => {
      const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
      (document.activeElement as HTMLElement).dispatchEvent(event);
      return event.defaultPrevented;
    };
    page.point('st1', 0).focus();
    expect(key('ArrowRight')).toBe(true);
    expect(page.checked('st1')).toEqual([1]);
    expect(document.activeElement).toBe(page.point('st1', 1));
    key('ArrowLeft');
    key('ArrowLeft');
    expect(page.checked('st1')).toEqual([5]);
    expect(document.activeElement).toBe(page.point('st1', 5));
    key('Home');
    expect(page.checked('st1')).toEqual([0]);
    key('End');
    expect(page.checked('st1')).toEqual([5]);
    expect(key('a')).toBe(false);
    expect(radios.contains(document.activeElement)).toBe(true);
    expect(page.checked('st2')).toEqual([]);
  });

  it('keeps the points chosen (and the buttons) when the view changes, and drops those of a statement taken off the list', () => {
    const page = mount();
    page.point('st2', 3).click();
    page.point('st3', 1).click();
    const button = page.point('st2', 3);
    page.rerender({ view: { title: 'Team retro', activity: scale({ prompt: 'Clearer' }) }, status: 'reconnecting' });
    expect(page.point('st2', 3)).toBe(button);
    expect(page.checked('st2')).toEqual([3]);
    page.rerender({ view: { title: 'Team retro', activity: scale({ statements: [STATEMENTS[1]!, { id: 'st4', text: 'We rest' }] }) } });
    expect(page.group('st3')).toBeNull();
    expect(page.checked('st2')).toEqual([3]);
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('1 of 2 statements rated');
    page.send();
    expect(page.actions.sendRating).toHaveBeenLastCalledWith('s1', { st2: 3 });
  });

  it('says the count in the singular, and when there is nothing to rate yet', () => {
    expect(ratedText(1, 1)).toBe('1 of 1 statement rated');
    expect(ratedText(0, 2)).toBe('0 of 2 statements rated');
    const page = mount(scale({ statements: [] }));
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('No statements to rate yet.');
  });

  it('shows the points this phone sent, the state of their sending, and offers an update', () => {
    const page = mount(scale(), { latest: ratingItem({ st1: 1, st3: 5 }), sent: null });
    expect(page.checked('st1')).toEqual([1]);
    expect(page.checked('st3')).toEqual([5]);
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('2 of 3 statements rated');
    expect(page.byTestId('phone-rating-send')?.textContent).toBe('Update my answers');
    expect(page.said()).toBe(RATING_SENDING_TEXT);
    page.rerender({ rating: { latest: ratingItem({ st1: 1, st3: 5 }, 'sent'), sent: { st1: 1, st3: 5 } } });
    expect(page.said()).toBe(RATING_SENT_TEXT);
    expect(RATING_SENT_TEXT).toBe('Answers sent ✓ — you can change them while this is on screen.');
    page.point('st2', 2).click();
    expect(page.said()).toBe(RATING_CHANGED_TEXT);
    page.point('st2', 2).click();
    expect(page.said()).toBe(RATING_SENT_TEXT);
    page.rerender({ rating: { latest: ratingItem({}, 'sent'), sent: null } });
    expect(page.said()).toBe(RATING_CHANGED_TEXT);
  });

  it('says withdrawn answers are withdrawn', () => {
    const page = mount(scale(), { latest: ratingItem({}, 'sent'), sent: null });
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('0 of 3 statements rated');
    expect(page.said()).toBe(RATING_WITHDRAWN_TEXT);
  });

  it('shows the host sentence for refused answers and keeps the choices to fix and send again', () => {
    const page = mount(scale(), { latest: ratingItem({ st1: 4, st2: 5 }, 'refused', 'Pick a point from 0 to 4.'), sent: { st1: 0 } });
    expect(page.checked('st1')).toEqual([4]);
    expect(page.checked('st2')).toEqual([5]);
    const said = page.byTestId('phone-rating-state')!;
    expect(said.textContent).toBe('Pick a point from 0 to 4.');
    expect(said.classList.contains('error')).toBe(true);
    page.rerender({ view: { title: 'Team retro', activity: scale({ scale: { ...SCALE, max: 4 } }) } });
    expect(page.point('st2', 5)).toBeNull();
    expect(page.checked('st1')).toEqual([4]);
    expect(page.byTestId('phone-rated-count')?.textContent).toBe('1 of 3 statements rated');
    page.send();
    expect(page.actions.sendRating).toHaveBeenCalledWith('s1', { st1: 4 });
  });

  it('shows why the page did not send, until a point is chosen', () => {
    const page = mount();
    page.actions.sendRating.mockReturnValueOnce('Pick a point for a statement first.');
    page.send();
    const said = page.byTestId('phone-rating-state')!;
    expect(said.textContent).toBe('Pick a point for a statement first.');
    expect(said.classList.contains('error')).toBe(true);
    page.point('st1', 1).click();
    expect(said.textContent).toBe('');
    expect(said.classList.contains('error')).toBe(false);
  });

  it('once closed, shows the points the host took, read-only, and says answers are closed', () => {
    const page = mount(scale(), { latest: ratingItem({ st1: 1 }), sent: null });
    page.point('st2', 4).click();
    page.rerender({ view: { title: 'Team retro', activity: scale({ answer: 'none' }) }, rating: { latest: ratingItem({ st1: 1, st2: 4 }, 'refused', 'Closed.'), sent: { st1: 3, st3: 0 } } });
    expect(page.said()).toBe(RATING_CLOSED_TEXT);
    expect(RATING_CLOSED_TEXT).toBe('Answers are closed for this activity.');
    const answers = [...page.root.querySelectorAll('[data-testid="phone-statement-answer"]')].map((line) => line.textContent);
    expect(answers).toEqual(['Your answer: 3', 'Not rated', 'Your answer: 0']);
    expect(page.byTestId('phone-scale-ends')?.textContent).toBe('0 = Not at all · 5 = Completely');
    expect(page.root.querySelector('[data-testid="phone-point"], [data-testid="phone-rating-send"], [data-testid="phone-rated-count"], [role="radiogroup"]')).toBeNull();
    expect(page.byTestId('phone-rating-state')?.classList.contains('error')).toBe(false);
    expect(page.byTestId('phone-nothing')?.hidden).toBe(true);
    page.rerender({ view: { title: 'Team retro', activity: scale() } });
    expect(page.checked('st1')).toEqual([1]);
    expect(page.checked('st2')).toEqual([4]);
    expect(page.point('st1', 0).disabled).toBe(false);
  });

  it('keeps the general line for activities that take nothing from phones', () => {
    const page = mount(scale({ id: 'd1', kind: 'discussion', answer: 'none', statements: [], scale: null }));
    expect(page.byTestId('phone-rating')).toBeNull();
    expect(page.byTestId('phone-nothing')?.textContent).toBe(NOTHING_TO_SEND_TEXT);
    expect(page.byTestId('phone-nothing')?.hidden).toBe(false);
  });

  it('puts the statements and labels in as text, never as HTML', () => {
    const nasty = '<img src=x onerror="alert(1)">';
    const page = mount(scale({ statements: [{ id: 'st1', text: nasty }], scale: { ...SCALE, minLabel: nasty, maxLabel: '<b>x</b>' } }));
    expect(page.root.querySelector('img, b')).toBeNull();
    expect(page.group('st1').querySelector('.statement-text')?.textContent).toBe(nasty);
    expect(page.group('st1').querySelector('[role="radiogroup"]')?.getAttribute('aria-label')).toBe(nasty);
    expect(page.byTestId('phone-scale-ends')?.textContent).toBe('0 = ' + nasty + ' · 5 = <b>x</b>');
  });

  it('lists unsent answers of a scale the room has left as one line', () => {
    const page = mount();
    page.rerender({
      view: { title: 'Team retro', activity: scale({ id: 'a2', kind: 'discussion', answer: 'notes', statements: [], scale: null }) },
      items: [ratingItem({ st1: 2 }, 'refused', '“Team health” is not taking ratings from phones now.')],
    });
    const items = [...page.root.querySelectorAll<HTMLElement>('[data-testid="phone-item"]')];
    expect(items).toHaveLength(1);
    expect(items[0]?.querySelector('.note-text')?.textContent).toBe('Your answers in “Team health”');
    expect(items[0]?.querySelector('.note-meta')?.textContent).toBe('Not sent');
    expect(items[0]?.textContent).toContain('is not taking ratings from phones now.');
  });
});

describe('the points on a narrow phone', () => {
  const css = readFileSync('renderer/phone/phone.css', 'utf8');
  const rule = (selector: string) => {
    const match = new RegExp('\\n' + selector.replace(/[.[\]'=]/g, (char) => '\\' + char) + ' \\{([^}]*)\\}').exec(css);
    if (!match) throw new Error('no rule for ' + selector);
    return match[1]!;
  };
  const px = (block: string, property: string) => {
    const match = new RegExp('(?:^|\\s)' + property + ':\\s*([^;]+);').exec(block);
    if (!match) throw new Error('no ' + property);
    return match[1]!.trim();
  };

  it('are 48 px targets that wrap onto more lines rather than overflow, six to a 328 px line', () => {
    const button = rule('.point-button');
    expect(px(button, 'width')).toBe('48px');
    expect(px(button, 'height')).toBe('48px');
    const points = rule('.points');
    expect(px(points, 'flex-wrap')).toBe('wrap');
    const gap = Number(/^0 (\d+)px/.exec(px(button, 'margin'))![1]);
    // The row's negative right margin takes back the last button's, so six need 6 × (48 + gap) within 328 + gap.
    expect(px(points, 'margin')).toBe('0 -' + gap + 'px 0 0');
    expect(6 * (48 + gap)).toBeLessThanOrEqual(328 + gap);
    // Nothing pads the statement sideways, so the whole column is the row's.
    expect(px(rule('.statement'), 'padding')).toBe('0.75rem 0 0');
  });
});
