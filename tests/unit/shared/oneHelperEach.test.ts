import { describe, expect, it } from 'vitest';
import { fileNameProblem } from '../../../shared/util/fileNames';
import { formatMean } from '../../../shared/util/formatMean';
import { SESSION_FILE_EXTENSION, suggestedSessionName, withSessionExtension } from '../../../shared/session/sessionFileName';

// Each helper here once existed in two or three copies that disagreed; these are the cases where they did.

describe('a mean reads the same on the board, the projector and in the report', () => {
  it('rounds halves up, even where the binary value sits just below the half', () => {
    // 17 people gave 1 and 3 gave 2: 23 / 20 = 1.15, stored as 1.1499…; the board's toFixed alone showed "1.1".
    expect(formatMean(23 / 20)).toBe('1.2');
    expect(formatMean(3.44)).toBe('3.4');
    expect(formatMean(4)).toBe('4.0');
  });

  it('shows a dash before anybody has been counted', () => {
    expect(formatMean(null)).toBe('–');
  });
});

describe('session file names', () => {
  it('suggests a name that still passes the file name rule once the extension is added', () => {
    // The window's copy cut a long group's name to the limit without room for ".groundwork", so its own suggestion was refused as too long.
    const suggested = suggestedSessionName('Regional leadership '.repeat(20), '2026-11-28');
    expect(fileNameProblem(withSessionExtension(suggested))).toBeNull();
    expect(suggested.endsWith(SESSION_FILE_EXTENSION)).toBe(false);
    expect(suggestedSessionName('Ops\u202Edm.exe', '2026-11-28')).toBe('Opsdm.exe 2026-11-28');
  });

  it('adds the extension to a chosen path without the spaces around it', () => {
    // The host's copy kept a trailing space, so "Retro " became "Retro .groundwork" where a window would have said "Retro.groundwork".
    expect(withSessionExtension('/home/sam/Retro ')).toBe('/home/sam/Retro.groundwork');
    expect(withSessionExtension('Retro.GROUNDWORK')).toBe('Retro.GROUNDWORK');
  });
});
