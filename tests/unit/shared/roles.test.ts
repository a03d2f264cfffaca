import { describe, expect, it } from 'vitest';
import { mayCall, mayDispatch } from '../../../shared/protocol/roles';
import { VERB_NAMES } from '../../../shared/protocol/verbs';

describe('roles', () => {
  it('the control window may call every verb but the presenter\'s screen report, and dispatch every command', () => {
    for (const verb of VERB_NAMES) expect(mayCall('control', verb)).toBe(verb !== 'presenter.reportScreen');
    expect(mayDispatch('control', 'note.capture')).toBe(true);
    expect(mayDispatch('control', 'presenter.setBlackout')).toBe(true);
  });

  it('the presenter only reads the session and reports its screen size', () => {
    expect(VERB_NAMES.filter((verb) => mayCall('presenter', verb))).toEqual(['session.snapshot', 'presenter.reportScreen']);
    expect(mayCall('presenter', 'presenter.swapDisplays')).toBe(false);
    expect(mayCall('control', 'presenter.swapDisplays')).toBe(true);
    expect(mayDispatch('presenter', 'note.capture')).toBe(false);
    expect(mayDispatch('presenter', 'timer.start')).toBe(false);
  });

  it('a participant may add notes and nothing else', () => {
    expect(mayCall('participant', 'session.dispatch')).toBe(true);
    expect(mayCall('participant', 'session.open')).toBe(false);
    expect(mayCall('participant', 'presenter.reportScreen')).toBe(false);
    expect(mayDispatch('participant', 'note.capture')).toBe(true);
    expect(mayDispatch('participant', 'note.delete')).toBe(false);
    expect(mayDispatch('participant', 'activity.next')).toBe(false);
  });
});
