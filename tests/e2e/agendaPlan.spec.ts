import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { activityAt } from './support/workshop';
import { expectCleanLayout, expectCleanScreen } from './support/layoutCheck';

/**
 * The live agenda (issue #13): while the session runs, the facilitator re-plans what is still to come from the
 * agenda, by keyboard, at 1280x720. More minutes for one activity, one dropped, one moved earlier: the agenda and the
 * forecast say so at once, Next passes over the dropped one, and Ctrl+Z takes a change back.
 */
test('the facilitator re-plans the rest of the session from the agenda, by keyboard', async ({ control }) => {
  await control.createSession('Live plan cohort', '2026-03-14');
  await control.toggleTimer('Pause');
  const forecast = control.page.getByTestId('agenda-forecast');
  await expect(forecast).toContainText('on time');
  const row = (index: number): Locator => control.page.locator('.agenda-list > li').nth(index);

  const changePlan = control.page.getByTestId('agenda-change-plan');
  await changePlan.focus();
  await control.page.keyboard.press('Enter');
  await expect(changePlan).toHaveAttribute('aria-pressed', 'true');
  // Only what is still to come can be changed: not the activity the room is on.
  await expect(row(0).getByTestId('agenda-plan')).toHaveCount(0);
  await expect(row(1).getByTestId('agenda-plan')).toBeVisible();

  // Five more minutes for the third activity: its row says so, and the forecast runs five minutes over.
  const third = activityAt(2);
  await row(2).getByRole('button', { name: `Plan ${third.plannedMinutes + 5} min for ${third.title}` }).press('Enter');
  await expect(row(2).getByTestId('agenda-times')).toHaveText(`${third.plannedMinutes + 5} min planned (was ${third.plannedMinutes} min)`);
  await expect(forecast).toContainText('5 min over');

  // The second is dropped: its row says so, and the forecast gains its minutes back.
  const second = activityAt(1);
  await row(1).getByRole('button', { name: `Drop ${second.title}` }).press('Enter');
  await expect(row(1).getByTestId('agenda-times')).toHaveText('Dropped from the plan');
  await expect(row(1).getByTestId('agenda-item')).toHaveAttribute('data-dropped', 'true');
  const saved = second.plannedMinutes - 5;
  await expect(forecast).toContainText(saved === 0 ? 'on time' : saved > 0 ? `${saved} min early` : `${-saved} min over`);
  // The Next button names where Next goes now: past the dropped activity.
  await expect(control.page.getByTestId('next-activity')).toContainText(third.title);

  // The fourth moves one place earlier, before the third.
  const fourth = activityAt(3);
  await row(3).getByRole('button', { name: `Move ${fourth.title} earlier` }).press('Enter');
  await expect(row(2).locator('.agenda-title')).toHaveText(fourth.title);
  await expect(row(3).locator('.agenda-title')).toHaveText(third.title);

  await expectCleanLayout(control.page, 'the agenda while the plan is changed, at 1280x720');
  await control.page.screenshot({ path: join(process.cwd(), '.tmp', 'shots', 'agenda-plan-1280x720.png') });

  // Ctrl+Z takes back the move; Next (a clicker's PageDown) passes over the dropped activity.
  await control.page.locator('body').focus();
  await control.pressOnPage('Control+z');
  await expect(row(2).locator('.agenda-title')).toHaveText(third.title);
  await control.pressOnPage('PageDown');
  await expect(control.activityTitle).toHaveText(third.title);

  // Done hides the controls; the plan stays as changed.
  await changePlan.click();
  await expect(control.page.getByTestId('agenda-plan')).toHaveCount(0);
  await expect(row(1).getByTestId('agenda-times')).toHaveText('Dropped from the plan');
});

test('the facilitator adds an activity from the method library, after the current one or later', async ({ control, presenter }) => {
  await control.createSession('Library cohort', '2026-03-14');
  await control.toggleTimer('Pause');
  const forecast = control.page.getByTestId('agenda-forecast');
  await expect(forecast).toContainText('on time');
  await control.page.getByTestId('agenda-change-plan').click();
  await control.page.getByTestId('agenda-add').click();

  const dialog = control.page.getByRole('dialog', { name: 'Add an activity' });
  await expect(dialog).toBeVisible();
  const where = dialog.getByTestId('library-where');
  await expect(where).toBeFocused();
  // By default it goes straight after the activity the room is on.
  await expect(where.locator('option:checked')).toHaveText(`${activityAt(0).title} (now)`);
  await expect(dialog.getByTestId('library-method')).toHaveCount(14);
  await expect(dialog.getByText('Liberating Structures (Henri Lipmanowicz and Keith McCandless): 1-2-4-All.')).toBeVisible();
  await control.page.screenshot({ path: join(process.cwd(), '.tmp', 'shots', 'agenda-library-1280x720.png') });
  await expectCleanScreen(control.page, 'the method library at 1280x720');

  await dialog.getByRole('button', { name: 'Add Start, Stop, Continue' }).press('Enter');
  await expect(dialog).toHaveCount(0);
  const second = control.page.locator('.agenda-list > li').nth(1);
  await expect(second.locator('.agenda-title')).toHaveText('Start, stop, continue');
  await expect(second.getByTestId('agenda-times')).toHaveText('10 min planned');
  await expect(forecast).toContainText('10 min over');

  // Next goes to it, and the room sees its three columns.
  await control.pressOnPage('PageDown');
  await expect(control.activityTitle).toHaveText('Start, stop, continue');
  await expect(presenter.title).toHaveText('Start, stop, continue');
  await expect(presenter.page.getByText('Continue', { exact: true })).toBeVisible();
});
