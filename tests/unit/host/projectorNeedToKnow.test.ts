import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushMessage } from '../../../shared/protocol/messages';
import type { Command } from '../../../shared/protocol/commands';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { expectNeedToKnow, runNeedToKnowScenario } from '../helpers/roomScenario';
import { noteIds } from '../../support/noteTables';

/**
 * Issue 11, point 7: the projector link receives what the room may see and nothing else. Tested on the wire
 * (every push and every reply the presenter's connection gets, serialized as the socket would carry it), not on the screen.
 */
describe('the projector link only receives what the room may see', () => {
  let h: HostHarness;
  beforeEach(async () => {
    h = await makeHost();
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it('a whole workshop: no script, talking point, hidden note or name, unrevealed count, black-screen or frozen-away content', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    const replies: unknown[] = [];
    const result = await runNeedToKnowScenario({
      control: (verb, args) => h.control.ok(verb as never, args),
      presenterSnapshot: async () => {
        const outcome = await presenter.call('session.snapshot');
        expect(outcome.ok).toBe(true);
        replies.push({ kind: 'reply', id: replies.length, ...outcome });
      },
      presenterBytes: () => [...presenter.pushes, ...replies].map((message) => JSON.stringify(message)).join('\n'),
    });
    expectNeedToKnow(result);
    expect(presenter.pushes.every((message) => message.kind === 'view' || message.kind === 'viewPatch'), 'the presenter is only ever pushed views and their changes').toBe(true);
  });

  it('a change the room cannot see sends the presenter nothing; one it can see sends one view', async () => {
    await startWorkshop(h.control);
    const presenter = connectWindow(h.host, 'presenter');
    await presenter.snapshot();
    const session = (await h.control.snapshot()).session;
    const [first, second] = session?.agenda ?? [];
    if (!first || !second) throw new Error('two activities');
    const dispatch = (command: Command) => h.control.ok('session.dispatch', command);
    await dispatch({ type: 'presenter.setTitleScreen', on: false });
    expect(presenter.pushes.map((message) => message.kind), 'the change from the view it holds').toEqual(['viewPatch']);

    await dispatch({ type: 'note.capture', activityId: second.id, text: 'On another activity' });
    await dispatch({ type: 'timer.start', activityId: second.id });
    await dispatch({ type: 'note.capture', activityId: first.id, text: 'Soon hidden' });
    const viewsBefore = presenter.pushes.length;
    const hiddenId = noteIds((await h.control.snapshot()).session?.notes)?.at(-1) ?? '';
    await dispatch({ type: 'note.setHidden', noteId: hiddenId, hidden: true });
    expect(presenter.pushes.length, 'hiding a note changes what the room sees').toBe(viewsBefore + 1);
    await dispatch({ type: 'note.edit', noteId: hiddenId, text: 'Edited while hidden' });
    await dispatch({ type: 'note.setAttribution', noteId: hiddenId, attribution: 'Sam' });
    await dispatch({ type: 'settings.setTimerEndSound', on: false });
    expect(presenter.pushes.length, 'private changes push nothing').toBe(viewsBefore + 1);
    expect(h.control.pushes.length).toBeGreaterThan(presenter.pushes.length);
    expect(JSON.stringify(presenter.pushes)).not.toContain('Edited while hidden');
  });

  it('status pushes (file path, save state, undo labels) never go to the presenter', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'Secret client name.groundwork' });
    await h.host.flush();
    expect(h.control.pushes.some((message) => message.kind === 'status')).toBe(true);
    const kinds = new Set(presenter.pushes.map((message: PushMessage) => message.kind));
    expect([...kinds].every((kind) => kind === 'view' || kind === 'viewPatch')).toBe(true);
    expect(JSON.stringify(presenter.pushes)).not.toContain('Secret client name');
    expect(JSON.stringify(await presenter.snapshot())).not.toContain('Secret client name');
  });

  it('every link but the control one gets the room view: two projectors alike', async () => {
    const first = connectWindow(h.host, 'presenter');
    const second = connectWindow(h.host, 'presenter');
    await startWorkshop(h.control);
    await h.control.ok('session.dispatch', { type: 'presenter.setTitleScreen', on: false });
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'Budgets and rotas' });
    for (const window of [first, second]) {
      // The first push is the whole view; after it, only what changed.
      expect(window.pushes.map((message) => message.kind)).toEqual(['view', 'viewPatch', 'viewPatch']);
      expect(JSON.stringify(window.pushes.at(-1))).toContain('Budgets and rotas');
    }
    expect(second.pushes).toEqual(first.pushes);
  });
});
