import type { Locator } from '@playwright/test';
import type { ControlPage } from './pages/controlPage';
import { expect, test } from './support/fixtures';
import type { RunningServer } from './support/browserModeServer';
import { installWorkshop } from './support/kindScenes';
import { connectAsControl } from '../support/hostClient';
import { everyKindWorkshop } from '../support/everyKindWorkshop';

/**
 * The control window's board for every activity kind, driven as a facilitator
 * would (keys, clicks, drags), with the projector checked after each step.
 * The workshop is the small every-kind fixture, so content edits to the
 * built-in workshop cannot break these tests.
 */

const activity = (id: string) => {
  const found = everyKindWorkshop.activities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`The every-kind workshop has no activity "${id}".`);
  return found;
};

/** Starts a session of the every-kind workshop and opens the activity with this id from the agenda. */
async function startOn(server: RunningServer, control: ControlPage, activityId: string): Promise<void> {
  const workshopId = await installWorkshop(server, 'every-kind.workshop.json', { groundworkWorkshop: 1, ...everyKindWorkshop });
  const client = await connectAsControl(server.controlUrl);
  try {
    await client.call('session.create', { workshopId, group: 'Board test group', date: '2026-11-28' });
  } finally {
    client.close();
  }
  await goTo(control, activityId);
}

/** Clicks the agenda item of an activity and waits for its board. */
async function goTo(control: ControlPage, activityId: string): Promise<void> {
  const { title } = activity(activityId);
  await control.agendaItems.filter({ hasText: title }).click();
  await expect(control.activityTitle).toHaveText(title);
}

/** A note card (or row) on the control board with exactly this text. */
function card(scope: Locator, text: string): Locator {
  return scope.getByTestId('note-item').filter({ has: scope.page().getByTestId('note-text').getByText(text, { exact: true }) });
}

test.describe('sort board', () => {
  const sort = activity('administration-vs-influence');

  test('captures into the chosen column, moves cards by keyboard and by drag, and the projector follows', async ({ server, control, presenter }) => {
    await startOn(server, control, sort.id);
    const board = control.page.getByTestId('sort-board');
    const column = (label: string) => board.getByTestId('sort-column').filter({ has: control.page.getByRole('heading', { name: label }) });
    const projected = (label: string) => presenter.page.getByTestId('presenter-sort-column').filter({ has: presenter.page.getByTestId('presenter-sort-label').getByText(label, { exact: true }) });

    // Into the first column by default, into "Leader" with Alt+2 while typing, into "Both" with the picker.
    await control.capture('Budgets');
    await control.captureInput.fill('Vision');
    await control.captureInput.press('Alt+2');
    await expect(board.getByRole('radio', { name: /Leader/ })).toBeChecked();
    await control.captureInput.press('Enter');
    await expect(card(column('Leader'), 'Vision')).toBeVisible();
    await board.getByRole('radio', { name: /Both/ }).check();
    await control.capture('Trust');
    await expect(column('Manager').getByTestId('sort-column-count')).toHaveText('1');
    await expect(column('Leader').getByTestId('sort-column-count')).toHaveText('1');
    await expect(column('Both').getByTestId('sort-column-count')).toHaveText('1');
    await expect(projected('Leader').getByTestId('presenter-note')).toHaveText(['Vision']);

    // → twice and ← once: Budgets ends in "Leader"; the focus stays on the card and the activity does not change.
    await card(column('Manager'), 'Budgets').focus();
    await control.page.keyboard.press('ArrowRight');
    await expect(card(column('Leader'), 'Budgets')).toBeFocused();
    await control.page.keyboard.press('ArrowRight');
    await expect(card(column('Both'), 'Budgets')).toBeFocused();
    await control.page.keyboard.press('ArrowLeft');
    await expect(card(column('Leader'), 'Budgets')).toBeFocused();
    // ↓ goes to the next card in the column (notes keep the order they were said in), not to the next activity.
    await control.page.keyboard.press('ArrowDown');
    await expect(card(column('Leader'), 'Vision')).toBeFocused();
    await expect(column('Leader').getByTestId('note-text')).toHaveText(['Budgets', 'Vision']);
    await expect(column('Manager').getByTestId('sort-column-count')).toHaveText('0');
    await expect(projected('Leader').getByTestId('presenter-note')).toHaveText(['Budgets', 'Vision']);
    await expect(projected('Manager').getByTestId('presenter-sort-count')).toHaveAttribute('aria-label', '0 notes');

    // Drag "Trust" from "Both" to "Manager".
    await card(column('Both'), 'Trust').dragTo(column('Manager').locator('.sort-column-notes'));
    await expect(card(column('Manager'), 'Trust')).toBeVisible();
    await expect(projected('Manager').getByTestId('presenter-note')).toHaveText(['Trust']);
    await expect(projected('Both').getByTestId('presenter-sort-count')).toHaveAttribute('aria-label', '0 notes');

    // Edit and hide still work on a card.
    await control.editNote('Trust', 'Trust, both ways');
    await card(column('Manager'), 'Trust, both ways').getByTestId('note-visibility').click();
    await expect(projected('Manager').getByTestId('presenter-note')).toHaveCount(0);
    await expect(control.activityTitle).toHaveText(sort.title);
    await expect(presenter.title).toHaveText(sort.title);
  });
});

