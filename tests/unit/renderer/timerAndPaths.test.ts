import { describe, expect, it } from 'vitest';
import { SESSION_FILE_EXTENSION as sharedExtension } from '../../../shared/session/sessionFile';
import { readTimer, createTimer } from '../../../shared/session/timer';
import { SESSION_FILE_EXTENSION, fileNameProblem, folderTrail, joinPath, parentFolder, withSessionExtension } from '../../../renderer/control/files/paths';
import { describeTimer, formatUsed } from '../../../renderer/timer/timerView';
import { noteSizeBounds } from '../../../renderer/projector/fit/noteEstimate';

describe('timer view', () => {
  const timer = { ...createTimer(10 * 60_000), startedAt: 0 };
  it('says the state in words as well as colour', () => {
    expect(describeTimer(readTimer(timer, 60_000))).toMatchObject({ clock: '9:00', label: 'Remaining', motion: 'Running', urgency: null, phase: 'running' });
    expect(describeTimer(readTimer(timer, 8.5 * 60_000))).toMatchObject({ phase: 'warning', urgency: 'Time nearly up' });
    expect(describeTimer(readTimer(timer, 9.7 * 60_000))).toMatchObject({ phase: 'critical', urgency: 'Final moments' });
    expect(describeTimer(readTimer(timer, 11 * 60_000 + 5_000))).toMatchObject({ clock: '+1:05', label: 'Overtime', phase: 'overtime' });
    expect(describeTimer(readTimer(createTimer(60_000), 5))).toMatchObject({ motion: 'Not started', phase: 'idle' });
  });
});

describe('used and remaining time', () => {
  const seconds = (clock: string): number => {
    const [m = '0', s = '0'] = clock.replace('+', '').split(':');
    return Number(m) * 60 + Number(s);
  };

  it('used counts whole seconds gone (floor), remaining counts a second until it is over (ceil)', () => {
    const timer = { ...createTimer(10 * 60_000), usedMs: 1_500 };
    expect(describeTimer(readTimer(timer, 0)).clock).toBe('9:59');
    expect(formatUsed(readTimer(timer, 0).elapsedMs)).toBe('0:01');
    expect(formatUsed(999)).toBe('0:00');
    expect(formatUsed(2_000)).toBe('0:02');
  });

  it('"Used" plus "remaining" is always the planned total, at any instant', () => {
    const total = 10 * 60_000;
    const timer = { ...createTimer(total), startedAt: 0 };
    for (let now = 0; now <= total; now += 137) {
      const reading = readTimer(timer, now);
      expect(seconds(formatUsed(reading.elapsedMs)) + seconds(describeTimer(reading).clock), `at ${now} ms`).toBe(total / 1000);
    }
  });

  it('in overtime, used is the total plus the overtime shown', () => {
    const timer = { ...createTimer(60_000), startedAt: 0 };
    const reading = readTimer(timer, 60_000 + 5_400);
    expect(describeTimer(reading).clock).toBe('+0:05');
    expect(formatUsed(reading.elapsedMs)).toBe('1:05');
  });
});

describe('workspace paths', () => {
  it('uses the same extension as the session file module', () => {
    expect(SESSION_FILE_EXTENSION).toBe(sharedExtension);
  });
  it('joins, climbs and checks names', () => {
    expect(joinPath('', 'a.groundwork')).toBe('a.groundwork');
    expect(joinPath('2026/spring', 'a.groundwork')).toBe('2026/spring/a.groundwork');
    expect(parentFolder('2026/spring')).toBe('2026');
    expect(parentFolder('2026')).toBe('');
    expect(parentFolder('')).toBeNull();
    expect(folderTrail('2026/spring').map((crumb) => crumb.path)).toEqual(['2026', '2026/spring']);
    expect(withSessionExtension(' Team day ')).toBe('Team day.groundwork');
    expect(fileNameProblem('../x')).not.toBeNull();
    expect(fileNameProblem('')).not.toBeNull();
    expect(fileNameProblem('Team day')).toBeNull();
  });
});

describe('projected note size', () => {
  it('never goes below a readable size', () => {
    expect(noteSizeBounds(1280, 720).min).toBeGreaterThanOrEqual(16);
    expect(noteSizeBounds(1920, 1080).max).toBeGreaterThan(noteSizeBounds(1280, 720).max);
  });
});
