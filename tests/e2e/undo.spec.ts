import { expect, expectInSync, test } from './support/fixtures';

test.describe('undo and redo of the session', () => {
  test('Ctrl+Z brings back a deleted note long after its toast, on both screens; Ctrl+Shift+Z deletes it again', async ({ control, presenter }) => {
    await control.page.setViewportSize({ width: 1280, height: 720 });
    await presenter.page.setViewportSize({ width: 1024, height: 768 });
    await control.createSession('Cohort 3', '2026-03-14');
    await control.capture('Plans and budgets');
    await control.capture('Feedback weekly');
    await expect(presenter.notes).toHaveText(['Plans and budgets', 'Feedback weekly']);

    await control.note('Feedback weekly').getByTestId('note-delete').click();
    const toast = control.toast('Note deleted');
    await expect(toast).toBeVisible();
    await expect(toast).toBeHidden({ timeout: 15_000 });
    await expect(presenter.notes).toHaveText(['Plans and budgets']);

    const undo = control.page.getByTestId('undo');
    const redo = control.page.getByTestId('redo');
    await expect(undo).toHaveAccessibleName('Undo: delete note “Feedback weekly”');
    await expect(undo).toHaveAttribute('title', 'Undo: delete note “Feedback weekly”');
    await expect(redo).toBeDisabled();
    await control.page.screenshot({ path: '.tmp/shots/undo/control-1280x720-after-delete.png' });

    await control.pressOnPage('Control+z');
    await expect(control.noteTexts).toHaveText(['Plans and budgets', 'Feedback weekly']);
    await expect(presenter.notes).toHaveText(['Plans and budgets', 'Feedback weekly']);
    await expect(redo).toHaveAccessibleName('Redo: delete note “Feedback weekly”');
    await expect(undo).toHaveAccessibleName('Undo: add note “Feedback weekly”');

    await control.page.screenshot({ path: '.tmp/shots/undo/control-1280x720-after-undo.png' });
    await control.pressOnPage('Control+Shift+z');
    await expect(control.noteTexts).toHaveText(['Plans and budgets']);
    await expect(presenter.notes).toHaveText(['Plans and budgets']);
    await expectInSync(control, presenter);

    // The top bar's button does the same, and a reloaded window still knows what it would undo.
    await control.page.reload();
    await expect(undo).toHaveAccessibleName('Undo: delete note “Feedback weekly”');
    await undo.click();
    await expect(presenter.notes).toHaveText(['Plans and budgets', 'Feedback weekly']);
  });

  test('Ctrl+Z in the capture box undoes the typing first, then the session', async ({ control, presenter }) => {
    await control.page.setViewportSize({ width: 1280, height: 720 });
    await control.createSession('Cohort 3', '2026-03-14');
    await control.capture('Plans and budgets');
    await expectInSync(control, presenter);
    const rev = await control.rev();

    await control.captureInput.click();
    await control.page.keyboard.type('Feedback wee');
    await control.page.keyboard.press('Control+z');
    await expect(control.captureInput).toHaveValue('');
    await expect(control.noteTexts).toHaveText(['Plans and budgets']);
    expect(await control.rev()).toBe(rev);

    // The box is empty now: the next Ctrl+Z takes back the last change of the session.
    await control.page.keyboard.press('Control+z');
    await expect(control.noteTexts).toHaveCount(0);
    await expect(presenter.notes).toHaveCount(0);
    await expect(control.captureInput).toBeFocused();
  });

  test('the Delete toast’s Undo is a step of the same history: Redo deletes the note again', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.capture('Feedback weekly');
    await control.note('Feedback weekly').getByTestId('note-delete').click();
    await control.toast('Note deleted').getByRole('button', { name: 'Undo' }).click();
    await expect(presenter.notes).toHaveText(['Feedback weekly']);
    const redo = control.page.getByTestId('redo');
    await expect(redo).toHaveAccessibleName('Redo: delete note “Feedback weekly”');
    await redo.click();
    await expect(presenter.notes).toHaveCount(0);
    await expect(control.noteTexts).toHaveCount(0);
  });

  test('undoing with nothing to undo says so in a sentence', async ({ control }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await expect(control.page.getByTestId('undo')).toHaveAccessibleName('Nothing to undo');
    await control.pressOnPage('Control+z');
    await expect(control.toast('Nothing to undo')).toHaveText(/Nothing to undo: no change has been made since this session was opened\./);
  });
});
