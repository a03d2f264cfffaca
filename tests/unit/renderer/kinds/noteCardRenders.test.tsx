// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesPanel } from '../../../../renderer/control/notes/NotesPanel';
import { mountBoard } from './boardHarness';
import type { Mounted } from './boardHarness';
import type * as NoteCommandsModule from '../../../../renderer/control/notes/useNoteCommands';

// Every card draws its commands once per render: counting the calls counts the cards React drew.
const cardRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../renderer/control/notes/useNoteCommands', async (importOriginal) => {
  const original = await importOriginal<typeof NoteCommandsModule>();
  return {
    ...original,
    useNoteCommands: () => {
      cardRenders.count += 1;
      return original.useNoteCommands();
    },
  };
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('a new note draws one card, not every card on screen', () => {
  it('the discussion list: adding a note, hiding one, or a note elsewhere redraws only the cards that changed', () => {
    mounted = mountBoard('opening', () => <NotesPanel />);
    for (let i = 1; i <= 8; i++) mounted.host.apply({ type: 'note.capture', activityId: 'opening', text: `Note ${i}` });
    const drawn = mounted.container.querySelectorAll('[data-testid="note-item"]').length;
    expect(drawn, 'several cards are on screen').toBeGreaterThanOrEqual(8);

    const before = cardRenders.count;
    mounted.host.apply({ type: 'note.capture', activityId: 'opening', text: 'Note 9' });
    expect(mounted.container.textContent).toContain('Note 9');
    expect(cardRenders.count - before, 'only the new card is drawn').toBe(1);
    // Every card still says where it is in the whole list (the list grew by one).
    const items = [...mounted.container.querySelectorAll<HTMLElement>('[data-testid="note-item"]')];
    expect(items.every((item) => item.getAttribute('aria-setsize') === '9')).toBe(true);
    expect(items.at(-1)?.getAttribute('aria-posinset')).toBe('9');

    const noteId = mounted.session().notes.byActivity.opening?.[0]?.[2] ?? '';
    const beforeHide = cardRenders.count;
    mounted.host.apply({ type: 'note.setHidden', noteId, hidden: true });
    expect(cardRenders.count - beforeHide, 'only the hidden note’s card is drawn again').toBe(1);

    const beforeElsewhere = cardRenders.count;
    mounted.host.apply({ type: 'note.capture', activityId: 'close', text: 'Elsewhere', commitment: { who: 'Lee', byWhen: '' } });
    expect(cardRenders.count - beforeElsewhere).toBe(0);
  });
});
