import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { connectAsControl } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import { activityAt } from './support/workshop';

/** Where the review pictures go (not compared with anything; a person looks at them). */
const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;
const NOTES = [
  'Managers plan, leaders persuade',
  'A good manager removes obstacles before we notice them',
  'Leadership is about people, not titles',
  'Both roles need trust',
  'Sometimes the same person, in the same meeting',
  'Our team lead shields us from noise — is that managing or leading?',
  'Vision without follow-through breeds cynicism',
  'We need both, at different moments',
];

async function shoot(page: Page, name: string): Promise<void> {
  await page.bringToFront();
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), animations: 'disabled' });
}

test.describe('screenshots for review', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));

  for (const size of SIZES) {
    const suffix = `${size.width}x${size.height}`;
    test(`home, running session and blackout at ${suffix}`, async ({ server, control, presenter }) => {
      await Promise.all([control.page.setViewportSize(size), presenter.page.setViewportSize(size)]);
      await expect(control.startButton).toBeEnabled();
      await expect(presenter.waiting).toBeVisible();
      await shoot(control.page, `control-home-${suffix}`);
      await shoot(presenter.page, `presenter-home-${suffix}`);

      await control.page.bringToFront();
      await control.createSession('Sales team, spring cohort', '2026-11-28');
      const client = await connectAsControl(server.controlUrl);
      try {
        await Promise.all(NOTES.map((text) => client.call('session.dispatch', { type: 'note.capture', activityId: activityAt(0).id, text })));
      } finally {
        client.close();
      }
      await control.toggleTimer('Pause');
      await expect(control.noteTexts).toHaveCount(NOTES.length);
      await expect(presenter.notes).toHaveCount(NOTES.length);
      await expect(presenter.timer).toHaveAttribute('data-phase', 'running');
      await expect(control.timerRemaining).not.toHaveText(`${activityAt(0).plannedMinutes}:00`);
      await shoot(control.page, `control-session-${suffix}`);
      await shoot(presenter.page, `presenter-session-${suffix}`);

      await control.pressOnPage('b');
      await expect(presenter.blackout).toBeVisible();
      await expect(control.blackoutBadge).toBeVisible();
      await shoot(control.page, `control-blackout-${suffix}`);
      await shoot(presenter.page, `presenter-blackout-${suffix}`);
    });
  }
});
