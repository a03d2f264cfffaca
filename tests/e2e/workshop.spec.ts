import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import type { ActivityTemplate } from '../../shared/workshop/types';
import type { ControlPage } from './pages/controlPage';
import type { PresenterPage } from './pages/presenterPage';
import { expect, test } from './support/fixtures';
import { workshop } from './support/workshop';

/**
 * The built-in workshop run end to end from the control window, as a
 * facilitator would on the day: every activity in order, every kind used,
 * the projector checked after each step, and the report exported at the end.
 */

function activity(id: string): ActivityTemplate {
  const found = workshop.activities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`The built-in workshop has no activity "${id}".`);
  return found;
}

/** A note card on the control board with exactly this text. */
function card(scope: Locator, text: string): Locator {
  return scope.getByTestId('note-item').filter({ has: scope.page().getByTestId('note-text').getByText(text, { exact: true }) });
}

/** Moves to the next activity with the → key (as a clicker would) and checks both windows are on it. */
async function next(control: ControlPage, presenter: PresenterPage, id: string): Promise<ActivityTemplate> {
  const target = activity(id);
  await control.pressOnPage('ArrowRight');
  await expect(control.activityTitle).toHaveText(target.title);
  await expect(presenter.title).toHaveText(target.title);
  await expect(presenter.prompt).toHaveText(target.prompt);
  return target;
}

