import type { Page } from '@playwright/test';
import { connectAsControl } from '../support/hostClient';
import { expect, expectInSync, test } from './support/fixtures';
import { firstDiscussion } from './support/workshop';
import { MIXED_ROOM_NOTES } from '../support/sampleNotes';


/** Goes to the first discussion and captures short notes on it through a second control connection (fast), in order; returns their texts. */
async function seedNotes(controlUrl: string, count: number): Promise<string[]> {
  const topics = ['more trust', 'clear goals', 'fewer meetings', 'honest feedback', 'time to think'];
  const texts = Array.from({ length: count }, (_, i) => `Idea ${i + 1}: ${topics[i % topics.length] ?? ''}`);
  const client = await connectAsControl(controlUrl);
  try {
    await client.call('session.dispatch', { type: 'activity.go', activityId: firstDiscussion.id });
    // One connection's calls run in the order sent, so the notes keep this order.
    await Promise.all(texts.map((text) => client.call('session.dispatch', { type: 'note.capture', activityId: firstDiscussion.id, text })));
  } finally {
    client.close();
  }
  return texts;
}

/** Where each projected note that is showing sits, and the size of its type. */
async function noteBoxes(page: Page): Promise<{ left: number; top: number; right: number; bottom: number; fontSize: number; text: string }[]> {
  return page.getByTestId('presenter-note').evaluateAll((items) =>
    items
      .filter((item) => !(item as HTMLElement).hidden)
      .map((item) => {
        const rect = item.getBoundingClientRect();
        const fontSize = parseFloat(getComputedStyle(item.firstElementChild ?? item).fontSize);
        return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, fontSize, text: item.textContent ?? '' };
      }),
  );
}

/** The notes (by text) whose box is not wholly inside the page's viewport. */
function offScreen(boxes: Awaited<ReturnType<typeof noteBoxes>>, page: Page): string[] {
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  return boxes.filter((box) => box.left < 0 || box.top < 0 || box.right > viewport.width || box.bottom > viewport.height).map((box) => box.text);
}

