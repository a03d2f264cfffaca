import { describe, expect, it } from 'vitest';
import { parseServerMessage } from '../../../renderer/transport/parseServerMessage';
import { COMMAND_IDS, isCommandId } from '../../../shared/protocol/commandIds';
import { serverMessageSchema } from '../../../shared/protocol/messages';

describe('the push that asks the control window to run a command (from the Electron menu)', () => {
  it('carries any id of the command table', () => {
    for (const id of COMMAND_IDS) expect(parseServerMessage({ kind: 'command', id })).toEqual({ kind: 'command', id });
    expect(isCommandId('message')).toBe(true);
  });

  it('refuses an id the table does not have, or none', () => {
    expect(serverMessageSchema.safeParse({ kind: 'command', id: 'formatDisk' }).success).toBe(false);
    expect(parseServerMessage({ kind: 'command', id: 'formatDisk' })).toBeNull();
    expect(parseServerMessage({ kind: 'command' })).toBeNull();
    expect(parseServerMessage({ kind: 'command', id: 7 })).toBeNull();
    expect(isCommandId('toString')).toBe(false);
  });
});
