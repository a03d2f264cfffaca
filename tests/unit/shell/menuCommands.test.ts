import { describe, expect, it } from 'vitest';
import { runMenuCommand } from '../../../electron/shell/menuCommands';
import { NO_SESSION_REASON } from '../../../shared/commands/commandEffect';
import type { MenuHost } from '../../../electron/shell/menuCommands';
import type { CommandId } from '../../../shared/protocol/commandIds';

/** A menu host that records what the menu asked for; `swap` is the shell's answer to a swap, `hasSession` whether one is open (null: no control window). */
function recordingHost(swap: { swapped: boolean; reason: string | null } | null, hasSession: boolean | null = true) {
  const asked: CommandId[] = [];
  const problems: string[] = [];
  const calls: string[] = [];
  const host: MenuHost = {
    hasSession: () => Promise.resolve(hasSession),
    dispatch: (command) => Promise.resolve(void calls.push(command.type)),
    call: (verb) => Promise.resolve(void calls.push(verb)),
    swapDisplays: () => Promise.resolve(swap),
    askControlWindow: (id) => void asked.push(id),
    problem: (message) => void problems.push(message),
  };
  return { host, asked, problems, calls };
}

describe('menu items that open a dialog in the control window', () => {
  it('ask the control window to run Message to the Room… and Keyboard Shortcuts', async () => {
    const { host, asked, calls } = recordingHost(null);
    await runMenuCommand('message', host);
    await runMenuCommand('legend', host);
    expect(asked).toEqual(['message', 'legend']);
    expect(calls).toEqual([]);
  });
});

describe('Undo and Redo from the menu', () => {
  it('ask the control window, which chooses between a text box’s own undo and the session’s', async () => {
    const { host, asked, calls } = recordingHost(null);
    await runMenuCommand('undo', host);
    await runMenuCommand('redo', host);
    expect(asked).toEqual(['undo', 'redo']);
    expect(calls).toEqual([]);
  });
});

describe('Swap Displays from the menu', () => {
  it('says why nothing moved', async () => {
    const { host, problems } = recordingHost({ swapped: false, reason: 'Only one screen is connected, so there is nothing to swap.' });
    await runMenuCommand('swapDisplays', host);
    expect(problems).toEqual(['Only one screen is connected, so there is nothing to swap.']);
  });

  it('says nothing when the windows swapped', async () => {
    const { host, problems } = recordingHost({ swapped: true, reason: null });
    await runMenuCommand('swapDisplays', host);
    expect(problems).toEqual([]);
  });
});

describe('session commands from the menu', () => {
  it('send the host what the command table says, toggles included (the host works them out on its own session)', async () => {
    const { host, calls, asked, problems } = recordingHost(null);
    for (const id of ['next', 'previous', 'timer', 'blackout', 'white', 'freeze', 'live'] as const) await runMenuCommand(id, host);
    expect(calls).toEqual(['activity.next', 'activity.previous', 'timer.toggleRoom', 'presenter.toggleScreen', 'presenter.toggleScreen', 'presenter.toggleFreeze', 'presenter.returnToLive']);
    expect([asked, problems]).toEqual([[], []]);
  });

  it('Present from Current Activity goes back to live, then opens the presenter; Save, Save As and Open go to the host', async () => {
    const { host, calls } = recordingHost(null);
    for (const id of ['presentFromCurrent', 'present', 'save', 'saveAs', 'open'] as const) await runMenuCommand(id, host);
    expect(calls).toEqual(['presenter.returnToLive', 'presenter.open', 'presenter.open', 'session.save', 'session.saveAs', 'session.open']);
  });

  it('Export Report… asks the control window, which asks which report to export (client or facilitator record)', async () => {
    const { host, asked, calls } = recordingHost(null);
    await runMenuCommand('exportReport', host);
    expect(asked).toEqual(['exportReport']);
    expect(calls).toEqual([]);
  });

  it('say why nothing happens without a session, as the keys do nothing; Open and the legend still run', async () => {
    const { host, calls, asked, problems } = recordingHost(null, false);
    for (const id of ['blackout', 'next', 'present', 'message', 'open', 'legend'] as const) await runMenuCommand(id, host);
    expect(problems).toEqual([NO_SESSION_REASON, NO_SESSION_REASON, NO_SESSION_REASON, NO_SESSION_REASON]);
    expect(calls).toEqual(['session.open']);
    expect(asked).toEqual(['legend']);
  });

  it('do nothing while there is no control window to act through', async () => {
    const { host, calls, asked, problems } = recordingHost(null, null);
    await runMenuCommand('blackout', host);
    await runMenuCommand('message', host);
    expect([calls, asked, problems]).toEqual([[], [], []]);
  });
});
