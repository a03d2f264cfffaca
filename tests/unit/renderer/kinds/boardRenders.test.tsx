// @vitest-environment jsdom
import { Profiler } from 'react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActivityPanel } from '../../../../renderer/control/session/ActivityPanel';
import { NotesPanel } from '../../../../renderer/control/notes/NotesPanel';
import { RoomDialogsProvider } from '../../../../renderer/control/room/RoomDialogsProvider';
import { sameForCurrentActivity } from '../../../../renderer/store/sessionSelectors';
import { mountBoard } from './boardHarness';
import type { Mounted } from './boardHarness';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** Mounts a panel at an activity and counts how often React renders it. */
function mountCounted(activityId: string, panel: ReactNode): { mounted: Mounted; renders: () => number } {
  let count = 0;
  mounted = mountBoard(activityId, () => (
    <Profiler id="panel" onRender={() => (count += 1)}>
      {panel}
    </Profiler>
  ));
  return { mounted, renders: () => count };
}

describe('a board re-renders when its activity changes, not on every event', () => {
  it('the discussion board: a note elsewhere, a timer or the room’s screen leave it alone; a note of its own redraws it', () => {
    const { mounted: board, renders } = mountCounted('opening', <NotesPanel />);
    const before = renders();
    board.host.apply({ type: 'note.capture', activityId: 'close', text: 'Elsewhere', commitment: { who: 'Lee', byWhen: '' } });
    board.host.apply({ type: 'timer.start', activityId: 'opening' });
    board.host.apply({ type: 'timer.pause', activityId: 'opening' });
    board.host.apply({ type: 'settings.setTimerEndSound', on: false });
    expect(renders(), 'nothing this board draws changed').toBe(before);
    board.host.apply({ type: 'note.capture', activityId: 'opening', text: 'Here' });
    // The note redraws the board: a quick pass for the capture box (the list keeps its rows), the list's pass at lower
    // priority, and the windowed list may then settle its range once more (a screenful, not the list).
    expect(renders()).toBeGreaterThan(before);
    expect(renders()).toBeLessThanOrEqual(before + 3);
    expect(board.container.textContent).toContain('Here');
  });

  it('the activity panel with a sort board: a note for another activity does not redraw it; moving a card does', () => {
    const { mounted: board, renders } = mountCounted(
      'administration-vs-influence',
      <RoomDialogsProvider>
        <ActivityPanel />
      </RoomDialogsProvider>,
    );
    board.host.apply({ type: 'note.capture', activityId: 'administration-vs-influence', text: 'Budgets', columnId: 'manager' });
    const before = renders();
    board.host.apply({ type: 'note.capture', activityId: 'opening', text: 'Elsewhere' });
    board.host.apply({ type: 'timer.start', activityId: 'administration-vs-influence' });
    expect(renders()).toBe(before);
    const noteId = board.session().notes.byActivity['administration-vs-influence']?.[0]?.[0] ?? '';
    board.host.apply({ type: 'note.move', noteId, columnId: 'leader' });
    expect(renders()).toBeGreaterThan(before);
  });
});

describe('sameForCurrentActivity', () => {
  it('sees an edit to one of the activity’s notes, and a note added to the activity a vote draws on', () => {
    const { mounted: board } = mountCounted('vote', <span />);
    board.host.apply({ type: 'note.capture', activityId: 'vote', text: 'Option' });
    const start = board.session();
    const noteId = start.notes.byActivity.vote?.[0]?.[0] ?? '';
    board.host.apply({ type: 'note.edit', noteId, text: 'Option, edited' });
    expect(sameForCurrentActivity(start, board.session())).toBe(false);
    const optionsFrom = board.session().agenda.find((activity) => activity.id === 'vote');
    if (optionsFrom?.kind !== 'vote' || optionsFrom.optionsFrom === null) return;
    const beforeSource = board.session();
    board.host.apply({ type: 'note.capture', activityId: optionsFrom.optionsFrom, text: 'A new option from earlier' });
    expect(sameForCurrentActivity(beforeSource, board.session())).toBe(false);
  });
});
