import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectCleanScreen } from './support/layoutCheck';
import type { PresenterPage } from './pages/presenterPage';
import { optionNoteId } from '../../shared/kinds/vote';
import { expect, test } from './support/fixtures';
import {
  COMMITMENTS,
  OPENING_SORT,
  REFLECTION_HIGHLIGHTS,
  STRENGTH_COUNTS,
  TRUST_BREAKER_DOTS,
  WEEK_ON_THE_MAP,
  captureAll,
  crowdedTrustLevels,
  dispatch,
  installWorkshop,
  ofKind,
  openScene,
  snapshot,
} from './support/kindScenes';
import type { OpenScene } from './support/kindScenes';
import { FOUR_COLUMN_NOTES, MANY_COMMITMENTS, SPECTRUM_NOTES, STRESS_WORKSHOP, TWO_COLUMN_NOTES } from './support/stressWorkshop';
import { noteIds, noteIn } from '../support/noteTables';

/** Where the review pictures go (not compared with anything; a person looks at them). */
const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'presenter');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

/** Takes the review picture, then checks the projected layout: nothing cut, overlapping or under the legibility floor. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.bringToFront();
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), animations: 'disabled' });
  await expectCleanScreen(page, name);
}

/** The texts of the showing elements with this test id inside `scope`. */
async function shownTexts(presenter: PresenterPage, testId: string): Promise<string[]> {
  return presenter.page.getByTestId(testId).evaluateAll((items) =>
    items.filter((item) => !item.closest('[hidden]')).map((item) => (item.textContent ?? '').trim()),
  );
}

/** The number a "+N more" line in this column (or the page) says was folded away; 0 when there is none. */
async function foldedIn(scope: ReturnType<Page['getByTestId']>): Promise<number> {
  const more = scope.getByTestId('presenter-fit-more');
  if ((await more.count()) === 0 || !(await more.isVisible())) return 0;
  return Number(/^\+(\d+) (?:more|earlier)\b/.exec((await more.textContent()) ?? '')?.[1] ?? NaN);
}

