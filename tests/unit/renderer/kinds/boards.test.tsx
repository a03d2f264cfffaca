// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notesForActivity } from '../../../../shared/session/selectors';
import { KindBoard } from '../../../../renderer/control/boards/KindBoard';
import { CountField } from '../../../../renderer/control/boards/common/CountField';
import { useAppSelector } from '../../../../renderer/store/hooks';
import { mountBoard, press } from './boardHarness';
import type { Mounted } from './boardHarness';

function CurrentBoard() {
  const session = useAppSelector((state) => state.session);
  const activity = session?.agenda.find((candidate) => candidate.id === session.currentActivityId);
  return session && activity ? <KindBoard activity={activity} session={session} /> : null;
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function cardOf(container: HTMLElement, text: string): HTMLElement {
  const card = Array.from(container.querySelectorAll<HTMLElement>('[data-note-card]')).find((element) => element.querySelector('[data-testid="note-text"]')?.textContent === text || element.dataset.testid === 'map-chip' && element.textContent === text);
  if (!card) throw new Error(`No card "${text}".`);
  return card;
}

describe('sort board keys', () => {
  it('moves a focused card with ← → (the page never sees the key) and keeps the focus on it in its new column', async () => {
    mounted = mountBoard('administration-vs-influence', () => <CurrentBoard />);
    const { host, container } = mounted;
    host.apply({ type: 'note.capture', activityId: 'administration-vs-influence', text: 'Budgets', columnId: 'manager' });
    host.apply({ type: 'note.capture', activityId: 'administration-vs-influence', text: 'Rota', columnId: 'manager' });

    const budgets = cardOf(container, 'Budgets');
    act(() => budgets.focus());
    expect(press(budgets, 'ArrowRight')).toBe(true);
    expect(host.sent).toEqual([{ type: 'note.move', noteId: budgets.dataset.noteCard, columnId: 'leader' }]);
    await host.answerAll();
    const moved = cardOf(container, 'Budgets');
    expect(moved.closest('[data-zone]')?.getAttribute('data-zone')).toBe('leader');
    expect(document.activeElement).toBe(moved);

    // The last column is the edge: nothing is sent, and the key still does not reach the page.
    press(moved, 'ArrowRight');
    await host.answerAll();
    const atEdge = cardOf(container, 'Budgets');
    expect(press(atEdge, 'ArrowRight')).toBe(true);
    expect(host.sent.map((command) => command.type)).toEqual(['note.move', 'note.move']);
    expect(container.querySelector('[data-testid="board-announcement"]')?.textContent).toContain('already in the last column');
  });

  it('goes between the cards of a column with ↑ ↓, and Alt+2 in the capture box picks the second column', () => {
    mounted = mountBoard('administration-vs-influence', () => <CurrentBoard />);
    const { host, container } = mounted;
    host.apply({ type: 'note.capture', activityId: 'administration-vs-influence', text: 'Budgets', columnId: 'manager' });
    host.apply({ type: 'note.capture', activityId: 'administration-vs-influence', text: 'Rota', columnId: 'manager' });
    const budgets = cardOf(container, 'Budgets');
    act(() => budgets.focus());
    expect(press(budgets, 'ArrowDown')).toBe(true);
    expect(document.activeElement).toBe(cardOf(container, 'Rota'));
    expect(host.sent).toEqual([]);

    const input = container.querySelector<HTMLInputElement>('[data-testid="capture-input"]');
    if (!input) throw new Error('no capture box');
    expect(press(input, '™', { altKey: true, code: 'Digit2' })).toBe(true);
    const checked = container.querySelector<HTMLInputElement>('input[name="capture-column"]:checked');
    expect(checked?.value).toBe('leader');
  });
});

describe('map board keys and drag', () => {
  it('builds quick arrow presses on each other, even before the host has answered', async () => {
    mounted = mountBoard('map', () => <CurrentBoard />);
    const { host, container, session } = mounted;
    host.apply({ type: 'note.capture', activityId: 'map', text: 'Budget review', position: { x: 0.5, y: 0.5 } });
    const chip = cardOf(container, 'Budget review');
    act(() => chip.focus());
    expect(press(chip, 'ArrowUp')).toBe(true);
    expect(press(chip, 'ArrowUp', { shiftKey: true })).toBe(true);
    expect(press(chip, 'ArrowLeft')).toBe(true);
    expect(host.sent.map((command) => (command.type === 'note.place' ? command.position : null))).toEqual([
      { x: 0.5, y: 0.55 },
      { x: 0.5, y: 0.75 },
      { x: 0.45, y: 0.75 },
    ]);
    await host.answerAll();
    expect(notesForActivity(session(), 'map')[0]?.position).toEqual({ x: 0.45, y: 0.75 });
    expect(chip.getAttribute('aria-label')).toBe('Budget review. Influence 45%, Future 75% · Systems for tomorrow');
  });

  it('turns a pointer drag into a position, y going up', async () => {
    mounted = mountBoard('map', () => <CurrentBoard />);
    const { host, container } = mounted;
    host.apply({ type: 'note.capture', activityId: 'map', text: 'Coaching', position: { x: 0.5, y: 0.5 } });
    const plot = container.querySelector<HTMLElement>('[data-testid="map-plot"]');
    if (!plot) throw new Error('no plot');
    vi.spyOn(plot, 'getBoundingClientRect').mockReturnValue({ left: 100, top: 50, width: 400, height: 200, right: 500, bottom: 250, x: 100, y: 50, toJSON: () => ({}) });
    const chip = cardOf(container, 'Coaching');
    const pointer = (type: string, clientX: number, clientY: number) => act(() => void chip.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX, clientY, button: 0 })));
    pointer('pointerdown', 300, 150);
    pointer('pointermove', 302, 151);
    expect(chip.classList.contains('is-dragging')).toBe(false);
    pointer('pointermove', 400, 100);
    expect(chip.classList.contains('is-dragging')).toBe(true);
    expect(chip.dataset.x).toBe('0.75');
    pointer('pointerup', 400, 100);
    expect(host.sent).toEqual([{ type: 'note.place', noteId: chip.dataset.noteCard, position: { x: 0.75, y: 0.75 } }]);
    await host.answerAll();
    expect(chip.dataset.y).toBe('0.75');
  });

  it('a click without moving just focuses the note and places nothing', () => {
    mounted = mountBoard('map', () => <CurrentBoard />);
    const { host, container } = mounted;
    host.apply({ type: 'note.capture', activityId: 'map', text: 'Coaching', position: { x: 0.5, y: 0.5 } });
    const chip = cardOf(container, 'Coaching');
    act(() => void chip.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, clientX: 10, clientY: 10, button: 0 })));
    act(() => void chip.dispatchEvent(new MouseEvent('pointerup', { bubbles: true, clientX: 11, clientY: 10, button: 0 })));
    expect(host.sent).toEqual([]);
  });
});