test.describe('map board', () => {
  test('places notes with the arrow keys and by drag, says where they are, and unplaces them', async ({ server, control, presenter }) => {
    const map = activity('map');
    await startOn(server, control, map.id);
    const board = control.page.getByTestId('map-board');
    const tray = board.getByTestId('map-tray');
    const plot = board.getByTestId('map-plot');
    const chip = (text: string) => plot.getByTestId('map-chip').filter({ hasText: text });
    const projectedChip = (text: string) => presenter.page.getByTestId('presenter-map-chip').filter({ hasText: text });

    await control.capture('Budget review');
    await control.capture('Coaching');
    await expect(board.getByTestId('map-counts')).toHaveText('0 placed · 2 to place');
    await expect(presenter.page.getByTestId('presenter-map-chip')).toHaveCount(0);

    // An arrow key on a note waiting in the tray puts it on the map, one step from the middle; the focus follows it.
    await card(tray, 'Budget review').focus();
    await control.page.keyboard.press('ArrowRight');
    await expect(chip('Budget review')).toBeFocused();
    await expect(chip('Budget review')).toHaveAttribute('data-x', '0.55');
    await control.page.keyboard.press('Shift+ArrowUp');
    await control.page.keyboard.press('ArrowUp');
    await expect(chip('Budget review')).toHaveAttribute('data-y', '0.75');
    await expect(chip('Budget review')).toHaveAccessibleName(/Influence 55%, Future 75% · The leader who manages/);
    await expect(board.getByTestId('map-position')).toHaveText(['Influence 55%, Future 75% · The leader who manages']);
    await expect(projectedChip('Budget review')).toHaveAttribute('data-quadrant', 'topRight');
    await expect(control.activityTitle).toHaveText(map.title);

    // Drag the chip to the bottom-left corner.
    const box = await plot.boundingBox();
    if (!box) throw new Error('The map is not drawn.');
    const from = await chip('Budget review').boundingBox();
    if (!from) throw new Error('The chip is not drawn.');
    await control.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await control.page.mouse.down();
    await control.page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.7, { steps: 6 });
    await control.page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.8, { steps: 3 });
    await control.page.mouse.up();
    await expect(board.getByTestId('map-position')).toHaveText([/^Influence 20%, Future 20% · Keeping the machine running$/]);
    await expect(projectedChip('Budget review')).toHaveAttribute('data-quadrant', 'bottomLeft');

    // Drag a waiting note from the tray onto the map (top right).
    await card(tray, 'Coaching').dragTo(plot, { targetPosition: { x: box.width * 0.9, y: box.height * 0.1 } });
    await expect(chip('Coaching')).toBeVisible();
    await expect(projectedChip('Coaching')).toHaveAttribute('data-quadrant', 'topRight');
    await expect(board.getByTestId('map-counts')).toHaveText('2 placed · 0 to place');

    // Take off sends it back to the tray and off the projector.
    await board.getByRole('button', { name: 'Take off the map: Budget review' }).click();
    await expect(card(tray, 'Budget review')).toBeFocused();
    await expect(projectedChip('Budget review')).toHaveCount(0);
    await expect(board.getByTestId('map-counts')).toHaveText('1 placed · 1 to place');
  });

  test('a spectrum moves notes left and right only; ↑ and ↓ do not change the activity', async ({ server, control, presenter }) => {
    const spectrum = activity('spectrum');
    await startOn(server, control, spectrum.id);
    const board = control.page.getByTestId('map-board');
    await control.capture('Hiring');
    await card(board.getByTestId('map-tray'), 'Hiring').getByTestId('map-place').click();
    const chip = board.getByTestId('map-chip').filter({ hasText: 'Hiring' });
    await expect(chip).toBeFocused();
    await control.page.keyboard.press('ArrowUp');
    await control.page.keyboard.press('ArrowDown');
    await control.page.keyboard.press('Shift+ArrowRight');
    await expect(chip).toHaveAttribute('data-x', '0.7');
    await expect(chip).toHaveAttribute('data-y', '0.5');
    await expect(board.getByTestId('map-position')).toHaveText(['Future 70% (from Present)']);
    await expect(presenter.page.getByTestId('presenter-map-chip')).toHaveAttribute('data-x', '0.7');
    await control.capture('Rota');
    await expect(control.activityTitle).toHaveText(spectrum.title);
  });
});

