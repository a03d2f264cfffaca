import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/protocol/verbs';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

/** Names every plain object answers to without owning them: the ids a hostile link tries first. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Every command that names something by id, with that id taken from outside. */
function commandsNaming(id: string, activityId: string): unknown[] {
  return [
    { type: 'activity.go', activityId: id },
    { type: 'timer.start', activityId: id },
    { type: 'timer.pause', activityId: id },
    { type: 'timer.adjust', activityId: id, deltaMs: 60_000 },
    { type: 'timer.reset', activityId: id },
    { type: 'timer.undoReset', activityId: id },
    { type: 'note.capture', activityId: id, text: 'hello' },
    { type: 'note.move', noteId: id, columnId: 'manager' },
    { type: 'note.move', noteId: id, columnId: id },
    { type: 'note.place', noteId: id, position: { x: 0.2, y: 0.3 } },
    { type: 'note.setAttribution', noteId: id, attribution: 'Sam' },
    { type: 'note.setCommitment', noteId: id, commitment: { who: 'Sam', byWhen: 'Friday' } },
    { type: 'note.edit', noteId: id, text: 'changed' },
    { type: 'note.delete', noteId: id },
    { type: 'note.restore', noteId: id },
    { type: 'note.setHidden', noteId: id, hidden: true },
    { type: 'vote.setCount', activityId: id, optionId: id, count: 3 },
    { type: 'vote.setCount', activityId, optionId: id, count: 3 },
    { type: 'vote.setRevealed', activityId: id, revealed: true },
    { type: 'scale.setCount', activityId: id, statementId: id, point: 1, count: 2 },
    { type: 'reflection.setStage', activityId: id, stage: 'pairs' },
    { type: 'reflection.setStageTimerRunning', activityId: id, running: true },
    { type: 'presenter.setPage', activityId: id, page: 1 },
  ];
}

let harness: HostHarness | null = null;
afterEach(async () => {
  await harness?.cleanup();
  harness = null;
});

async function sessionOf(snapshot: Promise<Snapshot>): Promise<unknown> {
  return (await snapshot).session;
}

describe('ids from the wire are looked up as own properties only', () => {
  it('refuses every command naming "constructor", "__proto__", "toString"… with a sentence, and the saved session reopens unchanged', async () => {
    harness = await makeHost();
    const { control } = harness;
    await startWorkshop(control);
    await control.ok('session.saveAs', { path: 'hostile.groundwork' });
    const before = await control.snapshot();
    const vote = before.session?.agenda.find((activity) => activity.kind === 'vote')?.id ?? '';
    const accepted: string[] = [];
    for (const name of PROTOTYPE_NAMES) {
      for (const command of commandsNaming(name, vote)) {
        const outcome = await control.call('session.dispatch', command);
        if (outcome.ok) accepted.push(`${(command as { type: string }).type}(${name})`);
        else expect(outcome.error.code, `${(command as { type: string }).type}(${name}): ${outcome.error.message}`).not.toBe('internal');
      }
    }
    expect(accepted).toEqual([]);
    await harness.host.flush();
    const acknowledged = await sessionOf(control.snapshot());
    await harness.host.close();
    const reopened = connectWindow(harness.restart(), 'control');
    expect(await sessionOf(reopened.snapshot())).toEqual(acknowledged);
  });

  it('keeps every session it acknowledged openable, whatever ids and commands a link sends (fast-check, through the real connection)', async () => {
    harness = await makeHost();
    const { control } = harness;
    await startWorkshop(control);
    await control.ok('session.saveAs', { path: 'fuzzed.groundwork' });
    const agenda = (await control.snapshot()).session?.agenda.map((activity) => activity.id) ?? [];
    const ids = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, ...agenda, 'manager', 'id-1', 'id-2'), fc.string({ maxLength: 12 }));
    const commands = fc.tuple(ids, fc.constantFrom(...agenda)).chain(([id, activityId]) => fc.constantFrom(...commandsNaming(id, activityId)));
    await fc.assert(
      fc.asyncProperty(fc.array(commands, { minLength: 1, maxLength: 25 }), async (batch) => {
        for (const command of batch) {
          const outcome = await control.call('session.dispatch', command);
          if (!outcome.ok) expect(outcome.error.code).not.toBe('internal');
        }
      }),
      { numRuns: 40 },
    );
    await harness.host.flush();
    const acknowledged = await sessionOf(control.snapshot());
    await harness.host.close();
    const reopened = connectWindow(harness.restart(), 'control');
    expect(await sessionOf(reopened.snapshot())).toEqual(acknowledged);
  });
});
