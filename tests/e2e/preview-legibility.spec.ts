import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { HostClient } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import { dispatch, installWorkshop, ofKind, openScene } from './support/kindScenes';

/** Screenshots of the projector under the legibility rule, for review. */
const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'legibility');

const script = { say: 'Read the room.' };
const LONG_PROMPT =
  'Think of the best manager you ever had and the best leader you ever followed: were they the same person, what did each of them do on an ordinary Tuesday that made the difference, and what would you copy from them tomorrow morning?';

/** Discussions that push the fit: a long prompt, and a short one for notes with very long words. */
const LEGIBILITY_WORKSHOP = {
  groundworkWorkshop: 1,
  id: 'legibility',
  title: 'Legibility on a projector',
  activities: [
    { id: 'long-prompt', kind: 'discussion', title: 'Managers and leaders', prompt: LONG_PROMPT, script, plannedMinutes: 10 },
    { id: 'long-words', kind: 'discussion', title: 'Words that do not break', prompt: 'What got in the way?', script, plannedMinutes: 10 },
  ],
};

/**
 * A scale with six statements, whose grid depends on the screen's shape (the built-in workshop's scale has four since
 * issue #15, too few for that): the six the built-in workshop used to rate.
 */
const SIX_STATEMENTS_WORKSHOP = {
  groundworkWorkshop: 1,
  id: 'six-statements',
  title: 'Six statements',
  activities: [
    {
      id: 'six-statements',
      kind: 'scale',
      title: 'Where do my strengths lie?',
      prompt: 'Fist to five: how strong are you at each?',
      script,
      plannedMinutes: 6,
      min: 1,
      max: 5,
      minLabel: 'Not yet',
      maxLabel: 'A real strength',
      statements: [
        { id: 'administration', text: 'Keeping the daily work running smoothly' },
        { id: 'influence', text: 'Bringing out people’s best' },
        { id: 'present', text: 'Delivering today’s goals' },
        { id: 'future', text: 'Building a future with my people' },
        { id: 'trust', text: 'Trusting people with real work' },
        { id: 'channels', text: 'Keeping channels open, up and down' },
      ],
    },
  ],
};

/** Opens the six-statement scale in a new session. */
async function openSixStatements(server: Parameters<typeof installWorkshop>[0]): ReturnType<typeof openScene> {
  const workshopId = await installWorkshop(server, 'six-statements.workshop.json', SIX_STATEMENTS_WORKSHOP);
  return openScene(server, ofKind('scale'), workshopId);
}

const TOPICS = ['more trust', 'clear goals', 'fewer meetings', 'honest feedback', 'time to think about the work itself'];
const LONG_WORDS = [
  'Antidisestablishmentarianism-and-supercalifragilisticexpialidocious-all-the-way-down',
  `https://intranet.example.org/teams/leadership/${'retro-notes-'.repeat(10)}final`,
  'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz',
  'Short one',
];

const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

async function captureMany(client: HostClient, activityId: string, texts: readonly string[]): Promise<void> {
  await Promise.all(texts.map((text) => client.call('session.dispatch', { type: 'note.capture', activityId, text })));
}

