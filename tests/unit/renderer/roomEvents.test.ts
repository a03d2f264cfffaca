import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/protocol/commands';
import { commandSchema } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import { parseServerMessage } from '../../../renderer/transport/parseServerMessage';
import { newSession } from '../shared/sessionFixtures';

const roomCommands: Command[] = [
  { type: 'presenter.setScreen', screen: 'white' },
  { type: 'presenter.setBlackout', blackout: true },
  { type: 'presenter.setFrozen', frozen: true },
  { type: 'presenter.setMessage', message: 'Back in 5 minutes' },
  { type: 'presenter.returnToLive' },
  { type: 'settings.setTimerEndSound', on: true },
];

describe('room events on the wire', () => {
  it.each(roomCommands.map((command) => [command.type, command] as const))('%s reaches a window as JSON and changes its replica the same way', (_type, command) => {
    const session = newSession();
    const outcome = commandToEvent(session, commandSchema.parse(command), { now: 5000, newId: () => 'id' });
    if (!outcome.ok || !outcome.event) throw new Error('command refused');
    const wire: unknown = JSON.parse(JSON.stringify({ kind: 'event', rev: 2, event: outcome.event }));
    const message = parseServerMessage(wire);
    expect(message?.kind).toBe('event');
    if (message?.kind !== 'event') return;
    expect(sessionReducer(session, message.event)).toEqual(sessionReducer(session, outcome.event));
  });
});