test.describe('the built-in workshop, end to end', () => {
  test.setTimeout(180_000);

  test('runs every activity of every kind, the projector follows each step, and the report holds what was entered', async ({ control, presenter, server, dialogs }) => {
    await control.createSession('Leadership cohort 4', '2026-11-28');
    const opening = activity('opening-perceptions');
    await expect(presenter.title).toHaveText(opening.title);
    await control.pressOnPage('Space');
    await expect(presenter.timer).toHaveAttribute('data-phase', 'running');

    // 1. Sort: capture into a column (the first by default, Alt+2 for the second), then move a card with →.
    const sortBoard = control.page.getByTestId('sort-board');
    const projectedColumn = (label: string) =>
      presenter.page.getByTestId('presenter-sort-column').filter({ has: presenter.page.getByTestId('presenter-sort-label').getByText(label, { exact: true }) });
    await control.capture('Signs off the budget');
    await control.captureInput.fill('Paints the picture of where we are going');
    await control.captureInput.press('Alt+2');
    await control.captureInput.press('Enter');
    await expect(control.notes, 'the note captured with Enter is listed before the next one').toHaveCount(2);
    await control.capture('Gives honest feedback');
    await card(sortBoard, 'Gives honest feedback').focus();
    await control.page.keyboard.press('ArrowRight');
    await control.page.keyboard.press('ArrowRight');
    await expect(projectedColumn('Manager').getByTestId('presenter-note')).toHaveText(['Signs off the budget']);
    await expect(projectedColumn('Leader').getByTestId('presenter-note')).toHaveText(['Paints the picture of where we are going']);
    await expect(projectedColumn('Both').getByTestId('presenter-note')).toHaveText(['Gives honest feedback']);

    // 2–3. Discussions: plain capture.
    await next(control, presenter, 'administration-vs-influence');
    await control.capture('Admin keeps the lights on; influence decides who stays');
    await expect(presenter.notes).toHaveText(['Admin keeps the lights on; influence decides who stays']);
    await next(control, presenter, 'present-vs-future');
    await control.capture('We are a well-oiled machine that never asks where it is going');
    await expect(presenter.notes).toHaveText(['We are a well-oiled machine that never asks where it is going']);

    // 4. Map: a note waits in the tray, then arrow keys put it in the bottom-left quadrant.
    await next(control, presenter, 'where-we-work');
    const mapBoard = control.page.getByTestId('map-board');
    await control.capture('Weekly KPI report');
    await expect(presenter.page.getByTestId('presenter-map-chip')).toHaveCount(0);
    await card(mapBoard.getByTestId('map-tray'), 'Weekly KPI report').focus();
    await control.page.keyboard.press('Shift+ArrowLeft');
    const chip = mapBoard.getByTestId('map-chip').filter({ hasText: 'Weekly KPI report' });
    await expect(chip, 'the focus follows the note onto the map').toBeFocused();
    await control.page.keyboard.press('Shift+ArrowDown');
    await expect(mapBoard.getByTestId('map-position')).toHaveText([/The administrator$/]);
    await expect(presenter.page.getByTestId('presenter-map-chip').filter({ hasText: 'Weekly KPI report' })).toHaveAttribute('data-quadrant', 'bottomLeft');
    await expect(control.activityTitle).toHaveText(activity('where-we-work').title);

    // 5. Sort into Schein's levels.
    await next(control, presenter, 'trust-levels');
    await control.captureInput.fill('Covering for each other when a child is ill');
    await control.captureInput.press('Alt+2');
    await control.captureInput.press('Enter');
    await expect(projectedColumn('Level 2').getByTestId('presenter-note')).toHaveText(['Covering for each other when a child is ill']);

    // 6. Vote: counts stay hidden from the room until revealed, then a ranked chart.
    await next(control, presenter, 'trust-breakers');
    const voteBoard = control.page.getByTestId('vote-board');
    const dots = (option: string) => voteBoard.getByRole('textbox', { name: `Dots for ${option}` });
    await dots('Micromanagement').fill('9');
    await dots('Micromanagement').press('Enter');
    await dots('A lack of empathy for people’s needs').fill('12');
    await dots('A lack of empathy for people’s needs').press('Enter');
    await expect(presenter.page.getByTestId('presenter-vote')).toHaveAttribute('data-state', 'hidden');
    await expect(presenter.page.getByTestId('presenter-vote-count')).toHaveCount(0);
    await voteBoard.getByTestId('vote-reveal-toggle').click();
    await expect(presenter.page.getByTestId('presenter-vote')).toHaveAttribute('data-state', 'revealed');
    await expect(presenter.page.getByTestId('presenter-vote-result').first()).toContainText('A lack of empathy for people’s needs');
    await expect(presenter.page.getByTestId('presenter-vote-count').first()).toHaveText('12 dots');

    // 7. Managing up (discussion).
    await next(control, presenter, 'managing-up');
    await control.capture('A fortnightly check-in with my manager, agenda shared the day before');

    // 8. Reflection: writing (its own countdown), pairs, then highlights shared with the room, named only when asked.
    const reflection = await next(control, presenter, 'kasem-reflection');
    if (reflection.kind !== 'reflection') throw new Error('expected a reflection');
    const reflectionBoard = control.page.getByTestId('reflection-board');
    await expect(presenter.page.getByTestId('presenter-reflection-prompt')).toHaveText([...reflection.prompts]);
    await reflectionBoard.getByTestId('stage-timer-toggle').click();
    await expect(presenter.page.getByTestId('presenter-stage-timer')).toHaveAttribute('data-phase', 'running');
    await reflectionBoard.getByTestId('stage-next').click();
    await expect(presenter.page.locator('[data-testid="presenter-reflection-step"][aria-current="step"]')).toContainText('pairs');
    await reflectionBoard.getByTestId('stage-next').click();
    await control.capture('Keep the rota fair and on time, every week');
    await reflectionBoard.getByTestId('highlight-name').fill('Priya');
    await control.captureInput.fill('Grow my shift leads so the site runs without me');
    await control.captureInput.press('Enter');
    await expect(control.captureInput).toHaveValue('');
    await expect(presenter.notes).toHaveText(['Keep the rota fair and on time, every week', /^Grow my shift leads so the site runs without me/]);
    await expect(presenter.page.getByTestId('presenter-highlight-by')).toHaveText(['— Priya']);

    // 9. Scale: how many people gave each point, per statement.
    await next(control, presenter, 'strengths-self-assessment');
    const statement = control.page.getByTestId('scale-statement').first();
    const cell = (point: number) => statement.locator(`[data-testid="scale-point"][data-point="${point}"]`);
    await cell(4).getByTestId('count-input').fill('5');
    await cell(4).getByTestId('count-input').press('Enter');
    await cell(5).getByTestId('count-input').fill('3');
    await cell(5).getByTestId('count-input').press('Enter');
    await expect(statement.getByTestId('scale-summary')).toHaveText('8 people · mean 4.4');
    await expect(presenter.page.getByTestId('presenter-scale-statement').first().getByTestId('presenter-scale-count')).toHaveText(['0', '0', '0', '0', '5', '3']);

    // 10. Commitments: who / what / by when, Enter to add.
    await next(control, presenter, 'close-commitments');
    const commitments = control.page.getByTestId('commitments-board');
    await commitments.getByLabel('Who').fill('Amira');
    await commitments.getByLabel('Will do what').fill('Book a monthly check-in with my manager on priorities');
    await commitments.getByLabel(/By when/).fill('Friday');
    await commitments.getByLabel(/By when/).press('Enter');
    await expect(presenter.page.getByTestId('presenter-commitment')).toContainText('Amira');
    await expect(presenter.page.getByTestId('presenter-commitment')).toContainText('Book a monthly check-in with my manager on priorities');
    await expect(control.nextButton).toContainText('the closing screen');

    // Export: the client report (the dialog's default, Enter exports) holds what the room said, in each kind's form.
    await control.page.getByTestId('export-report').click();
    await expect(control.page.getByTestId('report-audience-client')).toBeFocused();
    await control.page.keyboard.press('Enter');
    await expect(control.toast(/Client report exported/)).toBeVisible();
    const reports = readdirSync(server.workspace).filter((name) => name.endsWith('.md'));
    expect(reports).toHaveLength(1);
    const report = readFileSync(path.join(server.workspace, reports[0] ?? ''), 'utf8');
    expect(report).toContain('- **Group:** Leadership cohort 4');
    expect(report).toMatch(/### Manager: 1 note\n\n\*sounds like a manager\*\n\n- Signs off the budget\n/);
    expect(report).toMatch(/### Both: 1 note[\s\S]*- Gives honest feedback\n/);
    expect(report).toContain('- Admin keeps the lights on; influence decides who stays\n');
    expect(report).toMatch(/### The administrator: 1 note\n\n- Weekly KPI report\n/);
    expect(report).toMatch(/### Level 2: 1 note[\s\S]*- Covering for each other when a child is ill\n/);
    expect(report).toMatch(/1\. A lack of empathy for people’s needs: \*\*12 dots\*\*\n2\. Micromanagement: \*\*9 dots\*\*\n/);
    expect(report).toContain('- Grow my shift leads so the site runs without me — Priya\n');
    expect(report).toContain('- Keep the rota fair and on time, every week\n');
    expect(report).toMatch(/\| 8 \| 4\.4 \|\n/);
    expect(report).toMatch(/- ☐ \*\*Amira\*\* — Book a monthly check-in with my manager on priorities \(by Friday\)\n/);
    expect(dialogs).toEqual([]);
  });
});
