import { describe, expect, it } from 'vitest';
import type { WindowAction } from '../../../shared/commands/commandEffect';
import type { Command } from '../../../shared/protocol/commands';
import { runCommand } from '../../../renderer/control/commands/runCommand';
import type { CommandWindow } from '../../../renderer/control/commands/runCommand';

/** A control window that logs, in order, what ran; `refuse` lists the session commands the host refuses. */
function loggingWindow(options: { hasSession?: boolean; refuse?: Command['type'][]; typing?: boolean } = {}) {
  const log: string[] = [];
  const controlWindow: CommandWindow = {
    hasSession: options.hasSession ?? true,
    actions: new Proxy({} as Record<WindowAction, () => void>, { get: (_target, name) => () => void log.push(`window ${String(name)}`) }),
    dispatch: (command) => {
      log.push(`host ${command.type}`);
      return options.refuse?.includes(command.type) ? Promise.reject(new Error('No, says the host.')) : Promise.resolve();
    },
    undoTyping: (direction) => {
      if (options.typing) log.push(`typing ${direction}`);
      return Boolean(options.typing);
    },
    report: (error, failure) => void log.push(`report ${failure ?? '(host sentence only)'}: ${(error as Error).message}`),
  };
  return { controlWindow, log };
}

describe('running a command in the control window', () => {
  it('Present from Current Activity goes back to live on the host, then opens the presenter', async () => {
    const { controlWindow, log } = loggingWindow();
    await runCommand('presentFromCurrent', controlWindow);
    expect(log).toEqual(['host presenter.returnToLive', 'window present']);
  });

  it('does not open the presenter when going back to live failed, and says so in the table’s words', async () => {
    const { controlWindow, log } = loggingWindow({ refuse: ['presenter.returnToLive'] });
    await runCommand('presentFromCurrent', controlWindow);
    expect(log).toEqual(['host presenter.returnToLive', 'report Could not present from the current activity: No, says the host.']);
  });

  it('reports a refused session command with its failure wording; a refused undo with the host’s sentence alone', async () => {
    const { controlWindow, log } = loggingWindow({ refuse: ['presenter.toggleScreen', 'session.undo'] });
    await runCommand('blackout', controlWindow);
    await runCommand('undo', controlWindow);
    expect(log).toEqual([
      'host presenter.toggleScreen',
      'report Could not change the black screen: No, says the host.',
      'host session.undo',
      'report (host sentence only): No, says the host.',
    ]);
  });

  it('leaves undo to a text box that keeps the key, and to the session otherwise', async () => {
    const typing = loggingWindow({ typing: true });
    await runCommand('undo', typing.controlWindow);
    await runCommand('redo', typing.controlWindow);
    expect(typing.log).toEqual(['typing undo', 'typing redo']);
    const idle = loggingWindow();
    await runCommand('redo', idle.controlWindow);
    expect(idle.log).toEqual(['host session.redo']);
  });

  it('does nothing without a session for a command that needs one; the legend still opens', async () => {
    const { controlWindow, log } = loggingWindow({ hasSession: false });
    await runCommand('blackout', controlWindow);
    await runCommand('message', controlWindow);
    await runCommand('legend', controlWindow);
    expect(log).toEqual(['window showLegend']);
  });
});