test.describe('capturing notes', () => {
  test('notes typed and entered appear on the projector in the order they were said', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    const said = ['Managers keep the trains running', 'Leaders ask why', 'Both need trust'];
    for (const text of said) await control.capture(text);

    await expect(control.noteTexts).toHaveText(said);
    await expect(control.notesCount).toHaveText('3 notes');
    await expect(presenter.notes).toHaveText(said);
  });

  test('editing, hiding and deleting (with Undo) a note shows up on the projector', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.capture('Keep the lights on');
    await control.capture('Vision is a team sport');
    await control.capture('Say thank you more');
    await expect(presenter.notes).toHaveCount(3);

    await control.editNote('Vision is a team sport', 'Vision is everyone’s job');
    await expect(presenter.notes).toHaveText(['Keep the lights on', 'Vision is everyone’s job', 'Say thank you more']);

    // Hide: the facilitator still has it, the room no longer sees it.
    await control.note('Keep the lights on').getByTestId('note-visibility').click();
    await expect(control.note('Keep the lights on')).toContainText('Hidden from projector');
    await expect(control.note('Keep the lights on').getByTestId('note-visibility')).toHaveText('Show');
    await expect(control.notesCount).toHaveText('3 notes · 1 hidden');
    await expect(presenter.notes).toHaveText(['Vision is everyone’s job', 'Say thank you more']);

    // Delete, then Undo from the toast.
    await control.note('Say thank you more').getByTestId('note-delete').click();
    await expect(control.note('Say thank you more')).toHaveCount(0);
    await expect(presenter.notes).toHaveText(['Vision is everyone’s job']);
    const toast = control.toast('Note deleted');
    await expect(toast).toContainText('Say thank you more');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(control.noteTexts).toHaveText(['Keep the lights on', 'Vision is everyone’s job', 'Say thank you more']);
    await expect(presenter.notes).toHaveText(['Vision is everyone’s job', 'Say thank you more']);

    // Showing it again puts it back in its place.
    await control.note('Keep the lights on').getByTestId('note-visibility').click();
    await expect(presenter.notes).toHaveText(['Keep the lights on', 'Vision is everyone’s job', 'Say thank you more']);
  });

  test('an empty or blank note is not added', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await expectInSync(control, presenter);
    const rev = await control.rev();

    await expect(control.page.getByTestId('capture-add')).toBeDisabled();
    await control.captureInput.press('Enter');
    await control.captureInput.fill('    ');
    await expect(control.page.getByTestId('capture-add')).toBeDisabled();
    await control.captureInput.press('Enter');
    // A real note afterwards is the marker: if the blank ones had been sent, they would have landed first.
    await control.captureInput.fill('marker');
    await control.captureInput.press('Enter');
    await expect(control.noteTexts).toHaveText(['marker']);
    expect(await control.rev()).toBe((rev ?? 0) + 1);
    await expect(presenter.notes).toHaveText(['marker']);
    await expect(control.captureError).toHaveCount(0);
  });

  test('a note longer than the limit is refused with a clear message, and the typed text is kept', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await expectInSync(control, presenter);
    const rev = await control.rev();
    const long = `${'The room talked for a long time about trust. '.repeat(70)}`.slice(0, 3000);
    expect(long).toHaveLength(3000);

    await control.captureInput.fill(long);
    await control.captureInput.press('Enter');

    await expect(control.captureError).toBeVisible();
    await expect(control.captureError).toContainText(/2,?000 characters/);
    await expect(control.captureInput).toHaveValue(long);
    await expect(control.notes).toHaveCount(0);
    expect(await control.rev()).toBe(rev);
    await expect(presenter.notes).toHaveCount(0);
  });

  test('near the limit the capture box counts characters; a note of exactly the limit is added whole', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    const counter = control.page.getByTestId('capture-counter');
    const words = 'We kept coming back to trust, and to who gets to decide. '.repeat(60);

    await control.captureInput.fill(words.slice(0, 1500));
    await expect(counter).toHaveCount(0);
    await control.captureInput.fill(words.slice(0, 1900));
    await expect(counter).toHaveText('1,900 / 2,000');
    await control.captureInput.fill(words.slice(0, 2140));
    await expect(counter).toHaveText('2,140 / 2,000 — too long for one note');
    await expect(control.captureInput).toHaveAttribute('aria-invalid', 'true');

    await control.captureInput.press('Enter');
    await expect(control.captureError).toContainText('this one has 2,140');
    await expect(control.notes).toHaveCount(0);

    // Trimming it back under the limit clears the refusal; then it goes in whole, nothing cut.
    const exact = `${words.slice(0, 1999)}!`;
    await control.captureInput.fill(exact);
    await expect(control.captureError).toHaveCount(0);
    await expect(counter).toHaveText('2,000 / 2,000');
    await control.captureInput.press('Enter');
    await expect(control.noteTexts).toHaveText([exact]);
    await expect(control.captureInput).toHaveValue('');
    await expect(counter).toHaveCount(0);
    await expect(presenter.notes).toHaveText([exact]);
  });

  test('editing a note to more than the limit is refused with the reason; the note and the edited text are both kept', async ({ control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    await control.capture('Trust is earned');
    await expectInSync(control, presenter);
    const rev = await control.rev();
    const long = `${'Trust is earned in small moments, over and over again. '.repeat(50).slice(0, 2499)}.`;

    await control.note('Trust is earned').getByTestId('note-edit').click();
    const input = control.page.getByTestId('note-edit-input');
    await input.fill(long);
    await expect(control.page.getByTestId('note-edit-counter')).toHaveText('2,500 / 2,000 — too long for one note');
    await input.press('Enter');

    await expect(control.page.getByTestId('note-edit-error')).toContainText('at most 2,000 characters');
    await expect(input).toHaveValue(long);
    expect(await control.rev()).toBe(rev);
    await expect(presenter.notes).toHaveText(['Trust is earned']);

    await input.press('Escape');
    await expect(control.noteTexts).toHaveText(['Trust is earned']);
    await expect(control.page.getByTestId('note-edit-error')).toHaveCount(0);
  });

  test('60 notes on a 1280×720 projector: every shown note at least 1/30 of the height, the rest folded honestly, and the facilitator told', async ({ server, control, presenter }) => {
    await presenter.page.setViewportSize({ width: 1280, height: 720 });
    await control.createSession('Cohort 3', '2026-03-14');
    const texts = await seedNotes(server.controlUrl, 60);
    await expect(presenter.notes).toHaveCount(60);
    await expectInSync(control, presenter);

    const shown = await presenter.visibleNoteTexts();
    expect(shown.length, 'some notes show').toBeGreaterThan(0);
    expect(shown.length, 'at 24 px, 60 notes cannot all fit on a 720-pixel-high screen').toBeLessThan(60);
    expect(shown, 'the newest notes are the ones shown, in order').toEqual(texts.slice(texts.length - shown.length));
    const folded = 60 - shown.length;
    await expect(presenter.notesMore).toHaveText(`+${folded} earlier notes`);
    const boxes = await noteBoxes(presenter.page);
    expect.soft(offScreen(boxes, presenter.page), 'notes that reach outside the screen').toEqual([]);
    expect.soft(boxes.filter((box) => box.fontSize < 720 / 30).map((box) => `${box.text} (${box.fontSize}px)`), 'notes smaller than 24px (1/30 of 720)').toEqual([]);
    await expect(presenter.prompt).toBeVisible();
    await expect(control.page.getByTestId('projector-fold-warning')).toHaveText(`The projector shows ${shown.length} of 60 notes; ${folded} are folded.`);
  });

  test('with many notes the projector keeps the newest on screen and says how many earlier ones it left out', async ({ server, control, presenter }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    const texts = await seedNotes(server.controlUrl, 120);
    await expect(control.notesCount).toHaveText('120 notes');
    await presenter.expectNotesAccountedFor(120);
    await expectInSync(control, presenter);

    const shown = await presenter.visibleNoteTexts();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown, 'the newest notes are the ones shown, in order').toEqual(texts.slice(texts.length - shown.length));
    const leftOut = texts.length - shown.length;
    if (leftOut > 0) await expect(presenter.notesMore).toHaveText(`+${leftOut} earlier ${leftOut === 1 ? 'note' : 'notes'}`);
    else await expect(presenter.notesMore).toBeHidden();

    // Every note that shows, the newest included, is wholly on screen, and the prompt stays above them.
    expect(offScreen(await noteBoxes(presenter.page), presenter.page), 'notes that reach outside the screen').toEqual([]);
    await expect(presenter.prompt).toBeVisible();
  });

  test('when the projector window changes size, the notes are sized again to fill it, still all on screen', async ({ server, control, presenter }) => {
    await presenter.page.setViewportSize({ width: 1280, height: 720 });
    await control.createSession('Cohort 3', '2026-03-14');
    await seedNotes(server.controlUrl, 20);
    await expect(presenter.notes).toHaveCount(20);
    await expectInSync(control, presenter);
    const smallest = async () => Math.min(...(await noteBoxes(presenter.page)).map((box) => box.fontSize));
    const before = await smallest();

    await presenter.page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(smallest, { message: 'notes grow on the bigger screen' }).toBeGreaterThan(before * 1.3);
    expect(offScreen(await noteBoxes(presenter.page), presenter.page)).toEqual([]);

    await presenter.page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(async () => offScreen(await noteBoxes(presenter.page), presenter.page), { message: 'notes that reach outside the smaller screen' }).toEqual([]);
    expect(await smallest(), 'never under 1/30 of the 768-pixel height').toBeGreaterThanOrEqual(768 / 30);
    expect(await presenter.visibleNoteTexts()).toHaveLength(20);
  });

  test('a projected note shows its whole text when there is room for it', async ({ control, presenter }) => {
    await presenter.page.setViewportSize({ width: 1280, height: 720 });
    await control.createSession('Cohort 3', '2026-03-14');
    const said = [...MIXED_ROOM_NOTES];
    for (const text of said) await control.capture(text);
    await expect(presenter.notes).toHaveText(said);

    const cut = await presenter.notes.evaluateAll((items) =>
      items.filter((item) => {
        const text = item.firstElementChild as HTMLElement | null;
        return text !== null && (text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1);
      }).map((item) => item.textContent),
    );
    expect(cut, 'notes whose text is cut off on the projector').toEqual([]);
  });

  test('hostile text shows as plain text on both windows and runs nothing', async ({ control, presenter, dialogs }) => {
    await control.createSession('Cohort 3', '2026-03-14');
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '<script>alert("pwned"); window.__pwned = true</script>',
      '"><svg onload=alert(2)>',
      '{{constructor.constructor("alert(3)")()}}',
    ];
    for (const text of hostile) await control.capture(text);

    await expect(control.noteTexts).toHaveText(hostile);
    await expect(presenter.notes).toHaveText(hostile);
    for (const page of [control.page, presenter.page]) {
      await expect(page.locator('#root img, #root script, #root svg[onload]')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    }
    // Editing to hostile text is just as inert.
    await control.editNote(hostile[0] ?? '', '<iframe src="javascript:alert(4)"></iframe>');
    await expect(presenter.note('<iframe src="javascript:alert(4)"></iframe>')).toBeVisible();
    await expect(presenter.page.locator('iframe')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
