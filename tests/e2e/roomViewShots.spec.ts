import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { optionNoteId } from '../../shared/kinds/vote';
import { expect, test } from './support/fixtures';
import { expectCleanScreen } from './support/layoutCheck';
import { TRUST_BREAKER_DOTS, WEEK_ON_THE_MAP, captureAll, dispatch, ofKind, openScene } from './support/kindScenes';
import type { OpenScene } from './support/kindScenes';

/**
 * The projector drawn from the room view alone (issue 11, point 7): a discussion with a hidden note, a vote before
 * and after the reveal, and the map, at 1024×768 and 1920×1080. Pictures go to .tmp/shots/view/ for a person to look at.
 */
const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'view');
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

test.describe('the projector draws the room view', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));
  let scene: OpenScene | null = null;
  test.afterEach(() => {
    scene?.client.close();
    scene = null;
  });

  for (const size of SIZES) {
    const suffix = `${size.width}x${size.height}`;
    test(`discussion, vote before and after the reveal, and the map at ${suffix}`, async ({ server, presenter }) => {
      await presenter.page.setViewportSize(size);
      const shoot = async (name: string) => {
        await presenter.page.screenshot({ path: join(SHOTS_DIR, `${name}-${suffix}.png`), animations: 'disabled' });
        await expectCleanScreen(presenter.page, `${name}-${suffix}`);
      };

      scene = await openScene(server, ofKind('discussion'));
      const discussion = scene.activity;
      await captureAll(scene.client, discussion.id, [
        { text: 'Managers plan the budget; leaders say why it matters' },
        { text: 'What the director really said in the corridor', hidden: true, attribution: 'Jo' },
        { text: 'Trust is built in the small moments', attribution: 'Priya' },
        { text: 'We confuse being busy with leading' },
      ]);
      await expect(presenter.notes).toHaveText(['Managers plan the budget; leaders say why it matters', 'Trust is built in the small moments', 'We confuse being busy with leading']);
      await expect(presenter.title).toHaveText(discussion.title);
      await expect(presenter.page.getByText('What the director really said')).toHaveCount(0);
      await presenter.expectLegible();
      await shoot('discussion');

      const client = scene.client;
      const vote = (await client.call('session.snapshot', {})).session?.agenda.find(ofKind('vote'));
      if (vote?.kind !== 'vote') throw new Error('no vote');
      await dispatch(client, { type: 'activity.go', activityId: vote.id });
      for (const [index, dots] of TRUST_BREAKER_DOTS.entries()) await dispatch(client, { type: 'vote.setCount', activityId: vote.id, optionId: optionNoteId(vote.id, index + 1), count: dots });
      await expect(presenter.page.getByTestId('presenter-vote-option')).toHaveText(vote.options);
      await expect(presenter.page.getByTestId('presenter-vote-count')).toHaveCount(0);
      await presenter.expectLegible();
      await shoot('vote-hidden');
      await dispatch(client, { type: 'vote.setRevealed', activityId: vote.id, revealed: true });
      await expect(presenter.page.getByTestId('presenter-vote-count')).toHaveCount(vote.options.length);
      await expect(presenter.page.getByTestId('presenter-vote-total')).toContainText(`${TRUST_BREAKER_DOTS.reduce((a, b) => a + b, 0)} dots`);
      await presenter.expectLegible();
      await shoot('vote-revealed');

      const map = (await client.call('session.snapshot', {})).session?.agenda.find(ofKind('map'));
      if (map?.kind !== 'map') throw new Error('no map');
      await dispatch(client, { type: 'activity.go', activityId: map.id });
      await captureAll(client, map.id, WEEK_ON_THE_MAP);
      const placed = WEEK_ON_THE_MAP.filter((note) => note.position && !note.hidden);
      await expect(presenter.page.getByTestId('presenter-map-chip')).toHaveText(placed.map((note) => note.text));
      await expect(presenter.page.getByText('Quiet word about a reorganisation')).toHaveCount(0);
      await expect(presenter.page.locator('[data-testid="presenter-map-chip"]:not([data-placed])')).toHaveCount(0);
      await presenter.expectLegible();
      await shoot('map');
    });
  }
});
