import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../shared/protocol/commands';
import { verbArgs } from '../../../shared/protocol/verbs';

describe('dates from a link are real days', () => {
  it('accepts days that exist and refuses those that do not', () => {
    for (const day of ['2026-11-28', '2028-02-29', '2026-12-31', '2000-02-29']) expect(isCalendarDate(day), day).toBe(true);
    for (const day of ['2026-13-45', '2026-02-29', '2026-04-31', '2026-00-10', '2026-1-5', '1900-02-29', '2026-11-28T00:00']) expect(isCalendarDate(day), day).toBe(false);
  });

  it('session.create refuses 2026-13-45 with a sentence', () => {
    const parsed = verbArgs['session.create'].safeParse({ workshopId: 'management-and-leadership', group: 'Ops', date: '2026-13-45' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('That day does not exist: use a date like 2026-11-28.');
  });
});
