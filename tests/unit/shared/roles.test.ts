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

  it('only the control window may turn phones on or off or list the addresses', () => {
    for (const verb of ['phones.addresses', 'phones.open', 'phones.close'] as const) {
      expect(mayCall('control', verb)).toBe(true);
      expect(mayCall('presenter', verb)).toBe(false);
    }
    expect(mayDispatch('presenter', 'phones.setRule')).toBe(false);
  });
});
