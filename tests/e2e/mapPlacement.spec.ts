import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import type { PresenterPage } from './pages/presenterPage';
import { expect, test } from './support/fixtures';
import { WEEK_ON_THE_MAP, captureAll, ofKind, openScene } from './support/kindScenes';
import type { OpenScene } from './support/kindScenes';

/**
 * Issue 10, point 5: the projector draws every map note where the facilitator placed it. Notes are placed on the
 * control board with the arrow keys (corners, edge midpoints, centre); on the projector each chip's anchor (the dot
 * on its point) must sit at the same fraction of the plot area, in the same quadrant, with no line that could read
 * as a link between two notes, and no note text cut with "…".
 */

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'map');
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Where each note goes, as Shift+arrow presses (0.2 each) from the centre where "Place" puts it. */
const SPOTS = [
  { text: 'Signed off the quarterly budget with finance after three rounds of questions', x: 0, y: 0 },
  { text: 'Coached Priya on her first difficult conversation', x: 1, y: 0 },
  { text: 'Planned the strategy offsite', x: 0, y: 1 },
  { text: 'Talked with the board about where we want to be in three years', x: 1, y: 1 },
  { text: 'Rota', x: 0.5, y: 0.5 },
  { text: 'Answered emails all morning, and then the whole afternoon too', x: 0, y: 0.5 },
  { text: 'Mentoring', x: 1, y: 0.5 },
  { text: 'Weekly budget review', x: 0.5, y: 0 },
  { text: 'Hiring plan for next year', x: 0.5, y: 1 },
] as const;

/** Presses Shift+arrow until a centred note reaches `to` (0, 0.5 or 1) on one axis. */
async function pressToward(chip: Locator, to: number, less: string, more: string): Promise<void> {
  const presses = Math.round(Math.abs(to - 0.5) / 0.2 + 0.49);
  for (let i = 0; i < presses; i++) await chip.press(`Shift+${to < 0.5 ? less : more}`);
}

/**
 * Checks on the projector that every note's anchor (or, for a note with no room for its words, its dot) is at its
 * point, each chip on its point's side of each midline, and no chip over another. Returns how many notes are dots.
 */
async function expectWherePlaced(presenter: PresenterPage, size: { height: number }, spots: ReadonlyArray<{ text: string; x: number; y: number }>): Promise<number> {
  const chips = presenter.page.getByTestId('presenter-map-chip');
  const plot = await presenter.page.getByTestId('presenter-map-plot').evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { left: box.left + element.clientLeft, top: box.top + element.clientTop, width: element.clientWidth, height: element.clientHeight };
  });
  // The plot must be drawn large enough to be a map, not squeezed into a band.
  expect(plot.height, 'the plot takes a real share of the screen').toBeGreaterThan(size.height * 0.35);
  const tolerance = 0.02;
  let dots = 0;
  for (const spot of spots) {
    const chip = chips.filter({ hasText: spot.text });
    if ((await chip.getAttribute('data-dot')) === '') {
      dots += 1;
      const noteId = await chip.getAttribute('data-note-id');
      const dot = await presenter.page.locator(`[data-testid="presenter-map-dot"][data-note-id="${noteId ?? ''}"]`).boundingBox();
      if (!dot) throw new Error(`No dot for "${spot.text}".`);
      const fx = (dot.x + dot.width / 2 - plot.left) / plot.width;
      const fy = 1 - (dot.y + dot.height / 2 - plot.top) / plot.height;
      expect.soft(Math.abs(fx - spot.x) <= tolerance && Math.abs(fy - spot.y) <= tolerance, `"${spot.text}"'s dot at ${fx.toFixed(3)}, ${fy.toFixed(3)}`).toBe(true);
      continue;
    }
    const anchor = await chip.getByTestId('presenter-map-anchor').boundingBox();
    if (!anchor) throw new Error(`No anchor for "${spot.text}".`);
    const fx = (anchor.x + anchor.width / 2 - plot.left) / plot.width;
    const fy = 1 - (anchor.y + anchor.height / 2 - plot.top) / plot.height;
    expect.soft(Math.abs(fx - spot.x), `"${spot.text}" x: ${fx.toFixed(3)} for ${spot.x}`).toBeLessThanOrEqual(tolerance);
    expect.soft(Math.abs(fy - spot.y), `"${spot.text}" y: ${fy.toFixed(3)} for ${spot.y}`).toBeLessThanOrEqual(tolerance);
    // The chip holds its point (only a chip in a crowd too thick to avoid may leave it, tied to it by its own tail).
    const box = await chip.boundingBox();
    if (!box) throw new Error(`No box for "${spot.text}".`);
    const cx = anchor.x + anchor.width / 2;
    const cy = anchor.y + anchor.height / 2;
    const holds = cx >= box.x - 1 && cx <= box.x + box.width + 1 && cy >= box.y - 1 && cy <= box.y + box.height + 1;
    if (!holds) expect.soft(await chip.getAttribute('data-nudged'), `"${spot.text}" is off its point without being marked as nudged`).toBe('');
    // The chip's body is on the same side of each midline as its point (the quadrant the room reads it in).
    const bodyFx = (box.x + box.width / 2 - plot.left) / plot.width;
    const bodyFy = 1 - (box.y + box.height / 2 - plot.top) / plot.height;
    if (spot.x !== 0.5) expect.soft(bodyFx < 0.5, `"${spot.text}" is drawn on the ${spot.x < 0.5 ? 'left' : 'right'}`).toBe(spot.x < 0.5);
    if (spot.y !== 0.5) expect.soft(bodyFy < 0.5, `"${spot.text}" is drawn in the ${spot.y < 0.5 ? 'bottom' : 'top'} half`).toBe(spot.y < 0.5);
  }
  // No lines between notes that could read as links; no chip covers another; no note text cut.
  await expect(presenter.page.locator('.pmap-plot line, .pmap-plot path')).toHaveCount(0);
  const boxes = await presenter.page.locator('[data-testid="presenter-map-chip"]:not([data-dot])').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
  const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5).map(() => i));
  expect(overlaps, 'chips drawn over each other').toEqual([]);
  return dots;
}

