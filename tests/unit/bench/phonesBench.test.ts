import { describe, expect, it } from 'vitest';
import { measurePhones } from '../../../bench/phones';

describe('the phones bench (a small room on 127.0.0.1)', () => {
  it('joins every phone, takes each note exactly once through drops and rejoins, and times it to the projector', async () => {
    const figures = await measurePhones({ phones: 12, notes: 36, seconds: 1, droppers: 3 });
    expect(figures).toMatchObject({ phones: 12, notesSent: 36, lost: 0, duplicated: 0, refusedOther: 0, rejoined: 3 });
    expect(figures.submitToProjectorMs.p95).toBeGreaterThan(0);
    expect(figures.downloadKBps.perPhone).toBeGreaterThan(0);
  });

  it('stays bounded: refuses a room larger than the host takes, or a run longer than a minute', async () => {
    await expect(measurePhones({ phones: 301 })).rejects.toThrow(/phones must be a whole number from 1 to 300/);
    await expect(measurePhones({ seconds: 600 })).rejects.toThrow(/seconds must be/);
    await expect(measurePhones({ phones: 5, notes: 10, droppers: 6 })).rejects.toThrow(/droppers must be/);
  });
});
