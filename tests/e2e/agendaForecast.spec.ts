import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { activityAt } from './support/workshop';
import { expectCleanLayout } from './support/layoutCheck';

/**
 * The agenda's finish forecast (issue #13, live agenda): once the session runs, the control window says when it will
 * end at this pace and how that compares with the plan, and follows minutes added and activities skipped.
 */
const FINISH = /^At this pace you finish at \d{1,2}:\d{2}(\s?[AP]M)?, (on time|\d+ min over|\d+ min early)\.$/;

test('the control window forecasts the finish from the time used and what remains', async ({ control }) => {
  await control.createSession('Forecast cohort', '2026-03-14');
  const forecast = control.page.getByTestId('agenda-forecast');
  // Nothing has run yet: the plan is all there is.
  await expect(forecast).toHaveCount(0);

  await control.toggleTimer('Pause');
  await expect(forecast).toHaveText(FINISH);
  await expect(forecast).toContainText('on time');

  // Two minutes added to the first activity: the session will run two minutes over.
  await control.timerPlus.click();
  await control.timerPlus.click();
  await expect(forecast).toContainText('2 min over');
  await expect(forecast).toHaveAttribute('data-over', 'true');

  // Straight on to the third: the first ended after seconds, not its minutes, and the second was skipped; both
  // come off the end (the minutes added to the first no longer count once it is over).
  await control.agendaItems.nth(2).click();
  await expect(control.activityTitle).toHaveText(activityAt(2).title);
  await expect(forecast).toContainText('min early');
  const early = Number(/(\d+) min early/.exec((await forecast.textContent()) ?? '')?.[1]);
  const [first, second] = [activityAt(0).plannedMinutes, activityAt(1).plannedMinutes];
  expect(early).toBeGreaterThanOrEqual(first + second - 1);
  expect(early).toBeLessThanOrEqual(first + second);
  await expectCleanLayout(control.page, 'the agenda with its forecast at 1280x720');
  await control.page.screenshot({ path: join(process.cwd(), '.tmp', 'shots', 'agenda-forecast-1280x720.png') });
});