/** Where a place is too crowded to give every note its words, the control window says so rather than leaving the facilitator to guess. */
async function expectDotsOnlyWhenSaid(warning: Locator, dots: number): Promise<void> {
  if (dots > 0) await expect(warning).toContainText(`${dots} ${dots === 1 ? 'is' : 'are'} only a dot`);
  else await expect(warning).toHaveCount(0);
}

test.describe('the projector map puts notes where the facilitator placed them', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));
  let scene: OpenScene | null = null;
  test.afterEach(() => {
    scene?.client.close();
    scene = null;
  });

  for (const size of SIZES) {
    const suffix = `${size.width}x${size.height}`;
    test(`corners, edges and centre at ${suffix}`, async ({ server, control, presenter }) => {
      await presenter.page.setViewportSize(size);
      scene = await openScene(server, ofKind('map'));
      const board = control.page.getByTestId('map-board');
      await expect(board).toBeVisible();
      for (const spot of SPOTS) {
        await control.capture(spot.text);
        const card = board.getByTestId('map-tray').getByTestId('note-item').filter({ hasText: spot.text });
        await card.getByTestId('map-place').click();
        const chip = board.getByTestId('map-chip').filter({ hasText: spot.text });
        await expect(chip).toBeFocused();
        await pressToward(chip, spot.x, 'ArrowLeft', 'ArrowRight');
        await pressToward(chip, spot.y, 'ArrowDown', 'ArrowUp');
        await expect(chip).toHaveAttribute('data-x', String(spot.x));
        await expect(chip).toHaveAttribute('data-y', String(spot.y));
      }

      const chips = presenter.page.getByTestId('presenter-map-chip');
      await expect(chips).toHaveCount(SPOTS.length);
      // Each note is a chip the room can read or, where its place has no room for its words at the legibility floor
      // (the longest notes at 1024x768), a dot on its point that the control window reports.
      for (const spot of SPOTS) await expect(chips.filter({ hasText: spot.text })).toHaveAttribute('data-placed', '');
      for (const spot of SPOTS) {
        const chip = chips.filter({ hasText: spot.text });
        if ((await chip.getAttribute('data-dot')) === null) await expect(chip).toBeVisible();
      }
      await presenter.page.bringToFront();
      await presenter.page.screenshot({ path: join(SHOTS_DIR, `map-corners-${suffix}.png`) });

      await expectDotsOnlyWhenSaid(control.page.getByTestId('projector-fold-warning'), await expectWherePlaced(presenter, size, SPOTS));
      await presenter.expectLegible();
    });
  }

  for (const size of [SIZES[0], SIZES[2]]) {
    const suffix = `${size.width}x${size.height}`;
    test(`a crowded corner keeps its notes in their quadrant at ${suffix}`, async ({ server, control, presenter }) => {
      await presenter.page.setViewportSize(size);
      scene = await openScene(server, ofKind('map'));
      const notes = [...WEEK_ON_THE_MAP.filter((note) => !note.hidden), { text: 'Sorted the post', position: { x: 0.02, y: 0.03 } }];
      await captureAll(scene.client, scene.activity.id, notes);
      const placed = notes.flatMap((note) => (note.position ? [{ text: note.text, ...note.position }] : []));
      const chips = presenter.page.getByTestId('presenter-map-chip');
      await expect(chips).toHaveCount(placed.length);
      for (const note of placed) await expect(chips.filter({ hasText: note.text })).toHaveAttribute('data-placed', '');
      // The note placed last is the one the room is looking for: it keeps its words, however crowded its corner.
      await expect(chips.filter({ hasText: 'Sorted the post' })).not.toHaveAttribute('data-dot', '');
      await presenter.page.bringToFront();
      await presenter.page.screenshot({ path: join(SHOTS_DIR, `map-crowded-corner-${suffix}.png`) });
      await expectDotsOnlyWhenSaid(control.page.getByTestId('projector-fold-warning'), await expectWherePlaced(presenter, size, placed));
      await control.page.bringToFront();
      await control.page.screenshot({ path: join(SHOTS_DIR, `map-crowded-corner-control-${suffix}.png`) });
    });
  }
});
