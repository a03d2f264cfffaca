// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { RoomDialogsProvider } from '../../../../renderer/control/room/RoomDialogsProvider';
import { ActivityPanel } from '../../../../renderer/control/session/ActivityPanel';
import { mountBoard } from './boardHarness';
import type { Mounted } from './boardHarness';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const when = (board: Mounted): string => board.container.querySelector('[data-testid="break-board-when"]')?.textContent ?? '';

describe('the break board', () => {
  it('has nothing to type into, and its line follows the timer although the panel keeps its session for timer events', () => {
    mounted = mountBoard('coffee', () => (
      <RoomDialogsProvider>
        <ActivityPanel />
      </RoomDialogsProvider>
    ));
    const board = mounted;
    expect(board.container.querySelector('[data-testid="break-board"]')).not.toBeNull();
    expect(board.container.querySelector('[data-capture-target]')).toBeNull();
    expect(board.container.textContent).toContain('Start the timer (Space) to show when they are back.');
    expect(when(board)).toBe('15 minutes');
    board.host.apply({ type: 'timer.adjust', activityId: 'coffee', deltaMs: 60_000 });
    expect(when(board)).toBe('16 minutes');
    board.host.apply({ type: 'timer.start', activityId: 'coffee' });
    expect(when(board)).toMatch(/^Back at \S/);
    expect(board.container.textContent).toContain('The projector shows when they are back');
    board.host.apply({ type: 'timer.pause', activityId: 'coffee' });
    expect(when(board)).toBe('16 minutes left');
  });
});