test.describe('presenter layout of every kind, for review', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));
  let scene: OpenScene | null = null;
  test.afterEach(() => {
    scene?.client.close();
    scene = null;
  });

  for (const size of SIZES) {
    const suffix = `${size.width}x${size.height}`;
    test.describe(suffix, () => {
      test.beforeEach(async ({ presenter }) => {
        await presenter.page.setViewportSize(size);
      });

      test(`sort at ${suffix}`, async ({ server, presenter }) => {
        scene = await openScene(server, ofKind('sort'));
        const { client, activity } = scene;
        if (activity.kind !== 'sort') throw new Error('not a sort');
        await captureAll(client, activity.id, OPENING_SORT);
        const columns = presenter.page.getByTestId('presenter-sort-column');
        await expect(columns).toHaveCount(activity.columns.length);
        await expect(presenter.page.getByTestId('presenter-sort-label')).toHaveText(activity.columns.map((column) => column.label));
        const expected = activity.columns.map((column) => OPENING_SORT.filter((note) => note.columnId === column.id && !note.hidden));
        await expect(presenter.page.getByTestId('presenter-sort-count')).toHaveText(expected.map((notes) => `${notes.length}${notes.length === 1 ? 'note' : 'notes'}`));
        for (const [index, notes] of expected.entries()) await expect(columns.nth(index).getByTestId('presenter-note')).toHaveText(notes.map((note) => note.text));
        await expect(presenter.page.getByText('Tea and biscuits', { exact: false })).toHaveCount(0);
        await presenter.expectLegible();
        await shoot(presenter.page, `sort-3-columns-${suffix}`);
      });

      test(`sort with a crowded column at ${suffix}`, async ({ server, presenter }) => {
        scene = await openScene(server, ofKind('sort', 1));
        const { client, activity } = scene;
        const notes = crowdedTrustLevels();
        await captureAll(client, activity.id, notes);
        const middle = presenter.page.getByTestId('presenter-sort-column').nth(1);
        await expect(middle.getByTestId('presenter-sort-count')).toHaveText('42notes');
        await expect(middle.getByTestId('presenter-note')).toHaveCount(42);
        // Honest folding: what shows plus what the "+N more" line says is every note; the newest always shows.
        const shown = (await shownTexts(presenter, 'presenter-note')).filter((text) => text.endsWith(')'));
        const folded = await foldedIn(middle);
        expect(folded, 'the crowded column folds some notes').toBeGreaterThan(0);
        expect(shown.length + folded).toBe(42);
        expect(shown.at(-1)).toBe(notes.filter((note) => note.columnId === 'level-2').at(-1)?.text);
        const seen = await presenter.expectLegible();
        expect(seen.smallestPx, 'the crowded column stays at the floor, not below').toBeGreaterThanOrEqual(seen.floorPx - 0.05);
        await shoot(presenter.page, `sort-crowded-${suffix}`);
      });

      test(`map at ${suffix}`, async ({ server, presenter }) => {
        // At 1024x768 the bottom-left corner has no room left at the legibility floor for every note's words (the
        // layout check found its chips drawn over each other); now the oldest there are dots on their points.
        scene = await openScene(server, ofKind('map'));
        const { client, activity } = scene;
        if (activity.kind !== 'map' || !activity.y || !activity.quadrants) throw new Error('not a 2-D map');
        await captureAll(client, activity.id, WEEK_ON_THE_MAP);
        const placed = WEEK_ON_THE_MAP.filter((note) => note.position && !note.hidden);
        const chips = presenter.page.getByTestId('presenter-map-chip');
        await expect(chips).toHaveText(placed.map((note) => note.text));
        await expect(presenter.page.getByText('Answered emails all morning')).toHaveCount(0);
        await expect(presenter.page.getByText('Quiet word about a reorganisation')).toHaveCount(0);
        await expect(presenter.page.getByTestId('presenter-map-quadrant')).toHaveText(Object.values(activity.quadrants));
        for (const end of [activity.x.from, activity.x.to, activity.y.from, activity.y.to]) {
          await expect(presenter.page.getByTestId('presenter-map-end').filter({ hasText: end })).toHaveCount(1);
        }
        await shoot(presenter.page, `map-2d-${suffix}`);
        // A corner too crowded for every note's words shows the oldest as dots; no chip is ever drawn over another.
        const boxes = await presenter.page.locator('[data-testid="presenter-map-chip"]:not([data-dot])').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
        const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map(() => i));
        expect(overlaps, 'chips covering each other').toEqual([]);
        // y is up: the future (top) note is above the present (bottom) one, influence (right) right of administration.
        const box = (text: string) => presenter.page.getByTestId('presenter-map-chip').filter({ hasText: text }).boundingBox();
        const [offsite, budget, coaching] = await Promise.all([box('Planned the strategy offsite'), box('Weekly budget review'), box('Coached Priya')]);
        expect(offsite && budget && offsite.y < budget.y).toBe(true);
        expect(coaching && budget && coaching.x > budget.x).toBe(true);
        await presenter.expectLegible();
      });

      test(`vote, hidden then revealed, at ${suffix}`, async ({ server, presenter }) => {
        scene = await openScene(server, ofKind('vote'));
        const { client, activity } = scene;
        if (activity.kind !== 'vote') throw new Error('not a vote');
        const options = presenter.page.getByTestId('presenter-vote-option');
        await expect(options).toHaveText(activity.options);
        await expect(presenter.page.getByTestId('presenter-vote-instruction')).toContainText(`${activity.dotsPerPerson} dots`);
        const optionIds = activity.options.map((_, index) => optionNoteId(activity.id, index + 1));
        for (const [index, id] of optionIds.entries()) await dispatch(client, { type: 'vote.setCount', activityId: activity.id, optionId: id, count: TRUST_BREAKER_DOTS[index] ?? 0 });
        await expect(presenter.page.getByTestId('presenter-vote-count')).toHaveCount(0);
        await expect(presenter.page.getByText(/\d+ dots/)).toHaveCount(1); // only "You each have 3 dots"
        await presenter.expectLegible();
        await shoot(presenter.page, `vote-hidden-${suffix}`);

        await dispatch(client, { type: 'vote.setRevealed', activityId: activity.id, revealed: true });
        const ranked = activity.options.map((text, index) => ({ text, dots: TRUST_BREAKER_DOTS[index] ?? 0 })).sort((a, b) => b.dots - a.dots);
        const rows = presenter.page.getByTestId('presenter-vote-result');
        await expect(rows).toHaveCount(ranked.length);
        await expect(presenter.page.getByTestId('presenter-vote-count')).toHaveText(ranked.map((option) => `${option.dots} dots`));
        for (const [index, option] of ranked.entries()) await expect(rows.nth(index)).toContainText(option.text);
        await expect(presenter.page.getByTestId('presenter-vote-total')).toContainText(`${TRUST_BREAKER_DOTS.reduce((a, b) => a + b, 0)} dots`);
        const widths = await presenter.page.locator('.pvote-bar').evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
        expect(widths, 'longer bars for more dots').toEqual([...widths].sort((a, b) => b - a));
        await presenter.expectLegible();
        await shoot(presenter.page, `vote-revealed-${suffix}`);
      });

      test(`reflection, every stage, at ${suffix}`, async ({ server, presenter }) => {
        scene = await openScene(server, ofKind('reflection'));
        const { client, activity } = scene;
        if (activity.kind !== 'reflection') throw new Error('not a reflection');
        await dispatch(client, { type: 'reflection.setStageTimerRunning', activityId: activity.id, running: true });
        await expect(presenter.page.getByTestId('presenter-reflection-heading')).toHaveText('Silent writing');
        await expect(presenter.page.getByTestId('presenter-reflection-prompt')).toHaveText(activity.prompts);
        const stageTimer = presenter.page.getByTestId('presenter-stage-timer');
        await expect(stageTimer).toHaveAttribute('data-phase', 'running');
        await expect(presenter.timer, 'one clock at a time: the stage countdown, not the activity timer').toHaveCount(0);
        await presenter.expectLegible();
        await shoot(presenter.page, `reflection-writing-${suffix}`);

        await dispatch(client, { type: 'reflection.setStage', activityId: activity.id, stage: 'pairs' });
        await dispatch(client, { type: 'reflection.setStageTimerRunning', activityId: activity.id, running: true });
        await expect(presenter.page.getByTestId('presenter-reflection-heading')).toHaveText('Share with a partner');
        await expect(presenter.page.getByTestId('presenter-reflection-prompt')).toHaveText(activity.prompts);
        await expect(stageTimer).toHaveAttribute('aria-label', new RegExp(`: ${activity.pairMinutes - 1}:5\\d$|: ${activity.pairMinutes}:00$`));
        await presenter.expectLegible();
        await shoot(presenter.page, `reflection-pairs-${suffix}`);

        await dispatch(client, { type: 'reflection.setStage', activityId: activity.id, stage: 'sharing' });
        await captureAll(client, activity.id, REFLECTION_HIGHLIGHTS);
        const shared = REFLECTION_HIGHLIGHTS.filter((note) => !note.hidden);
        await expect(presenter.notes).toHaveCount(shared.length);
        for (const [index, note] of shared.entries()) {
          await expect(presenter.notes.nth(index)).toContainText(note.text);
          await expect(presenter.notes.nth(index).getByTestId('presenter-highlight-by')).toHaveText(note.attribution ? `— ${note.attribution}` : []);
        }
        await expect(presenter.page.getByText('Something personal')).toHaveCount(0);
        await expect(presenter.page.getByTestId('presenter-highlight-by')).toHaveText(shared.filter((note) => note.attribution).map((note) => `— ${note.attribution ?? ''}`));
        await presenter.expectLegible();
        await shoot(presenter.page, `reflection-sharing-${suffix}`);
      });

      test(`scale at ${suffix}`, async ({ server, presenter }) => {
        scene = await openScene(server, ofKind('scale'));
        const { client, activity } = scene;
        if (activity.kind !== 'scale') throw new Error('not a scale');
        for (const [s, statement] of activity.statements.entries()) {
          for (const [index, count] of (STRENGTH_COUNTS[s] ?? []).entries()) {
            if (count > 0) await dispatch(client, { type: 'scale.setCount', activityId: activity.id, statementId: statement.id, point: activity.min + index, count });
          }
        }
        const statements = presenter.page.getByTestId('presenter-scale-statement');
        await expect(statements).toHaveCount(activity.statements.length);
        for (const [s, statement] of activity.statements.entries()) {
          const counts = STRENGTH_COUNTS[s] ?? [];
          const item = statements.nth(s);
          await expect(item).toContainText(statement.text);
          await expect(item.getByTestId('presenter-scale-count')).toHaveText(counts.map(String));
          const total = counts.reduce((a, b) => a + b, 0);
          const mean = counts.reduce((sum, count, index) => sum + count * (activity.min + index), 0) / total;
          await expect(item.getByTestId('presenter-scale-mean')).toHaveText(`Mean ${mean.toFixed(1)} · ${total} people`);
        }
        await expect(presenter.page.getByTestId('presenter-scale-min')).toHaveText(`${activity.min} = ${activity.minLabel}`);
        await expect(presenter.page.getByTestId('presenter-scale-max')).toHaveText(`${activity.max} = ${activity.maxLabel}`);
        await presenter.expectLegible();
        await shoot(presenter.page, `scale-${suffix}`);
      });

      test(`commitments at ${suffix}`, async ({ server, presenter }) => {
        scene = await openScene(server, ofKind('commitments'));
        const { client, activity } = scene;
        await captureAll(client, activity.id, COMMITMENTS);
        const rows = presenter.page.getByTestId('presenter-commitment');
        const shown = COMMITMENTS.filter((note) => !note.hidden);
        await expect(rows).toHaveCount(shown.length);
        for (const [index, note] of shown.entries()) {
          await expect(rows.nth(index)).toContainText(note.commitment?.who ?? '');
          await expect(rows.nth(index)).toContainText(note.text);
          await expect(rows.nth(index)).toContainText(note.commitment?.byWhen ? `by ${note.commitment.byWhen}` : 'no date yet');
        }
        await expect(presenter.page.getByText('Something only I should see')).toHaveCount(0);
        await presenter.expectLegible();
        await shoot(presenter.page, `commitments-${suffix}`);
      });

      test(`layouts the built-in workshop does not use (2 and 4 columns, spectrum, long vote, 0 to 10, many commitments) at ${suffix}`, async ({ server, presenter }) => {
        test.setTimeout(120_000);
        const workshopId = await installWorkshop(server, 'stress.workshop.json', STRESS_WORKSHOP);
        scene = await openScene(server, ofKind('sort'), workshopId);
        const { client } = scene;
        const go = async (activityId: string) => {
          await dispatch(client, { type: 'activity.go', activityId });
          await dispatch(client, { type: 'timer.start', activityId });
        };

        await captureAll(client, 'two-columns', TWO_COLUMN_NOTES);
        await expect(presenter.page.getByTestId('presenter-sort-count')).toHaveText(['6notes', '4notes']);
        await presenter.expectLegible();
        await shoot(presenter.page, `sort-2-columns-${suffix}`);

        await go('four-columns');
        await captureAll(client, 'four-columns', FOUR_COLUMN_NOTES);
        await expect(presenter.page.getByTestId('presenter-sort-count')).toHaveText(['0notes', '6notes', '2notes', '5notes']);
        await presenter.expectLegible();
        await shoot(presenter.page, `sort-4-columns-${suffix}`);

        await go('spectrum');
        await captureAll(client, 'spectrum', SPECTRUM_NOTES);
        await expect(presenter.page.getByTestId('presenter-map-chip')).toHaveCount(SPECTRUM_NOTES.length);
        await expect(presenter.page.getByTestId('presenter-map-quadrant')).toHaveCount(0);
        await expect(presenter.page.getByTestId('presenter-map-end')).toHaveText([/Focus.*Keeping things running/, /Focus.*Building what comes next/]);
        const boxes = await presenter.page.getByTestId('presenter-map-chip').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
        expect(boxes.filter((a, i) => boxes.slice(i + 1).some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom))).toEqual([]);
        await presenter.expectLegible();
        await shoot(presenter.page, `map-spectrum-${suffix}`);

        await go('long-vote');
        const options = presenter.page.getByTestId('presenter-vote-option');
        await expect(options).toHaveCount(TWO_COLUMN_NOTES.length + 3);
        await presenter.expectLegible();
        await shoot(presenter.page, `vote-13-options-hidden-${suffix}`);
        const session = await snapshot(client);
        const written = STRESS_WORKSHOP.activities.find((activity) => activity.id === 'long-vote')?.options ?? [];
        const optionIds = [
          ...noteIds(session.notes).filter((id) => noteIn(session.notes, id)?.activityId === 'two-columns'),
          ...written.map((_, index) => optionNoteId('long-vote', index + 1)),
        ];
        for (const [index, id] of optionIds.entries()) await dispatch(client, { type: 'vote.setCount', activityId: 'long-vote', optionId: id, count: (index * 7) % 11 });
        await dispatch(client, { type: 'vote.setRevealed', activityId: 'long-vote', revealed: true });
        await expect(presenter.page.getByTestId('presenter-vote-result')).toHaveCount(optionIds.length);
        const shownCounts = await shownTexts(presenter, 'presenter-vote-count');
        const foldedOptions = await foldedIn(presenter.page.getByTestId('presenter-vote'));
        expect(shownCounts.length + foldedOptions).toBe(optionIds.length);
        if (foldedOptions > 0) {
          // The fold line says how many dots the folded (least voted) options hold.
          const counts = optionIds.map((_, index) => (index * 7) % 11).sort((a, b) => b - a);
          const foldedDots = counts.slice(counts.length - foldedOptions).reduce((a, b) => a + b, 0);
          await expect(presenter.page.getByTestId('presenter-fit-more')).toHaveText(`+${foldedOptions} more ${foldedOptions === 1 ? 'option' : 'options'}: ${foldedDots} ${foldedDots === 1 ? 'dot' : 'dots'}`);
        }
        await presenter.expectLegible();
        await shoot(presenter.page, `vote-13-options-revealed-${suffix}`);

        await go('three-prompts');
        await expect(presenter.page.getByTestId('presenter-reflection-prompt')).toHaveCount(3);
        await expect(presenter.page.getByTestId('presenter-fit-more')).toBeHidden();
        await presenter.expectLegible();
        await shoot(presenter.page, `reflection-3-prompts-${suffix}`);

        await go('zero-to-ten');
        for (const [index, count] of [0, 0, 1, 0, 2, 3, 4, 6, 8, 5, 2].entries()) {
          if (count > 0) await dispatch(client, { type: 'scale.setCount', activityId: 'zero-to-ten', statementId: 'recommend', point: index, count });
        }
        await expect(presenter.page.getByTestId('presenter-scale-count')).toHaveText(['0', '0', '1', '0', '2', '3', '4', '6', '8', '5', '2']);
        await expect(presenter.page.getByTestId('presenter-scale-mean')).toHaveText('Mean 7.1 · 31 people');
        await presenter.expectLegible();
        await shoot(presenter.page, `scale-0-to-10-${suffix}`);

        await go('many-commitments');
        await captureAll(client, 'many-commitments', MANY_COMMITMENTS);
        await expect(presenter.page.getByTestId('presenter-commitment')).toHaveCount(MANY_COMMITMENTS.length);
        const shownRows = (await shownTexts(presenter, 'presenter-commitment')).length;
        expect(shownRows + (await foldedIn(presenter.page.getByTestId('presenter-commitments')))).toBe(MANY_COMMITMENTS.length);
        await presenter.expectLegible();
        await shoot(presenter.page, `commitments-16-${suffix}`);
      });
    });
  }
});