function ideas(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Idea ${i + 1}: ${TOPICS[i % TOPICS.length] ?? ''}`);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), animations: 'disabled' });
}

/** What a viewer reads on a projected screen (the presenter window's, or the preview's copy of it). */
async function readScreen(scope: Locator) {
  return scope.evaluate((root) => {
    const text = (selector: string) => (root.querySelector(selector)?.textContent ?? '').trim();
    const notes = Array.from(root.querySelectorAll<HTMLElement>('.pnote')).filter((note) => !note.hidden);
    return {
      title: text('.stage-title'),
      prompt: text('.stage-prompt'),
      kind: root.querySelector<HTMLElement>('.stage')?.dataset.kind ?? null,
      notes: notes.map((note) => note.textContent ?? ''),
      more: root.querySelector<HTMLElement>('[data-testid="presenter-notes"] [data-fit-more]:not([hidden])')?.textContent ?? '',
      black: root.querySelector('.presenter-blackout') !== null,
    };
  });
}

/** Polls both screens until the preview shows what the projector shows (both are read each time: either may still be settling). */
async function expectPreviewShowsProjector(preview: Locator, projector: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const [seen, projected] = (await Promise.all([readScreen(preview), readScreen(projector)])).map((screen) => JSON.stringify(screen));
      return seen === projected ? 'the same' : `preview ${seen}\nprojector ${projected}`;
    })
    .toBe('the same');
}

test.describe('the projector preview in the control window', () => {
  test('shows what the projector shows, live: title, prompt, notes, folding, kind layout and blackout', async ({ server, control, presenter }) => {
    test.setTimeout(120_000);
    await presenter.page.setViewportSize({ width: 1280, height: 720 });
    await control.page.setViewportSize({ width: 1280, height: 720 });
    const workshopId = await installWorkshop(server, 'legibility.workshop.json', LEGIBILITY_WORKSHOP);
    const { client } = await openScene(server, (activity) => activity.id === 'long-prompt', workshopId);
    const preview = control.page.getByTestId('projector-preview');
    const projector = presenter.page.getByTestId('presenter-screen');
    await expect(preview).toBeVisible();
    await expect(preview, 'the preview is a picture: nothing in it can take focus').toHaveAttribute('role', 'img');
    expect(await preview.locator('button, a, input, textarea, select, [tabindex]').count()).toBe(0);
    const inView = await preview.evaluate((box) => box.getBoundingClientRect().bottom <= window.innerHeight);
    expect(inView, 'the preview is on screen without scrolling at 1280×720').toBe(true);

    const matches = async () => {
      const [seen, projected] = [await readScreen(preview), await readScreen(projector)];
      expect(seen).toEqual(projected);
      return projected;
    };
    await expect.poll(async () => (await readScreen(preview)).title).toBe('Managers and leaders');
    await expectPreviewShowsProjector(preview, projector);

    await captureMany(client, 'long-prompt', ideas(60));
    await expect(presenter.notes).toHaveCount(60);
    await expect(preview.locator('.pnote')).toHaveCount(60);
    await expectPreviewShowsProjector(preview, projector);
    const crowded = await matches();
    expect(crowded.more, 'the projector folds some of 60 notes under a long prompt').toMatch(/^\+\d+ earlier notes$/);
    const shown = crowded.notes.length;
    await expect(control.page.getByTestId('projector-fold-warning')).toHaveText(`The projector shows ${shown} of 60 notes; ${60 - shown} are folded.`);
    await shoot(control.page, 'control-preview-60-notes-1280x720');

    await dispatch(client, { type: 'activity.next' });
    await expect.poll(async () => (await readScreen(preview)).title).toBe('Words that do not break');
    await expect(control.page.getByTestId('projector-fold-warning')).toHaveCount(0);
    await captureMany(client, 'long-words', LONG_WORDS);
    await expect(preview.locator('.pnote')).toHaveCount(LONG_WORDS.length);
    await expectPreviewShowsProjector(preview, projector);

    await dispatch(client, { type: 'presenter.setBlackout', blackout: true });
    await expect(presenter.blackout).toBeVisible();
    await expect.poll(async () => (await readScreen(preview)).black).toBe(true);
    await expect(preview).toHaveAttribute('aria-label', /black/i);
    await dispatch(client, { type: 'presenter.setBlackout', blackout: false });
    await expect.poll(async () => (await readScreen(preview)).black).toBe(false);
    await matches();

    await control.page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => preview.evaluate((box) => box.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    await shoot(control.page, 'control-preview-1920x1080');
    client.close();
  });
});

/** How many columns of statements a scale shows: the distinct left edges of its statement cards. */
async function scaleColumns(scope: Locator): Promise<number> {
  return scope.evaluate((root) => {
    const lefts = Array.from(root.querySelectorAll<HTMLElement>('[data-testid="presenter-scale-statement"]'), (item) => Math.round(item.getBoundingClientRect().left));
    return new Set(lefts).size;
  });
}

test.describe('the preview lays out a scale as the projector does, whatever the control window\'s shape', () => {
  test('six statements: same number of columns in the preview and on a 1280×720 projector, with the control window 1024×768 or tall', async ({ server, control, presenter }) => {
    await presenter.page.setViewportSize({ width: 1280, height: 720 });
    const { client, activity } = await openSixStatements(server);
    if (activity.kind !== 'scale') throw new Error('not a scale');
    expect(activity.statements.length, 'enough statements for the grid to depend on the shape').toBeGreaterThanOrEqual(5);
    const preview = control.page.getByTestId('projector-preview');
    const projector = presenter.page.getByTestId('presenter-screen');
    await expect(projector.getByTestId('presenter-scale-statement')).toHaveCount(activity.statements.length);
    await expect(preview.getByTestId('presenter-scale-statement')).toHaveCount(activity.statements.length);
    const onProjector = await scaleColumns(projector);
    expect(onProjector, 'a wide projector shows the statements in three columns').toBe(3);
    const statementId = activity.statements[0]?.id ?? '';
    for (const [index, size] of [{ width: 1024, height: 768 }, { width: 900, height: 1200 }, { width: 1920, height: 1080 }].entries()) {
      await control.page.setViewportSize(size);
      // A new count redraws the scale in both windows, with the control window at its new shape.
      const count = index + 7;
      await dispatch(client, { type: 'scale.setCount', activityId: activity.id, statementId, point: 1, count });
      await expect(preview.getByTestId('presenter-scale-count').first()).toHaveText(String(count));
      await expect(projector.getByTestId('presenter-scale-count').first()).toHaveText(String(count));
      expect(await scaleColumns(preview), `columns in the preview with the control window at ${size.width}×${size.height}`).toBe(onProjector);
      expect(await scaleColumns(projector)).toBe(onProjector);
    }
    client.close();
  });
});

test.describe('legibility: 1/30 of the height, at three projector sizes', () => {
  for (const screen of SCREENS) {
    const suffix = `${screen.width}x${screen.height}`;
    test(`long prompt with 1, 60 and 200 notes, and long words, at ${suffix}`, async ({ server, presenter }) => {
      test.setTimeout(180_000);
      await presenter.page.setViewportSize(screen);
      const workshopId = await installWorkshop(server, 'legibility.workshop.json', LEGIBILITY_WORKSHOP);
      const { client } = await openScene(server, (activity) => activity.id === 'long-prompt', workshopId);
      let total = 0;
      for (const count of [1, 60, 200]) {
        await captureMany(client, 'long-prompt', ideas(count).slice(total));
        total = count;
        await presenter.expectNotesAccountedFor(count, 60_000);
        const seen = await presenter.expectLegible();
        expect(seen.smallestPx, 'no text under 1/30 of the screen height').toBeGreaterThanOrEqual(Math.max(18, screen.height / 30) - 0.05);
        const shown = await presenter.visibleNoteTexts();
        expect(shown.length).toBeGreaterThan(0);
        const folded = count - shown.length;
        if (folded > 0) await expect(presenter.notesMore).toHaveText(`+${folded} earlier ${folded === 1 ? 'note' : 'notes'}`);
        else await expect(presenter.notesMore).toBeHidden();
        await shoot(presenter.page, `long-prompt-${count}-notes-${suffix}`);
      }
      await dispatch(client, { type: 'activity.next' });
      await captureMany(client, 'long-words', LONG_WORDS);
      await expect(presenter.notes).toHaveCount(LONG_WORDS.length);
      await presenter.expectLegible();
      expect(await presenter.visibleNoteTexts(), 'long words all show, broken inside their cards').toHaveLength(LONG_WORDS.length);
      await shoot(presenter.page, `long-words-${suffix}`);
      client.close();
    });
  }
});

/** Screenshots of the control window with a 4:3 projector, for review. */
const SHOTS_43_DIR = join(process.cwd(), '.tmp', 'shots', 'preview43');

/** Width ÷ height of the projected screen as the preview draws it (after scaling), and how much of the box it fills. */
async function previewShape(preview: Locator) {
  return preview.evaluate((box) => {
    const screen = box.querySelector('.projector-preview-screen');
    if (!screen) throw new Error('no screen in the preview');
    const drawn = screen.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    return {
      aspect: drawn.width / drawn.height,
      inside: drawn.left >= outer.left - 0.5 && drawn.right <= outer.right + 0.5 && drawn.top >= outer.top - 0.5 && drawn.bottom <= outer.bottom + 0.5,
      centred: Math.abs(drawn.left - outer.left - (outer.right - drawn.right)) <= 1 && Math.abs(drawn.top - outer.top - (outer.bottom - drawn.bottom)) <= 1,
    };
  });
}

test.describe('the preview has the projector\'s shape', () => {
  for (const screen of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1200 },
  ] as const) {
    const suffix = `${screen.width}x${screen.height}`;
    test(`with the projector at ${suffix}: same aspect, same scale columns, same folded notes`, async ({ server, control, presenter }) => {
      test.setTimeout(120_000);
      await control.page.setViewportSize({ width: 1280, height: 720 });
      await presenter.page.setViewportSize(screen);
      const preview = control.page.getByTestId('projector-preview');
      const projector = presenter.page.getByTestId('presenter-screen');
      const caption = control.page.getByTestId('projector-preview-size');

      // A scale with six statements: the grid depends on the screen's shape.
      const { client, activity } = await openSixStatements(server);
      if (activity.kind !== 'scale') throw new Error('not a scale');
      await expect(caption).toHaveText(`Projector ${screen.width} × ${screen.height}`);
      const shape = await previewShape(preview);
      expect(shape.aspect, 'the preview is drawn at the projector\'s shape').toBeCloseTo(screen.width / screen.height, 2);
      expect(shape.inside, 'the whole projected screen is inside the preview box').toBe(true);
      expect(shape.centred, 'letterboxed: centred in the box').toBe(true);
      await expect(projector.getByTestId('presenter-scale-statement')).toHaveCount(activity.statements.length);
      await expect(preview.getByTestId('presenter-scale-statement')).toHaveCount(activity.statements.length);
      const columns = await scaleColumns(projector);
      // At 4:3, six statements go three across in two rows (two across left each too short to show its statement whole).
      if (screen.width === 1024) expect(columns, 'a 4:3 projector lays six statements out three across').toBe(3);
      expect(await scaleColumns(preview), `scale columns in the preview with a ${suffix} projector`).toBe(columns);
      client.close();

      // A discussion with 60 short notes under a long prompt: the same notes fold.
      const workshopId = await installWorkshop(server, 'legibility.workshop.json', LEGIBILITY_WORKSHOP);
      const discussion = await openScene(server, (each) => each.id === 'long-prompt', workshopId);
      await captureMany(discussion.client, 'long-prompt', ideas(60));
      await expect(presenter.notes).toHaveCount(60);
      await expect(preview.locator('.pnote')).toHaveCount(60);
      await expectPreviewShowsProjector(preview, projector);
      const seen = await readScreen(projector);
      const warning = control.page.getByTestId('projector-fold-warning');
      if (seen.notes.length < 60) await expect(warning).toHaveText(`The projector shows ${seen.notes.length} of 60 notes; ${60 - seen.notes.length} are folded.`);
      else await expect(warning).toHaveCount(0);

      if (screen.width === 1024) {
        mkdirSync(SHOTS_43_DIR, { recursive: true });
        await control.page.screenshot({ path: join(SHOTS_43_DIR, 'control-4x3-projector-1280x720.png'), animations: 'disabled' });
        await control.page.setViewportSize({ width: 1920, height: 1080 });
        await expect.poll(() => preview.evaluate((box) => box.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
        await expectPreviewShowsProjector(preview, projector);
        await control.page.screenshot({ path: join(SHOTS_43_DIR, 'control-4x3-projector-1920x1080.png'), animations: 'disabled' });
      }
      discussion.client.close();
    });
  }

  test('follows the projector when it is resized, and falls back to 1280 × 720 when it closes', async ({ server, control, presenter }) => {
    const { client } = await openScene(server, ofKind('discussion'));
    const preview = control.page.getByTestId('projector-preview');
    const caption = control.page.getByTestId('projector-preview-size');
    await presenter.page.setViewportSize({ width: 1024, height: 768 });
    await expect(caption).toHaveText('Projector 1024 × 768');
    await presenter.page.setViewportSize({ width: 1280, height: 800 });
    await expect(caption).toHaveText('Projector 1280 × 800');
    expect((await previewShape(preview)).aspect).toBeCloseTo(1280 / 800, 2);
    await presenter.page.close();
    await expect(caption).toHaveText('No projector open — preview at 1280 × 720');
    expect((await previewShape(preview)).aspect).toBeCloseTo(16 / 9, 2);
    client.close();
  });
});
