import type { Locator } from '@playwright/test';
import { connectAsControl } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import { firstDiscussion, workshop } from './support/workshop';

/**
 * A discussion with a thousand notes in the control window at 1280×720 (#18): the list draws only what is on screen,
 * yet reads as the whole list to a screen reader, keeps the focus on a note that scrolls away, and shows a new note
 * at the end.
 */

const NOTES = 1000;

/** Captures `count` notes "Idea 1" … (or `prefix` 1 …) in a discussion (the first) through a second control connection, in order, and makes it the current activity. */
async function seedNotes(controlUrl: string, count: number, activityId = firstDiscussion.id, prefix = 'Idea'): Promise<void> {
  const client = await connectAsControl(controlUrl);
  try {
    await client.call('session.dispatch', { type: 'activity.go', activityId });
    // One connection's calls run in the order sent; batches stay under the host's bound on calls in flight.
    for (let start = 0; start < count; start += 150) {
      const batch = Array.from({ length: Math.min(150, count - start) }, (_, i) => `${prefix} ${start + i + 1}`);
      await Promise.all(batch.map((text) => client.call('session.dispatch', { type: 'note.capture', activityId, text })));
    }
  } finally {
    client.close();
  }
}

/** Whether a listed note is wholly inside its list's visible area. */
function inView(item: Locator): Promise<boolean> {
  return item.evaluate((element) => {
    const box = element.closest('ol')?.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    return box !== undefined && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
  });
}

test.describe('a long note list in the control window', () => {
  test.beforeEach(async ({ control, server }) => {
    await control.page.setViewportSize({ width: 1280, height: 720 });
    await control.createSession('Cohort 3', '2026-03-14');
    await seedNotes(server.controlUrl, NOTES);
    await expect(control.notesCount).toHaveText(`${NOTES} notes`, { timeout: 60_000 });
  });

  test('draws a screenful, not a thousand notes, and a screen reader hears the whole list', async ({ control }) => {
    const list = control.page.getByRole('list', { name: 'Notes for this activity' });
    const drawn = await control.notes.count();
    expect(drawn, 'notes in the page').toBeGreaterThan(5);
    expect(drawn, 'notes in the page').toBeLessThan(80);
    const newest = control.notes.filter({ hasText: `Idea ${NOTES}` });
    await expect(newest).toHaveAttribute('aria-posinset', String(NOTES));
    await expect(newest).toHaveAttribute('aria-setsize', String(NOTES));
    await expect.poll(() => inView(newest), { message: 'the newest note is in view at the end' }).toBe(true);

    await list.evaluate((element) => (element.scrollTop = 0));
    const first = control.notes.filter({ hasText: /^Idea 1Edit/ });
    await expect(first).toHaveAttribute('aria-posinset', '1');
    await expect.poll(() => inView(first), { message: 'the first note is in view at the top' }).toBe(true);
    expect(await control.notes.count()).toBeLessThan(80);
  });

  test('every note can be reached by scrolling, in order', async ({ control }) => {
    const texts = await control.readAllNotes();
    expect(texts).toEqual(Array.from({ length: NOTES }, (_, i) => `Idea ${i + 1}`));
  });

  test('a focused note that scrolls out of view stays in the page and keeps the focus', async ({ control }) => {
    const list = control.page.getByRole('list', { name: 'Notes for this activity' });
    const edit = control.page.getByRole('button', { name: `Edit note: Idea ${NOTES}`, exact: true });
    await edit.focus();
    await list.evaluate((element) => (element.scrollTop = 0));
    await expect(control.notes.filter({ hasText: /^Idea 1Edit/ })).toBeAttached();
    await expect(edit).toBeFocused();
    await control.page.keyboard.press('Enter');
    await expect(control.page.getByTestId('note-edit-input')).toHaveValue(`Idea ${NOTES}`);
  });

  test('a note typed while reading the top of the list appears at the end, in view', async ({ control }) => {
    const list = control.page.getByRole('list', { name: 'Notes for this activity' });
    await list.evaluate((element) => (element.scrollTop = 0));
    await control.captureInput.fill('Said just now');
    await control.captureInput.press('Enter');
    const added = control.notes.filter({ hasText: 'Said just now' });
    await expect(added).toHaveAttribute('aria-posinset', String(NOTES + 1));
    await expect.poll(() => inView(added), { message: 'the new note is in view' }).toBe(true);
    await expect(control.captureInput).toBeFocused();
  });
});

test.describe('moving between two crowded discussions', () => {
  test('every frame shows the notes of the activity it names', async ({ control, server }) => {
    test.setTimeout(120_000);
    const at = workshop.activities.findIndex((activity, index) => activity.kind === 'discussion' && workshop.activities[index + 1]?.kind === 'discussion');
    const [first, second] = [workshop.activities[at], workshop.activities[at + 1]];
    if (!first || !second) throw new Error('The workshop has no two discussions in a row.');
    await control.page.setViewportSize({ width: 1280, height: 720 });
    await control.createSession('Cohort 3', '2026-03-14');
    await seedNotes(server.controlUrl, 400, second.id, 'Second');
    await seedNotes(server.controlUrl, 400, first.id, 'First');
    await expect(control.notesCount).toHaveText('400 notes', { timeout: 60_000 });
    await expect(control.page.getByTestId('activity-title')).toHaveText(first.title);
    // What each painted frame shows: the activity's title, and the newest note in its list.
    await control.page.evaluate(() => {
      const frames: Array<{ title: string; note: string }> = [];
      (window as unknown as { __frames: typeof frames }).__frames = frames;
      const record = () => {
        const notes = document.querySelectorAll('[data-testid="note-item"] .note-text');
        frames.push({ title: document.querySelector('[data-testid="activity-title"]')?.textContent ?? '', note: notes[notes.length - 1]?.textContent ?? '' });
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    for (let move = 0; move < 6; move++) {
      await control.page.keyboard.press(move % 2 === 0 ? 'PageDown' : 'PageUp');
      await expect(control.page.getByTestId('activity-title')).toHaveText(move % 2 === 0 ? second.title : first.title);
      await expect(control.notes.last()).toContainText(move % 2 === 0 ? 'Second 400' : 'First 400');
    }
    const frames = await control.page.evaluate(() => (window as unknown as { __frames: Array<{ title: string; note: string }> }).__frames);
    const mismatched = frames.filter(({ title, note }) => !note.startsWith(title === first.title ? 'First' : 'Second'));
    expect(frames.filter(({ title }) => title === second.title).length, 'frames of the second discussion were seen').toBeGreaterThan(0);
    expect(mismatched, 'frames whose list is another activity’s').toEqual([]);
  });
});

