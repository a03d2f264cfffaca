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
});
