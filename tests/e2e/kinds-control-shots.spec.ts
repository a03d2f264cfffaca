import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { voteOptions } from '../../shared/kinds/vote';
import type { Activity } from '../../shared/session/types';
import { connectAsControl } from '../support/hostClient';
import type { HostClient } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import {
  COMMITMENTS,
  FOUR_COLUMN_NOTES,
  OPENING_SORT,
  REFLECTION_HIGHLIGHTS,
  SPECTRUM_NOTES,
  STRENGTH_COUNTS,
  STRESS_WORKSHOP,
  TRUST_BREAKER_DOTS,
  WEEK_ON_THE_MAP,
  captureAll,
  dispatch,
  installWorkshop,
  snapshot,
} from './support/kindScenes';
import { expectCleanScreen } from './support/layoutCheck';

/** Where the review pictures of the control window go: a person looks at them; the layout check asserts what it can. */
const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'control');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

/** Takes the review picture, then checks the screen's layout: nothing cut, unreachable, covered or overlapping. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), animations: 'disabled' });
  await expectCleanScreen(page, name);
}

/** Fills an activity with the room content the presenter screenshots use too. */
async function fill(client: HostClient, activity: Activity): Promise<void> {
  switch (activity.kind) {
    case 'sort':
      await captureAll(client, activity.id, activity.columns.some((column) => column.id === 'org') ? FOUR_COLUMN_NOTES : OPENING_SORT.filter((note) => activity.columns.some((column) => column.id === note.columnId)));
      return;
    case 'map':
      await captureAll(client, activity.id, activity.y ? WEEK_ON_THE_MAP : SPECTRUM_NOTES);
      return;
    case 'vote':
      for (const [index, option] of voteOptions(await snapshot(client), activity).entries()) {
        await dispatch(client, { type: 'vote.setCount', activityId: activity.id, optionId: option.id, count: TRUST_BREAKER_DOTS[index] ?? 1 });
      }
      return;
    case 'reflection':
      await dispatch(client, { type: 'reflection.setStage', activityId: activity.id, stage: 'sharing' });
      await captureAll(client, activity.id, REFLECTION_HIGHLIGHTS);
      return;
    case 'scale':
      for (const [s, statement] of activity.statements.entries()) {
        const counts = STRENGTH_COUNTS[s] ?? Array.from({ length: activity.max - activity.min + 1 }, (_, i) => (i * 3) % 5);
        for (const [p, count] of counts.entries()) await dispatch(client, { type: 'scale.setCount', activityId: activity.id, statementId: statement.id, point: activity.min + p, count });
      }
      return;
    case 'commitments':
      await captureAll(client, activity.id, COMMITMENTS);
      return;
    case 'discussion':
    case 'break':
      // Nothing to fill: the discussion's notes come from its own scene, and a break holds no notes.
      return;
  }
}

test.describe('control window of every kind, for review', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));

  for (const size of SIZES) {
    const suffix = `${size.width}x${size.height}`;

    test(`the built-in workshop's boards at ${suffix}`, async ({ server, control }) => {
      await control.page.setViewportSize(size);
      const client = await connectAsControl(server.controlUrl);
      try {
        await client.call('session.create', { workshopId: 'management-and-leadership', group: 'Leadership cohort 4', date: '2026-11-28' });
        await expect(control.activityTitle).toBeVisible();
        for (const activity of (await snapshot(client)).agenda) {
          await dispatch(client, { type: 'activity.go', activityId: activity.id });
          await dispatch(client, { type: 'timer.start', activityId: activity.id });
          await expect(control.activityTitle).toHaveText(activity.title);
          if (activity.kind === 'reflection') {
            // The writing stage first, with its countdown running.
            await dispatch(client, { type: 'reflection.setStageTimerRunning', activityId: activity.id, running: true });
            await expect(control.page.getByTestId('stage-timer')).toHaveAttribute('data-phase', 'running');
            await shoot(control.page, `control-${activity.id}-writing-${suffix}`);
          }
          await fill(client, activity);
          await shoot(control.page, `control-${activity.id}-${suffix}`);
        }
        // A refused change is shown next to the control that asked for it.
        await dispatch(client, { type: 'activity.go', activityId: 'close-commitments' });
        await control.page.getByTestId('commitment-input-what').fill('Something without a name');
        await control.page.getByTestId('commitment-input-what').press('Enter');
        await expect(control.page.getByTestId('commitment-error')).toBeVisible();
        await shoot(control.page, `control-close-commitments-error-${suffix}`);
      } finally {
        client.close();
      }
    });

    test(`layouts the built-in workshop does not use at ${suffix}`, async ({ server, control }) => {
      await control.page.setViewportSize(size);
      const workshopId = await installWorkshop(server, 'stress.workshop.json', STRESS_WORKSHOP);
      const client = await connectAsControl(server.controlUrl);
      try {
        await client.call('session.create', { workshopId, group: 'Stress group', date: '2026-11-28' });
        await expect(control.activityTitle).toBeVisible();
        for (const activity of (await snapshot(client)).agenda) {
          if (activity.id === 'many-commitments' || activity.id === 'three-prompts') continue;
          await dispatch(client, { type: 'activity.go', activityId: activity.id });
          await fill(client, activity);
          await expect(control.activityTitle).toHaveText(activity.title);
          await shoot(control.page, `control-stress-${activity.id}-${suffix}`);
        }
      } finally {
        client.close();
      }
    });
  }
});
