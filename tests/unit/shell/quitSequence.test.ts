import { describe, expect, it } from 'vitest';
import { QuitSequence } from '../../../electron/shell/quitSequence';

function harness() {
  const log: string[] = [];
  let finishSave: (code: number) => void = () => undefined;
  const sequence = new QuitSequence({
    flush: () => {
      log.push('flush');
      return new Promise<number>((resolve) => (finishSave = resolve));
    },
    quit: () => log.push('quit'),
    exit: (code) => log.push(`exit ${code}`),
  });
  const request = () => {
    let prevented = false;
    sequence.request({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { sequence, log, request, finishSave: (code: number) => finishSave(code) };
}

describe('quitting saves first, however many times it is asked', () => {
  it('holds back a second Cmd+Q or Ctrl+C while the save runs, then quits normally once', async () => {
    const { log, request, finishSave, sequence } = harness();
    expect(request()).toBe(true);
    expect(sequence.stopping).toBe(true);
    expect(request(), 'the second quit must be held back too').toBe(true);
    expect(request()).toBe(true);
    expect(log).toEqual(['flush']);
    finishSave(0);
    await Promise.resolve();
    expect(log).toEqual(['flush', 'quit']);
    // app.quit() emits before-quit again: now it goes through.
    expect(request()).toBe(false);
    expect(log).toEqual(['flush', 'quit']);
  });

  it('leaves with an error code when the save failed or timed out', async () => {
    const { log, request, finishSave } = harness();
    request();
    finishSave(1);
    await Promise.resolve();
    expect(log).toEqual(['flush', 'exit 1']);
  });
});
