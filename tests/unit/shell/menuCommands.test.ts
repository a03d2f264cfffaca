import { describe, expect, it } from 'vitest';
import { runMenuCommand } from '../../../electron/shell/menuCommands';
import type { MenuHost } from '../../../electron/shell/menuCommands';
import type { CommandId } from '../../../shared/protocol/commandIds';

/** A menu host that records what the menu asked for; `swap` is the shell's answer to a swap. */
function recordingHost(swap: { swapped: boolean; reason: string | null } | null) {
  const asked: CommandId[] = [];
  const problems: string[] = [];
  const calls: string[] = [];
  const host: MenuHost = {
    snapshot: () => Promise.resolve(null),
    dispatch: (command) => Promise.resolve(void calls.push(command.type)),
    call: (verb) => Promise.resolve(void calls.push(verb)),
    exportReport: () => Promise.resolve(void calls.push('export')),
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
