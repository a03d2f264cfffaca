// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectorPreview } from '../../../../renderer/control/preview/ProjectorPreview';
import { RoomDialogsProvider } from '../../../../renderer/control/room/RoomDialogsProvider';
import { syncActions } from '../../../../renderer/store/syncSlice';
import { mountBoard } from '../kinds/boardHarness';
import type { Mounted } from '../kinds/boardHarness';

// The phones button sits in the preview's header: counting its renders tells whether the header redraws.
const headerRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../renderer/control/phones/PhonesButton', () => ({
  PhonesButton: () => {
    headerRenders.count += 1;
    return null;
  },
}));

// The projected timer reads the host's clock on each render: counting those reads counts its renders (with a still clock).
const timerRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../renderer/timer/useHostNow', () => ({
  useHostNow: () => {
    timerRenders.count += 1;
    return 1_000_000;
  },
}));

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('the projector preview during a stream of notes', () => {
  it('redraws its picture, not its header and controls, for each note the room sees', async () => {
    mounted = mountBoard('opening', () => (
      <RoomDialogsProvider>
        <ProjectorPreview />
      </RoomDialogsProvider>
    ));
    act(() => void mounted?.store.dispatch(syncActions.snapshotApplied({ rev: 1, roomRev: 1, status: { file: null, save: { state: 'idle' } }, clockOffsetMs: 0 })));
    mounted.host.apply({ type: 'presenter.setTitleScreen', on: false });
    const before = headerRenders.count;
    for (let i = 0; i < 5; i++) mounted.host.apply({ type: 'note.capture', activityId: 'opening', text: `Note ${i + 1}` });
    // The picture takes a burst in at most four redraws a second: wait for the one that shows the last note.
    const notes = () => mounted?.container.querySelectorAll('[data-testid="presenter-note"]') ?? [];
    await vi.waitFor(
      async () => {
        await act(() => Promise.resolve());
        expect(notes(), 'the room sees the notes, so the picture shows them').toHaveLength(5);
      },
      { timeout: 3000 },
    );
    expect(headerRenders.count, 'the header shows nothing a note changes').toBe(before);
    mounted.host.apply({ type: 'presenter.setMessage', message: 'Back in 5 minutes' });
    expect(mounted.container.querySelector('[data-testid="projector-preview"]')?.getAttribute('aria-label')).toContain('Back in 5 minutes');
  });

  it('does not redraw for a status that changes only what it does not show (the Undo step of each note)', () => {
    mounted = mountBoard('opening', () => (
      <RoomDialogsProvider>
        <ProjectorPreview />
      </RoomDialogsProvider>
    ));
    const status = (step: number) => ({ file: null, save: { state: 'idle' as const }, projector: { width: 1920, height: 1080 }, history: { undo: { step, label: `capture note “Note ${step}”` }, redo: null } });
    act(() => void mounted?.store.dispatch(syncActions.snapshotApplied({ rev: 1, roomRev: 1, status: status(1), clockOffsetMs: 0 })));
    const before = headerRenders.count;
    // Each status is a fresh message from the host: its projector size is a new object with the same size in it.
    for (let step = 2; step <= 6; step++) act(() => void mounted?.store.dispatch(syncActions.statusChanged(status(step))));
    expect(headerRenders.count, 'the projector is the same size, so the preview has nothing new to show').toBe(before);
    expect(mounted.store.getState().sync.status?.history?.undo?.step, 'the newest status is the one held').toBe(6);
    act(() => void mounted?.store.dispatch(syncActions.statusChanged({ ...status(7), projector: { width: 1024, height: 768 } })));
    expect(headerRenders.count, 'a new projector size is drawn').toBeGreaterThan(before);
    expect(mounted.container.querySelector('[data-testid="projector-preview-size"]')?.textContent).toContain('1024');
  });

  it('does not redraw the projected timer for a note, only when the timer changes', async () => {
    mounted = mountBoard('opening', () => (
      <RoomDialogsProvider>
        <ProjectorPreview />
      </RoomDialogsProvider>
    ));
    act(() => void mounted?.store.dispatch(syncActions.snapshotApplied({ rev: 1, roomRev: 1, status: { file: null, save: { state: 'idle' } }, clockOffsetMs: 0 })));
    mounted.host.apply({ type: 'presenter.setTitleScreen', on: false });
    const timer = () => mounted?.container.querySelector('[data-testid="presenter-timer"]');
    await vi.waitFor(async () => {
      await act(() => Promise.resolve());
      expect(timer(), 'the activity has a timer in the corner').not.toBeNull();
    });
    const before = timerRenders.count;
    const notes = () => mounted?.container.querySelectorAll('[data-testid="presenter-note"]') ?? [];
    for (let i = 0; i < 3; i++) {
      mounted.host.apply({ type: 'note.capture', activityId: 'opening', text: `Note ${i + 1}` });
      await vi.waitFor(
        async () => {
          await act(() => Promise.resolve());
          expect(notes()).toHaveLength(i + 1);
        },
        { timeout: 3000 },
      );
    }
    expect(timerRenders.count, 'the timer shows nothing a note changes').toBe(before);
    mounted.host.apply({ type: 'timer.start', activityId: 'opening' });
    await vi.waitFor(
      async () => {
        await act(() => Promise.resolve());
        expect(timer()?.getAttribute('data-phase'), 'no longer "Not started"').not.toBe('idle');
      },
      { timeout: 3000 },
    );
    expect(timerRenders.count, 'a started timer is drawn').toBeGreaterThan(before);
  });
});