test.describe('vote board', () => {
  test('counts dots with buttons, typing and keys, reveals and hides the results, and adds options', async ({ server, control, presenter }) => {
    const vote = activity('vote');
    await startOn(server, control, 'opening');
    await control.capture('Meetings that could be emails');
    await goTo(control, vote.id);
    const board = control.page.getByTestId('vote-board');
    const count = (option: string) => board.getByRole('textbox', { name: `Dots for ${option}` });

    await expect(board.getByTestId('vote-option-text')).toHaveText(['Meetings that could be emails', 'Micromanagement', 'Criticism that does not help']);
    await expect(board.getByTestId('vote-reveal-state')).toContainText('the options only. Counts are hidden.');
    await expect(presenter.page.getByTestId('presenter-vote')).toHaveAttribute('data-state', 'hidden');

    await board.getByRole('button', { name: 'One more: Dots for Micromanagement' }).click();
    await board.getByRole('button', { name: 'One more: Dots for Micromanagement' }).click();
    await expect(count('Micromanagement')).toHaveValue('2');
    await count('Criticism that does not help').fill('5');
    await count('Criticism that does not help').press('Enter');
    await count('Meetings that could be emails').focus();
    for (const key of ['+', '+', 'ArrowUp', '-']) await control.page.keyboard.press(key);
    await expect(count('Meetings that could be emails')).toHaveValue('2');
    await expect(board.getByTestId('vote-total')).toHaveText('3 dots per person · 9 dots entered (about 3 people)');
    await count('Micromanagement').fill('lots');
    await count('Micromanagement').press('Enter');
    await expect(board.getByRole('alert').filter({ hasText: 'Type a whole number' })).toBeVisible();
    await count('Micromanagement').press('Escape');
    await expect(count('Micromanagement')).toHaveValue('2');
    // Counts stay off the projector until revealed.
    await expect(presenter.page.getByTestId('presenter-vote-count')).toHaveCount(0);

    await board.getByTestId('vote-reveal-toggle').click();
    await expect(board.getByTestId('vote-reveal-state')).toContainText('the results, ranked, with the counts.');
    await expect(board.getByTestId('vote-reveal-toggle')).toHaveText('Hide results');
    await expect(presenter.page.getByTestId('presenter-vote')).toHaveAttribute('data-state', 'revealed');
    await expect(presenter.page.getByTestId('presenter-vote-result').first()).toContainText('Criticism that does not help');
    await expect(presenter.page.getByTestId('presenter-vote-count')).toHaveText(['5 dots', '2 dots', '2 dots']);
    await expect(board.getByTestId('vote-ranking-item').first()).toContainText('Criticism that does not help');

    await control.capture('Taking credit');
    await expect(count('Taking credit')).toHaveValue('0');
    await expect(presenter.page.getByTestId('presenter-vote-result')).toHaveCount(4);

    await board.getByTestId('vote-reveal-toggle').click();
    await expect(presenter.page.getByTestId('presenter-vote')).toHaveAttribute('data-state', 'hidden');
    await expect(board.getByTestId('vote-reveal-toggle')).toHaveText('Reveal results');
  });
});

