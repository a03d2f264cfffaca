import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectInSync, test } from './support/fixtures';
import { activityAt } from './support/workshop';

const first = activityAt(0);
const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'helperA');
const BY_HAND = /Swapping screens needs the desktop app\. In a browser, drag the presenter window to the other screen and press F11\./;

test.describe('swap displays (X) in a browser', () => {
  test('X says how to swap by hand, and the projector does not change', async ({ control, presenter }) => {
    await control.createSession('Cohort 5', '2026-05-12');
    await expectInSync(control, presenter);
    const revBefore = await presenter.rev();
    await expect(control.page.locator('.key-legend-item').filter({ hasText: 'Swap screens' }).locator('kbd')).toHaveText('Alt+X');

    await control.pressOnPage('Alt+x');
    await expect(control.toast(BY_HAND)).toBeVisible();
    const sentence = control.toast(BY_HAND).locator('.toast-message');
    expect(await sentence.evaluate((element) => element.scrollWidth <= element.clientWidth && element.scrollHeight <= element.clientHeight), 'the whole sentence shows').toBe(true);

    await expectInSync(control, presenter);
    expect(await presenter.rev()).toBe(revBefore);
    await expect(presenter.title).toHaveText(first.title);
    await expect(presenter.blackout).toHaveCount(0);
    await expect(control.page.getByTestId('room-status')).toHaveCount(0);
  });

  test('X while typing in the capture box types an x and swaps nothing', async ({ control, presenter }) => {
    await control.createSession('Cohort 6', '2026-05-13');
    await control.captureInput.click();
    await control.captureInput.pressSequentially('Bo');
    await control.captureInput.press('x');
    await control.captureInput.press('X');
    await expect(control.captureInput).toHaveValue('BoxX');
    await control.captureInput.press('Enter');
    await expect(control.note('BoxX')).toBeVisible();
    await expect(presenter.page.getByText('BoxX', { exact: true })).toBeVisible();
    await expect(control.toast(BY_HAND)).toHaveCount(0);
  });

  test('screenshots: the answer to X, and X in the legend, at 1920×1080 and 1280×720', async ({ control }) => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    await control.createSession('Cohort 7', '2026-05-14');
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await control.page.setViewportSize(size);
      await control.pressOnPage('Alt+x');
      await expect(control.toast(BY_HAND).last()).toBeVisible();
      await control.page.screenshot({ path: join(SHOTS_DIR, `control-swap-toast-${size.width}x${size.height}.png`) });
      await control.pressOnPage('?');
      const legend = control.page.getByTestId('key-legend-dialog');
      await expect(legend.locator('[data-command="swapDisplays"]')).toContainText('X');
      await control.page.screenshot({ path: join(SHOTS_DIR, `control-legend-${size.width}x${size.height}.png`) });
      await control.page.keyboard.press('Escape');
      await expect(legend).toBeHidden();
    }
  });
});
