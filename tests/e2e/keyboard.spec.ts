import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ControlPage } from './pages/controlPage';
import { PresenterPage } from './pages/presenterPage';
import { activityAt, workshop } from './support/workshop';

const first = activityAt(0);
const second = activityAt(1);
const third = activityAt(2);
const reflectionIndex = workshop.activities.findIndex((activity) => activity.kind === 'reflection');
const voteIndex = workshop.activities.findIndex((activity) => activity.kind === 'vote');
const discussionIndex = workshop.activities.findIndex((activity) => activity.kind === 'discussion');

/** The test id of the element that has the focus, or its tag name. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('data-testid') ?? element?.tagName.toLowerCase() ?? 'none';
  });
}

/** How far the window itself has scrolled (PageDown must never scroll it). */
async function windowScroll(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY + (document.scrollingElement?.scrollTop ?? 0));
}

test.describe('keys and focus, as a clicker and a keyboard send them (control at 1280×720)', () => {
  test('after Next, by button or clicker, the focus is in the capture box; typing on the page captures, never fires a room command', async ({ control, presenter }) => {
    await control.createSession('Ops leads', '2026-12-03');
    await control.page.getByTestId('next-activity').click();
    await expect(control.activityTitle).toHaveText(second.title);
    expect(await focused(control.page)).toBe('capture-input');

    await control.page.keyboard.press('PageDown');
    await expect(control.activityTitle).toHaveText(third.title);
    expect(await focused(control.page)).toBe('capture-input');

    // With the focus on the page (a click on empty space), typing goes to the capture box.
    await control.page.locator('.activity-head').click();
    expect(await focused(control.page)).not.toBe('capture-input');
    await control.page.keyboard.type('Feedback weekly');
    await expect(control.captureInput).toHaveValue('Feedback weekly');
    await expect(control.captureInput).toBeFocused();
    await control.page.keyboard.press('Enter');
    await expect(presenter.note('Feedback weekly')).toBeVisible();
    await expect(presenter.page.getByTestId('presenter-whiteout')).toHaveCount(0);
    await expect(control.page.getByTestId('room-status')).toHaveCount(0);
    await expect(control.timerPanel).toHaveAttribute('data-phase', 'idle');
  });

  test('the clicker works while the capture box has the focus: PageUp/PageDown move (the typing is kept), B types, Esc leaves, Esc again is back to live', async ({ control, presenter }) => {
    await control.createSession('Ops leads', '2026-12-03');
    await control.captureInput.click();
    await control.page.keyboard.type('half typed');

    await control.page.keyboard.press('PageDown');
    await control.page.keyboard.press('PageDown');
    await expect(control.activityTitle).toHaveText(third.title);
    await expect(presenter.title).toHaveText(third.title);
    expect(await windowScroll(control.page), 'PageDown must not scroll the window').toBe(0);
    await expect(control.page.locator('.topbar, header').first()).toBeInViewport();
    await expect(control.captureInput, 'the next activity starts with an empty box').toHaveValue('');

    await control.page.keyboard.press('PageUp');
    await control.page.keyboard.press('PageUp');
    await expect(control.activityTitle).toHaveText(first.title);
    await expect(control.captureInput, 'what was typed is still there on return').toHaveValue('half typed');

    await control.captureInput.focus();
    await control.page.keyboard.press('End');
    await control.page.keyboard.type(' b.');
    await expect(control.captureInput).toHaveValue('half typed b.');
    await expect(presenter.blackout).toHaveCount(0);

    // Alt+B blacks out even while typing; Esc leaves the box; a second Esc brings the room back.
    await control.page.keyboard.press('Alt+b');
    await expect(presenter.blackout).toBeVisible();
    await control.page.keyboard.press('Escape');
    await expect(control.captureInput).not.toBeFocused();
    await expect(presenter.blackout).toBeVisible();
    await control.page.keyboard.press('Escape');
    await expect(presenter.blackout).toHaveCount(0);
    await expect(control.captureInput).toHaveValue('half typed b.');

    // Outside the box, the clicker's B blacks out; Ctrl+K goes back to the box from anywhere.
    await control.page.keyboard.press('b');
    await expect(presenter.blackout).toBeVisible();
    await control.page.keyboard.press('b');
    await expect(presenter.blackout).toHaveCount(0);
    await control.page.keyboard.press('Control+k');
    await expect(control.captureInput).toBeFocused();
  });

  test('the clicker’s B pressed twice blacks out and comes back, even while the window has not yet heard of the first press', async ({ context, server }) => {
    const controlPage = await context.newPage();
    // Between the host and this window: while `holding`, the host's events wait here, so the window's copy of the
    // session stays behind, as it does for a moment on a busy laptop. Replies go through.
    let holding = false;
    let replies = 0;
    const held: string[] = [];
    const toPage: { send?: (message: string) => void } = {};
    await controlPage.routeWebSocket(/\/ws/, (socket) => {
      const host = socket.connectToServer();
      toPage.send = (message) => socket.send(message);
      socket.onMessage((message) => host.send(message));
      host.onMessage((message) => {
        const text = typeof message === 'string' ? message : message.toString('utf8');
        if (holding && text.includes('"kind":"reply"')) replies += 1;
        if (holding && text.includes('"kind":"event"')) held.push(text);
        else socket.send(text);
      });
    });
    const presenterPage = await context.newPage();
    const control = new ControlPage(controlPage);
    const presenter = new PresenterPage(presenterPage);
    await Promise.all([control.open(server.controlUrl), presenter.open(server.presenterUrl)]);
    await control.page.bringToFront();
    await control.createSession('Ops leads', '2026-12-03');
    await expect(presenter.title).toHaveText(first.title);
    await control.page.locator('.activity-head').click();

    holding = true;
    await control.page.keyboard.press('b');
    await control.page.keyboard.press('b');
    await expect.poll(() => replies, { message: 'the host answered both presses' }).toBeGreaterThanOrEqual(2);
    holding = false;
    for (const message of held.splice(0)) toPage.send?.(message);

    await expect(presenter.blackout).toHaveCount(0);
    await expect(control.page.getByTestId('room-status')).toHaveCount(0);
    await expect(presenter.title).toHaveText(first.title);
  });

  test('the room chords (Alt+W, Alt+F, Alt+M) work while typing; the plain letters only type', async ({ control, presenter }) => {
    await control.createSession('Ops leads', '2026-12-03');
    await control.captureInput.click();
    await control.page.keyboard.type('wfmx');
    await expect(control.captureInput).toHaveValue('wfmx');
    await expect(presenter.page.getByTestId('presenter-whiteout')).toHaveCount(0);

    await control.page.keyboard.press('Alt+w');
    await expect(presenter.page.getByTestId('presenter-whiteout')).toBeVisible();
    await control.page.keyboard.press('Alt+w');
    await expect(presenter.page.getByTestId('presenter-whiteout')).toHaveCount(0);

    await control.page.keyboard.press('Alt+f');
    await expect(control.page.getByTestId('room-status')).toContainText(/Frozen/);
    await control.page.keyboard.press('Alt+m');
    await expect(control.page.getByTestId('message-dialog')).toBeVisible();
    await control.page.keyboard.press('Escape');
    await expect(control.page.getByTestId('message-dialog')).toHaveCount(0);
    await expect(control.captureInput).toHaveValue('wfmx');
  });

  test('Space after clicking a button is the timer key; a button reached with Tab is pressed by Space', async ({ control }) => {
    await control.createSession('Ops leads', '2026-12-03');
    await control.timerToggle.click();
    await expect(control.timerToggle).toHaveText('Pause');
    const planned = await control.timerPlan.textContent();
    await control.timerPlus.click();
    await expect(control.timerPlan).not.toHaveText(planned ?? '');
    const afterOneMinute = await control.timerPlan.textContent();

    await control.page.keyboard.press(' ');
    await expect(control.timerToggle, 'Space pauses, it does not add another minute').toHaveText('Resume');
    await expect(control.timerPlan).toHaveText(afterOneMinute ?? '');

    // After a click in the agenda, Space starts that activity's timer.
    await control.agendaItems.nth(discussionIndex).click();
    await expect(control.activityTitle).toHaveText(activityAt(discussionIndex).title);
    await control.page.keyboard.press(' ');
    await expect(control.timerToggle).toHaveText('Pause');

    // Keyboard users keep the usual rule: Tab to a button, Space presses it.
    await control.timerPlus.focus();
    const before = await control.timerPlan.textContent();
    await control.page.keyboard.press(' ');
    await expect(control.timerPlan).not.toHaveText(before ?? '');
    await expect(control.timerToggle).toHaveText('Pause');
  });

  test('in a reflection, Space starts and pauses the stage countdown the room sees, not the hidden activity timer', async ({ control, presenter }) => {
    await control.createSession('Ops leads', '2026-12-03');
    await control.agendaItems.nth(reflectionIndex).click();
    await expect(control.page.getByTestId('reflection-board')).toHaveAttribute('data-stage', 'writing');
    await expect(presenter.page.getByTestId('presenter-stage-timer')).toHaveAttribute('data-phase', 'idle');

    await control.page.keyboard.press(' ');
    await expect(presenter.page.getByTestId('presenter-stage-timer')).toHaveAttribute('data-phase', 'running');
    await expect(control.page.getByTestId('stage-timer-toggle')).toContainText('Pause');
    await expect(control.timerPanel).toHaveAttribute('data-phase', 'idle');

    await control.page.keyboard.press(' ');
    await expect(presenter.page.getByTestId('presenter-stage-timer')).toHaveAttribute('data-phase', 'paused');
    await expect(control.timerPanel).toHaveAttribute('data-phase', 'idle');
  });

  test('a named highlight sends the focus back to the text box; Enter in a vote count moves to the next option', async ({ control, presenter }) => {
    await control.createSession('Ops leads', '2026-12-03');
    await control.agendaItems.nth(reflectionIndex).click();
    await control.page.getByTestId('stage-next').click();
    await control.page.getByTestId('stage-next').click();
    await expect(control.page.getByTestId('reflection-board')).toHaveAttribute('data-stage', 'sharing');
    await control.captureInput.fill('Ask before deciding');
    await control.page.getByTestId('highlight-name').fill('Sam');
    await control.page.getByTestId('highlight-name').press('Enter');
    await expect(presenter.page.getByText('Ask before deciding')).toBeVisible();
    await expect(control.captureInput).toBeFocused();
    await expect(control.page.getByTestId('highlight-name')).toHaveValue('');

    await control.agendaItems.nth(voteIndex).click();
    const counts = control.page.getByTestId('vote-board').getByTestId('count-input');
    await counts.nth(0).click();
    await control.page.keyboard.type('4');
    await control.page.keyboard.press('Enter');
    await expect(counts.nth(1)).toBeFocused();
    await control.page.keyboard.type('2');
    await control.page.keyboard.press('Enter');
    await expect(counts.nth(2)).toBeFocused();
    await expect(counts.nth(0)).toHaveValue('4');
    await expect(counts.nth(1)).toHaveValue('2');
  });

  test('the arrows stay with a radio group that has the focus (the sort board\'s column picker), PageDown still moves on', async ({ control }) => {
    await control.createSession('Ops leads', '2026-12-03');
    const columns = control.page.getByTestId('column-choice');
    await columns.first().focus();
    await control.page.keyboard.press('ArrowRight');
    await expect(columns.nth(1)).toBeChecked();
    await expect(control.activityTitle).toHaveText(first.title);
    await control.page.keyboard.press('PageDown');
    await expect(control.activityTitle).toHaveText(second.title);
  });
});