describe('count field', () => {
  function mountCount(initial = 2) {
    const commits: number[] = [];
    const onCommit = vi.fn((count: number) => {
      commits.push(count);
      return Promise.resolve(true);
    });
    const view = mountBoard('vote', () => <CountField count={initial} label="Dots for Trust" onCommit={onCommit} />);
    const input = view.container.querySelector<HTMLInputElement>('input');
    if (!input) throw new Error('no input');
    return { view, input, commits };
  }

  it('steps with ↑ ↓ + − and builds quick presses on each other', async () => {
    const { view, input, commits } = mountCount(2);
    mounted = view;
    for (const key of ['ArrowUp', '+', '=', 'ArrowDown', '-']) expect(press(input, key)).toBe(true);
    expect(commits).toEqual([3, 4, 5, 4, 3]);
    // The host's answers arrive: the field lets go of what it sent, inside act like any update a test causes.
    await act(() => Promise.resolve());
  });

  it('sends a typed number on Enter, refuses what is not a count, and Escape brings the stored count back', async () => {
    const { view, input, commits } = mountCount(2);
    mounted = view;
    const type = (text: string) =>
      act(() => {
        // React tracks the value it set; typing goes through the element's own setter, as a browser's does.
        // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the input as `this` just below
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    type('12');
    press(input, 'Enter');
    expect(commits).toEqual([12]);
    await act(() => Promise.resolve());
    type('a dozen');
    press(input, 'Enter');
    expect(commits).toEqual([12]);
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('Type a whole number, like 3.');
    press(input, 'Escape');
    expect(input.value).toBe('2');
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('never goes below zero', () => {
    const { view, input, commits } = mountCount(0);
    mounted = view;
    press(input, 'ArrowDown');
    expect(commits).toEqual([]);
    expect(view.container.querySelector<HTMLButtonElement>('[data-testid="count-minus"]')?.disabled).toBe(true);
  });
});
