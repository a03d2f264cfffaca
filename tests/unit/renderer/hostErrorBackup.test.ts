import { describe, expect, it } from 'vitest';
import { parseServerMessage } from '../../../renderer/transport/parseServerMessage';

describe('windows keep the offered backup of a failed call', () => {
  it('parses the backup of a host error, and drops a malformed one without losing the message', () => {
    const backup = { path: 'notes.groundwork.bak', savedAt: 5, kind: 'backup' };
    const reply = parseServerMessage({ kind: 'reply', id: 1, ok: false, error: { code: 'file', message: 'Bad file.', backup } });
    expect(reply).toEqual({ kind: 'reply', id: 1, ok: false, error: { code: 'file', message: 'Bad file.', backup } });
    const odd = parseServerMessage({ kind: 'reply', id: 2, ok: false, error: { code: 'file', message: 'Bad file.', backup: { path: 3 } } });
    expect(odd).toEqual({ kind: 'reply', id: 2, ok: false, error: { code: 'file', message: 'Bad file.' } });
  });
});
