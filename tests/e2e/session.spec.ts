import { expect, expectInSync, test } from './support/fixtures';
import { activityAt, workshop } from './support/workshop';

const first = activityAt(0);
const second = activityAt(1);
const third = activityAt(2);

test.describe('running a session', () => {
  test('a session started from the home screen shows its first activity on both windows', async ({ control, presenter }) => {
    await expect(presenter.waiting).toContainText('waiting for the facilitator');

    await control.createSession('Sales team', '2026-11-28');

    await expect(control.activityTitle).toHaveText(first.title);
    await expect(control.prompt).toHaveText(first.prompt);
    await expect(control.page.getByText('Sales team', { exact: true })).toBeVisible();
    await expect(control.page.getByText(/Nov 28, 2026|28 Nov 2026/)).toBeVisible();
    await expect(control.agendaItems).toHaveCount(workshop.activities.length);
    await expect(control.currentAgendaItem).toContainText(first.title);

    await expect(presenter.title).toHaveText(first.title);
    await expect(presenter.prompt).toHaveText(first.prompt);
    await expect(presenter.waiting).toBeHidden();
    // The private script is for the facilitator only.
    await expect(control.page.getByTestId('facilitator-script')).toBeVisible();
    await expect(presenter.page.getByText(first.script.say.slice(0, 40))).toHaveCount(0);
  });

  test('Next, the arrow keys and Page Up/Down move through the agenda, and the projector follows', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');

    await control.nextButton.click();
    await expect(control.activityTitle).toHaveText(second.title);
    await expect(presenter.title).toHaveText(second.title);
    await expect(presenter.prompt).toHaveText(second.prompt);

    await control.pressOnPage('ArrowRight');
    await expect(control.activityTitle).toHaveText(third.title);
    await expect(presenter.title).toHaveText(third.title);

    await control.pressOnPage('PageUp');
    await expect(control.activityTitle).toHaveText(second.title);
    await expect(presenter.title).toHaveText(second.title);

    await control.pressOnPage('PageDown');
    await expect(control.activityTitle).toHaveText(third.title);
    await expect(presenter.title).toHaveText(third.title);
    await expect(presenter.prompt).toHaveText(third.prompt);
    await expect(control.currentAgendaItem).toContainText(third.title);

    await control.previousButton.click();
    await control.previousButton.click();
    await expect(control.activityTitle).toHaveText(first.title);
    await expect(presenter.title).toHaveText(first.title);
    await expect(control.previousButton).toBeDisabled();
  });

  test('clicking an agenda item jumps there; after the last activity Next shows the closing screen, and goes no further', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    const last = activityAt(workshop.activities.length - 1);

    await control.agendaItems.last().click();
    await expect(control.activityTitle).toHaveText(last.title);
    await expect(presenter.title).toHaveText(last.title);
    await expect(control.nextButton).toContainText('the closing screen');

    // Next from the last activity: the closing screen thanks the room and credits the article.
    await control.pressOnPage('ArrowRight');
    const closing = presenter.page.getByTestId('presenter-title-screen');
    await expect(closing).toHaveAttribute('data-closing', '');
    await expect(closing).toContainText('Thank you');
    await expect(presenter.page.getByTestId('presenter-source')).toContainText('3 Key Differences Between Management and Leadership');
    await expect(control.page.getByTestId('next-activity-none')).toContainText('The room sees the closing screen.');

    // Next on the closing screen changes nothing.
    const rev = await control.rev();
    await control.pressOnPage('ArrowRight');
    // A change that lands after the key press: if → had changed anything, rev would be two ahead.
    await control.blackoutButton.click();
    await expect(control.roomBlackStatus).toBeVisible();
    expect(await control.rev()).toBe((rev ?? 0) + 1);
    await control.blackoutButton.click();
    await expect(closing).toBeVisible();
    // Previous shows the last activity again.
    await control.pressOnPage('ArrowLeft');
    await expect(presenter.title).toHaveText(last.title);
  });

  test('while typing in the capture box, the arrow and B keys only type (the clicker’s PageDown still moves: keyboard.spec.ts)', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await expectInSync(control, presenter);
    const revBefore = await control.rev();

    await control.captureInput.click();
    await control.captureInput.pressSequentially('Bold');
    await control.captureInput.press('ArrowRight');
    await control.captureInput.press('ArrowDown');
    await control.captureInput.press('b');
    await control.captureInput.press('B');
    await expect(control.captureInput).toHaveValue('BoldbB');
    // The note is the marker: everything pressed before Enter has reached the host by the time it is listed.
    await control.captureInput.press('Enter');
    await expect(control.note('BoldbB')).toBeVisible();
    await expect(presenter.note('BoldbB')).toBeVisible();

    expect(await control.rev(), 'only the note changed the session').toBe((revBefore ?? 0) + 1);
    await expectInSync(control, presenter);
    await expect(control.activityTitle).toHaveText(first.title);
    await expect(presenter.title).toHaveText(first.title);
    await expect(control.roomBlackStatus).toHaveCount(0);
    await expect(presenter.blackout).toHaveCount(0);
    await expect(presenter.prompt).toBeVisible();

    // Away from the box, the same keys act again.
    await control.pressOnPage('ArrowRight');
    await expect(presenter.title).toHaveText(second.title);
    await control.pressOnPage('b');
    await expect(presenter.blackout).toBeVisible();
  });
});
