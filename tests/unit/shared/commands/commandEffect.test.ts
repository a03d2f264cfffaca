import { describe, expect, it } from 'vitest';
import { commandEffect, NO_SESSION_REASON } from '../../../../shared/commands/commandEffect';
import { commandTable } from '../../../../shared/commands/commandTable';
import { commandSchema } from '../../../../shared/protocol/commands';
import type { CommandId } from '../../../../shared/protocol/commandIds';

const effects = (hasSession: boolean) => Object.fromEntries(commandTable.map((command) => [command.id, commandEffect(command.id, hasSession)]));

describe('what each command does (commandEffect)', () => {
  it('gives every command a behaviour of its own', () => {
    const behaviours = commandTable.map((command) => JSON.stringify(commandEffect(command.id, true)));
    expect(new Set(behaviours).size).toBe(commandTable.length);
  });

  it('sends the host the session commands it works out itself, toggles included, so no window needs its own copy of the session', () => {
    expect(effects(true)).toMatchObject({
      next: { kind: 'dispatch', command: { type: 'activity.next' } },
      previous: { kind: 'dispatch', command: { type: 'activity.previous' } },
      timer: { kind: 'dispatch', command: { type: 'timer.toggleRoom' } },
      blackout: { kind: 'dispatch', command: { type: 'presenter.toggleScreen', screen: 'black' } },
      white: { kind: 'dispatch', command: { type: 'presenter.toggleScreen', screen: 'white' } },
      freeze: { kind: 'dispatch', command: { type: 'presenter.toggleFreeze' } },
      live: { kind: 'dispatch', command: { type: 'presenter.returnToLive' } },
    });
  });

  it('leaves dialogs, files, the presenter, the screens and the focus to the window; Present from Current Activity goes back to live first', () => {
    expect(effects(true)).toMatchObject({
      present: { kind: 'window', action: 'present' },
      presentFromCurrent: { kind: 'window', action: 'present', first: { type: 'presenter.returnToLive' } },
      message: { kind: 'window', action: 'openMessage' },
      legend: { kind: 'window', action: 'showLegend' },
      focusCapture: { kind: 'window', action: 'focusCapture' },
      save: { kind: 'window', action: 'save' },
      saveAs: { kind: 'window', action: 'saveAs' },
      open: { kind: 'window', action: 'open' },
      exportReport: { kind: 'window', action: 'exportReport' },
      swapDisplays: { kind: 'window', action: 'swapDisplays' },
    });
    expect(commandEffect('present', true)).not.toHaveProperty('first');
  });

  it('undoes and redoes a text box’s typing when it keeps the key, else the session', () => {
    expect(commandEffect('undo', true)).toEqual({ kind: 'typingOrDispatch', direction: 'undo', command: { type: 'session.undo' } });
    expect(commandEffect('redo', true)).toEqual({ kind: 'typingOrDispatch', direction: 'redo', command: { type: 'session.redo' } });
  });

  it('sends only commands the host accepts', () => {
    for (const effect of Object.values(effects(true))) {
      const sent = effect.kind === 'dispatch' || effect.kind === 'typingOrDispatch' ? [effect.command] : effect.kind === 'window' && effect.first ? [effect.first] : [];
      for (const command of sent) expect(commandSchema.safeParse(command).success, JSON.stringify(command)).toBe(true);
    }
  });

  it('refuses, with a sentence, what needs a session when none is open; the legend, Open and Swap Displays still run', () => {
    const runsWithout: CommandId[] = ['legend', 'open', 'swapDisplays'];
    for (const command of commandTable) {
      const effect = commandEffect(command.id, false);
      if (runsWithout.includes(command.id)) expect(effect, command.id).toEqual(commandEffect(command.id, true));
      else expect(effect, command.id).toEqual({ kind: 'refused', reason: NO_SESSION_REASON });
    }
  });
});
