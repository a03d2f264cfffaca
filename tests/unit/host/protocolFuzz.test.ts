import vm from 'node:vm';
import v8 from 'node:v8';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/hostTypes';
import { VERB_NAMES } from '../../../shared/protocol/verbs';
import type { Snapshot } from '../../../shared/protocol/verbs';
import { allNotes } from '../../../shared/session/noteTable';
import type { SessionState } from '../../../shared/session/types';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness, TestWindow } from '../helpers/hostHarness';

/** The heap after a full collection, so growth that is only garbage does not count. */
function heapAfterCollection(): number {
  v8.setFlagsFromString('--expose_gc');
  (vm.runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
/** Texts at the edges of what a note may be: empty, blank, one character, the longest, and past it, right-to-left, emoji. */
const EDGE_TEXTS = ['', '   ', 'x', 'a'.repeat(2000), 'a'.repeat(2001), '\u202Eevil.exe', 'Trust 🤝 grows', '<img src=x onerror=alert(1)>', 'line\nbreak', '\u0000'];

/** What the facilitator always keeps from the room: the scripts and talking points of every activity. */
function scriptTexts(session: SessionState): string[] {
  return session.agenda.flatMap((activity) => [activity.script.say, activity.script.watchFor, activity.script.shortGroup, activity.script.largeGroup, ...activity.talkingPoints]).filter((text) => text.trim().length >= 12);
}

/** Notes hidden now (a note shown earlier and hidden since was public while it showed, so only the latest view is checked for these). */
function hiddenNoteTexts(session: SessionState): string[] {
  // Short or common texts cannot be told apart from public ones; the marker texts the fuzz writes can.
  return allNotes(session.notes).flatMap((note) => (note.hidden && note.deletedAt === null ? [note.text] : [])).filter((text) => text.startsWith('Marker note'));
}

/** Whether a JSON text holds a string, as JSON would write it. */
const carries = (wire: string, text: string): boolean => wire.includes(JSON.stringify(text).slice(1, -1));

let harness: HostHarness | null = null;
afterEach(async () => {
  await harness?.cleanup();
  harness = null;
});

describe('protocol fuzz: random and boundary calls from the control and projector links', () => {
  it('never loses what it acknowledged, never shows the projector what is private, and keeps memory bounded', async () => {
    harness = await makeHost();
    const h = harness;
    let host: Host = h.host;
    let control: TestWindow = h.control;
    await startWorkshop(control);
    await control.ok('session.saveAs', { path: 'fuzzed.groundwork' });
    const first = (await control.snapshot()).session;
    if (!first) throw new Error('no session');
    const agenda = first.agenda.map((activity) => activity.id);
    const heapBefore = heapAfterCollection();
    let marker = 0;

    const id = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, ...agenda, 'manager', 'id-3', 'id-7', 'again-2'), fc.string({ maxLength: 10 }));
    const text = fc.oneof(fc.constantFrom(...EDGE_TEXTS), fc.string({ maxLength: 40 }), fc.constant(null).map(() => `Marker note ${(marker += 1)} said in the room`));
    const command = fc.oneof(
      { weight: 4, arbitrary: fc.record({ type: fc.constant('note.capture'), activityId: fc.constantFrom(...agenda), text }) },
      { weight: 2, arbitrary: fc.record({ type: fc.constant('note.setHidden'), noteId: id, hidden: fc.boolean() }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('note.setAttribution'), noteId: id, attribution: text }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('note.edit'), noteId: id, text }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('note.delete'), noteId: id }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('activity.go'), activityId: id }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('vote.setCount'), activityId: fc.constantFrom(...agenda), optionId: id, count: fc.integer({ min: -2, max: 1000 }) }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('vote.setRevealed'), activityId: id, revealed: fc.boolean() }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('presenter.setScreen', 'session.undo', 'session.redo', 'timer.start', 'timer.reset'), activityId: id, screen: fc.constantFrom('live', 'black', 'white', 'pink') }) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
    );
    const call = fc.oneof(
      { weight: 6, arbitrary: fc.record({ from: fc.constant<'control' | 'presenter'>('control'), verb: fc.constant('session.dispatch'), args: command }) },
      { weight: 2, arbitrary: fc.record({ from: fc.constant<'control' | 'presenter'>('presenter'), verb: fc.constantFrom(...VERB_NAMES, 'session.__proto__', 'constructor'), args: fc.oneof(command, fc.anything({ maxDepth: 3 })) }) },
      { weight: 1, arbitrary: fc.record({ from: fc.constant<'control' | 'presenter'>('control'), verb: fc.constantFrom('session.snapshot', 'recent.list', 'presenter.reportScreen', 'toString', ''), args: fc.anything({ maxDepth: 2 }) }) },
    );

    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 30 }), async (calls) => {
        const projector = connectWindow(host, 'presenter');
        const projectorSaw: unknown[] = [];
        for (const { from, verb, args } of calls) {
          const outcome = await (from === 'control' ? control : projector).call(verb, args);
          if (from === 'presenter') projectorSaw.push(outcome);
          if (!outcome.ok) expect(outcome.error.code, outcome.error.message).not.toBe('internal');
        }
        // A projector page asks for the whole picture when it (re)connects: that answer must be the room's view only.
        const latest = await projector.call('session.snapshot', {});
        projectorSaw.push(...projector.pushes, latest);
        projector.connection.disconnect();

        await host.flush();
        const acknowledged = (await control.snapshot()).session;
        if (!acknowledged) throw new Error('the session was closed');
        const wire = JSON.stringify(projectorSaw);
        for (const secret of scriptTexts(acknowledged)) expect(carries(wire, secret), `the projector link received the script "${secret}"`).toBe(false);
        const latestWire = JSON.stringify(latest);
        for (const hidden of hiddenNoteTexts(acknowledged)) expect(carries(latestWire, hidden), `the projector's view holds the hidden note "${hidden}"`).toBe(false);

        await host.close();
        host = h.restart();
        control = connectWindow(host, 'control');
        const reopened: Snapshot = await control.snapshot();
        expect(reopened.session).toEqual(acknowledged);
      }),
      { numRuns: 30 },
    );
    const grownMB = (heapAfterCollection() - heapBefore) / 1024 / 1024;
    expect(grownMB).toBeLessThan(64);
  });
});