test.describe('reflection board', () => {
  test('steps through writing, pairs and sharing with each stage’s countdown, and captures highlights anonymous unless named', async ({ server, control, presenter }) => {
    const reflection = activity('kasem-reflection');
    if (reflection.kind !== 'reflection') throw new Error('expected a reflection');
    await startOn(server, control, reflection.id);
    const board = control.page.getByTestId('reflection-board');
    const step = (stage: string) => board.locator(`[data-testid="stage-step"][data-stage="${stage}"]`);

    await expect(board.getByTestId('reflection-prompts').getByRole('listitem')).toHaveText([...reflection.prompts]);
    await expect(step('writing')).toHaveAttribute('aria-current', 'step');
    await expect(board.getByTestId('stage-timer-clock')).toHaveText('3:00');
    await expect(control.captureInput).toHaveCount(0);

    await board.getByTestId('stage-timer-toggle').click();
    await expect(board.getByTestId('stage-timer')).toHaveAttribute('data-phase', 'running');
    await expect(presenter.page.getByTestId('presenter-stage-timer')).toHaveAttribute('data-phase', 'running');
    await board.getByTestId('stage-timer-toggle').click();
    await expect(board.getByTestId('stage-timer-toggle')).toContainText('Resume');

    await board.getByTestId('stage-next').click();
    await expect(step('pairs')).toHaveAttribute('aria-current', 'step');
    await expect(board.getByTestId('stage-timer-clock')).toHaveText('2:00');
    await expect(presenter.page.locator('[data-testid="presenter-reflection-step"][aria-current="step"]')).toContainText('pairs');

    await board.getByTestId('stage-next').click();
    await expect(step('sharing')).toHaveAttribute('aria-current', 'step');
    await expect(board.getByTestId('stage-next')).toHaveCount(0);
    await expect(board.getByText('Anonymous unless you add a name.')).toBeVisible();

    await control.capture('I say yes to everything');
    await board.getByTestId('highlight-name').fill('Sam');
    await control.captureInput.fill('Protect two mornings a week');
    await control.captureInput.press('Enter');
    await expect(board.getByTestId('note-attribution')).toHaveText(['Anonymous', '— Sam']);
    await expect(board.getByTestId('highlight-name')).toHaveValue('');
    await expect(presenter.page.getByTestId('presenter-highlight-by')).toHaveText(['— Sam']);

    // A name added afterwards, and removed again.
    await card(board, 'I say yes to everything').getByTestId('attribution-edit').click();
    await board.getByTestId('attribution-input').fill('Amira');
    await board.getByTestId('attribution-input').press('Enter');
    await expect(presenter.page.getByTestId('presenter-highlight-by')).toHaveText(['— Amira', '— Sam']);
    await card(board, 'Protect two mornings a week').getByTestId('attribution-edit').click();
    await board.getByTestId('attribution-input').fill('');
    await board.getByTestId('attribution-input').press('Enter');
    await expect(board.getByTestId('note-attribution')).toHaveText(['— Amira', 'Anonymous']);
    await expect(presenter.page.getByTestId('presenter-highlight-by')).toHaveText(['— Amira']);
  });
});

