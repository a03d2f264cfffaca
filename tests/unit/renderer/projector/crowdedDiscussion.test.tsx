// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiscussionStage } from '../../../../renderer/projector/stages/DiscussionStage';
import { roomView } from '../../../../shared/session/roomView';
import type { DiscussionActivity, SessionState } from '../../../../shared/session/types';
import { newSession, runCommands } from '../../shared/sessionFixtures';
import { mountBoard } from '../kinds/boardHarness';
import type { Mounted } from '../kinds/boardHarness';

// jsdom lays nothing out: give every element a projector-sized box, so the fit sees room for a screenful of notes.
const sizes = ['clientWidth', 'clientHeight'] as const;
beforeAll(() => {
  for (const size of sizes) Object.defineProperty(HTMLElement.prototype, size, { configurable: true, get: () => (size === 'clientWidth' ? 1920 : 1080) });
});
let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});
afterAll(() => {
  for (const size of sizes) delete (HTMLElement.prototype as Partial<Record<(typeof sizes)[number], number>>)[size];
});

/** The room's stage of a discussion holding `count` notes, and a count of how many notes are read from its table. */
function crowdedStage(count: number): { stage: SessionState; reads: () => number } {
  const session = runCommands(newSession(), ...Array.from({ length: count }, (_, index) => ({ type: 'note.capture' as const, activityId: 'opening', text: `Note ${String(index + 1).padStart(5, '0')} from the room` })));
  const view = roomView(session);
  if (view?.screen !== 'live') throw new Error('expected the live view');
  let reads = 0;
  const pages = view.stage.notes.pages.map(
    (page) =>
      new Proxy(page, {
        get(target, key, receiver) {
          reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
  );
  return { stage: { ...view.stage, notes: { ...view.stage.notes, pages } }, reads: () => reads };
}

/** Draws the stage of a discussion holding `count` notes: the texts of the cards drawn, and how many notes were read. */
function drawCrowded(count: number): { cards: (string | null)[]; reads: number } {
  const { stage, reads } = crowdedStage(count);
  const activity = stage.agenda[0] as DiscussionActivity;
  mounted = mountBoard('opening', () => <DiscussionStage session={stage} activity={activity} />);
  const cards = Array.from(mounted.container.querySelectorAll('[data-testid="presenter-note"]'), (card) => card.textContent);
  mounted.unmount();
  mounted = null;
  return { cards, reads: reads() };
}

describe('a crowded discussion on the projector', () => {
  it('draws and reads its newest notes only: 3,000 notes cost what 1,000 do', () => {
    const fewer = drawCrowded(1000);
    const more = drawCrowded(3000);
    expect(more.cards.length).toBeGreaterThan(0);
    expect(more.cards.length).toBeLessThan(200);
    expect(more.cards.at(-1)).toBe('Note 03000 from the room');
    expect(more.cards.length).toBe(fewer.cards.length);
    expect(more.reads).toBe(fewer.reads);
  });
});
