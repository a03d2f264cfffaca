import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

const exampleFile = join(import.meta.dirname, '../../docs/examples/team-retro.workshop.json');
const shots = join(import.meta.dirname, '../../.tmp/shots/workshops');

test.describe('the home screen lists built-in and folder workshops', () => {
  test.beforeEach(({ server }) => {
    const folder = join(server.workspace, 'Workshops');
    mkdirSync(folder, { recursive: true });
    copyFileSync(exampleFile, join(folder, 'team-retro.workshop.json'));
    writeFileSync(join(folder, 'broken.workshop.json'), readFileSync(exampleFile, 'utf8').replace('"kind": "vote"', '"kind": "poll"'));
    writeFileSync(join(folder, 'half.workshop.json'), readFileSync(exampleFile, 'utf8').slice(0, 400));
  });

  test('shows where each workshop comes from and what is wrong with the files it skipped', async ({ control }) => {
    const { page } = control;
    const options = page.getByTestId('workshop-option');
    await expect(options).toHaveCount(2);
    await expect(options.nth(0).getByTestId('workshop-origin')).toHaveText('Built in');
    await expect(options.nth(1)).toContainText('Team retrospective');
    await expect(options.nth(1).getByTestId('workshop-origin')).toHaveText('From your folder');
    await expect(options.nth(1)).toContainText('team-retro.workshop.json');

    const problems = page.getByTestId('workshop-problem');
    await expect(page.getByTestId('workshop-problems-pointer')).toContainText('2 files in your workshop folder could not be used.');
    await page.getByRole('button', { name: 'Show why' }).click();
    await expect(page.locator('.workshop-problems-anchor')).toBeFocused();
    await expect(page.getByTestId('workshop-problems')).toContainText('2 workshop files could not be used');
    await expect(problems.nth(0)).toContainText('broken.workshop.json: activity 4, "kind"');
    await expect(problems.nth(0)).toContainText('"poll" is not an activity kind; use one of discussion, sort, map, vote, reflection, scale, commitments, break.');
    await expect(problems.nth(0)).toContainText('activities[3].kind');
    await expect(problems.nth(1)).toContainText('half.workshop.json');
    await expect(problems.nth(1)).toContainText('it looks cut off (truncated)');
    await expect(page.getByTestId('workshop-folder-path')).toHaveText('Workshops');

    mkdirSync(shots, { recursive: true });
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.locator('.home').evaluate((element) => element.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, `home-${width}x${height}.png`) });
      await page.getByTestId('workshop-problems').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, `home-problems-${width}x${height}.png`) });
      await page.locator('.home-card').filter({ has: control.startButton }).screenshot({ path: join(shots, `home-card-${width}x${height}.png`) });
    }
  });

  test('starts a session from a folder workshop with the keyboard', async ({ control }) => {
    const { page } = control;
    await expect(page.getByTestId('workshop-option')).toHaveCount(2);
    await page.getByRole('radio', { name: /Management and Leadership/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /Team retrospective/ })).toBeChecked();
    await control.groupInput.fill('Platform team');
    await control.groupInput.press('Enter');
    await expect(control.activityTitle).toHaveText('Check-in');
  });

  test('refreshes after a file is fixed, and changes the folder from the keyboard', async ({ control, server }) => {
    const { page } = control;
    await expect(page.getByTestId('workshop-problem')).toHaveCount(2);
    writeFileSync(join(server.workspace, 'Workshops', 'half.workshop.json'), readFileSync(exampleFile, 'utf8').replace('"id": "team-retro"', '"id": "half"'));
    await page.getByTestId('workshops-refresh').click();
    await expect(page.getByTestId('workshop-problem')).toHaveCount(1);
    await expect(page.getByTestId('workshop-option')).toHaveCount(3);

    mkdirSync(join(server.workspace, 'team', 'workshops'), { recursive: true });
    await page.getByTestId('workshop-folder-change').click();
    const input = page.getByTestId('workshop-folder-input');
    await expect(input).toBeFocused();
    await input.fill('../elsewhere');
    await input.press('Enter');
    await expect(page.getByTestId('workshop-folder-error')).toContainText('not inside the workspace folder');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'change-folder-error-1280x720.png') });

    await input.fill('team/workshops');
    await input.press('Enter');
    await expect(page.getByTestId('workshop-folder-path')).toHaveText('team/workshops');
    await expect(page.getByTestId('workshop-option')).toHaveCount(1);
    await expect(page.getByTestId('workshop-problems')).toHaveCount(0);
    await expect(page.getByTestId('workshop-folder-empty')).toBeVisible();
    await expect(page.getByTestId('workshop-folder-change')).toBeFocused();

    await page.getByTestId('workshop-folder-change').press('Enter');
    await expect(input).toBeFocused();
    await input.press('Escape');
    await expect(input).toHaveCount(0);
    await expect(page.getByTestId('workshop-folder-change')).toBeFocused();
  });
});