test.describe('scale board', () => {
  test('enters how many people gave each point and shows the total and mean per statement', async ({ server, control, presenter }) => {
    const scale = activity('scale');
    await startOn(server, control, scale.id);
    const statement = control.page.getByTestId('scale-statement').first();
    const cell = (point: number) => statement.locator(`[data-testid="scale-point"][data-point="${point}"]`);

    await cell(4).getByTestId('count-plus').click();
    await cell(4).getByTestId('count-plus').click();
    await cell(5).getByTestId('count-input').fill('3');
    await cell(5).getByTestId('count-input').press('Enter');
    await cell(2).getByTestId('count-input').focus();
    await control.page.keyboard.press('ArrowUp');
    await expect(cell(2).getByTestId('count-input')).toHaveValue('1');
    // (2 + 4 + 4 + 5 + 5 + 5) / 6
    await expect(statement.getByTestId('scale-summary')).toHaveText('6 people · mean 4.2');
    await expect(control.activityTitle).toHaveText(scale.title);

    const projected = presenter.page.getByTestId('presenter-scale-statement').first();
    await expect(projected.getByTestId('presenter-scale-count')).toHaveText(['0', '1', '0', '2', '3']);
    await expect(projected.getByTestId('presenter-scale-mean')).toHaveText('Mean 4.2 · 6 people');

    await cell(5).getByTestId('count-minus').click();
    await expect(statement.getByTestId('scale-summary')).toHaveText('5 people · mean 4.0');
    await expect(projected.getByTestId('presenter-scale-count')).toHaveText(['0', '1', '0', '2', '2']);
  });
});

test.describe('commitments board', () => {
  test('adds who / what / by when with Enter, insists on who, edits and deletes with Undo', async ({ server, control, presenter }) => {
    const commitments = activity('close');
    await startOn(server, control, commitments.id);
    const board = control.page.getByTestId('commitments-board');
    const who = board.getByTestId('commitment-who').first();

    await board.getByLabel('Will do what').fill('Book a monthly check-in with my manager');
    await board.getByLabel('Will do what').press('Enter');
    await expect(board.getByTestId('commitment-error')).toContainText('Say who commits.');
    await expect(board.getByLabel('Who')).toBeFocused();
    await expect(board.getByTestId('commitment-item')).toHaveCount(0);

    await board.getByLabel('Who').fill('Amira');
    await board.getByLabel(/By when/).fill('Friday');
    await board.getByLabel(/By when/).press('Enter');
    await expect(who).toHaveText('Amira');
    await expect(board.getByTestId('commitment-what')).toHaveText(['Book a monthly check-in with my manager']);
    await expect(board.getByTestId('commitment-when')).toHaveText(['by Friday']);
    await expect(board.getByLabel('Who')).toHaveValue('');
    await expect(board.getByLabel('Who')).toBeFocused();
    await expect(presenter.page.getByTestId('presenter-commitment')).toHaveCount(1);
    await expect(presenter.page.getByTestId('presenter-commitment')).toContainText('Amira');
    await expect(presenter.page.getByTestId('presenter-commitment')).toContainText('by Friday');

    await board.getByTestId('commitment-edit').click();
    await board.getByTestId('commitment-edit-byWhen').fill('next Monday');
    await board.getByTestId('commitment-edit-what').fill('Monthly check-in: priorities and blockers');
    await board.getByTestId('commitment-edit-what').press('Enter');
    await expect(board.getByTestId('commitment-when')).toHaveText(['by next Monday']);
    await expect(presenter.page.getByTestId('presenter-commitment')).toContainText('Monthly check-in: priorities and blockers');
    await expect(presenter.page.getByTestId('presenter-commitment')).toContainText('by next Monday');

    await board.getByTestId('note-delete').click();
    await expect(board.getByTestId('commitment-item')).toHaveCount(0);
    await expect(presenter.page.getByTestId('presenter-commitment')).toHaveCount(0);
    await control.toast('Note deleted').getByRole('button', { name: 'Undo' }).click();
    await expect(board.getByTestId('commitment-who')).toHaveText(['Amira']);
    await expect(presenter.page.getByTestId('presenter-commitment')).toHaveCount(1);
  });
});