test.describe('hostile text in the kind layouts', () => {
  test('markup typed as a note, a name or a date shows as text in every kind and runs nothing', async ({ server, presenter }) => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const scene = await openScene(server, ofKind('sort'));
    const { client } = scene;
    try {
      const agenda = (await snapshot(client)).agenda;
      const idOf = (kind: string) => agenda.find((activity) => activity.kind === kind)?.id ?? '';
      const checkShown = async (testId: string) => {
        await expect(presenter.page.getByTestId(testId).filter({ hasText: hostile }).first()).toBeVisible();
        await expect(presenter.page.locator('#root img, #root script:not([src])')).toHaveCount(0);
        expect(await presenter.page.evaluate('typeof window.__pwned')).toBe('undefined');
      };
      await captureAll(client, idOf('sort'), [{ text: hostile, columnId: 'leader' }]);
      await checkShown('presenter-note');

      await dispatch(client, { type: 'activity.go', activityId: idOf('map') });
      await captureAll(client, idOf('map'), [{ text: hostile, position: { x: 0.3, y: 0.6 } }]);
      await checkShown('presenter-map-chip');

      await dispatch(client, { type: 'activity.go', activityId: idOf('reflection') });
      await dispatch(client, { type: 'reflection.setStage', activityId: idOf('reflection'), stage: 'sharing' });
      await captureAll(client, idOf('reflection'), [{ text: hostile, attribution: '<b onmouseover=alert(1)>Sam</b>' }]);
      await checkShown('presenter-note');
      await expect(presenter.page.getByTestId('presenter-highlight-by')).toHaveText('— <b onmouseover=alert(1)>Sam</b>');

      await dispatch(client, { type: 'activity.go', activityId: idOf('commitments') });
      await captureAll(client, idOf('commitments'), [{ text: hostile, commitment: { who: '<i>Amira</i>', byWhen: '<u>Friday</u>' } }]);
      await checkShown('presenter-commitment');
      await expect(presenter.page.getByTestId('presenter-commitment')).toContainText('<i>Amira</i>');
      await expect(presenter.page.getByTestId('presenter-commitment')).toContainText('by <u>Friday</u>');
      await expect(presenter.page.locator('#root b, #root i, #root u')).toHaveCount(0);
    } finally {
      client.close();
    }
  });
});
