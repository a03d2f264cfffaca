import { describe, expect, it } from 'vitest';
import type { MapActivity } from '../../../../shared/session/types';
import { countKeyStep, parseCount, stepCount } from '../../../../renderer/control/boards/common/countInput';
import { draftProblem } from '../../../../renderer/control/boards/commitments/commitmentDraft';
import { describePosition, mapKeyNudge, positionFromPoint, spectrumLanes } from '../../../../renderer/control/boards/map/mapGeometry';
import { captureColumnShortcut, sortCardAction } from '../../../../renderer/control/boards/sort/sortKeys';
import { paragraphsOf } from '../../../../renderer/control/script/paragraphs';
import { everyKindWorkshop } from '../../../support/everyKindWorkshop';

const maps = everyKindWorkshop.activities.filter((activity): activity is MapActivity => activity.kind === 'map');
const grid = maps.find((activity) => activity.y !== null);
const spectrum = maps.find((activity) => activity.y === null);
if (!grid || !spectrum) throw new Error('the fixture needs a grid and a spectrum');
const key = (name: string, mods: { shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {}) => ({ key: name, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('map geometry', () => {
  const box = { left: 100, top: 50, width: 400, height: 200 };

  it('turns a pointer into a position with y going up, clamped to the map', () => {
    expect(positionFromPoint(box, 100, 250, false)).toEqual({ x: 0, y: 0 });
    expect(positionFromPoint(box, 500, 50, false)).toEqual({ x: 1, y: 1 });
    expect(positionFromPoint(box, 400, 100, false)).toEqual({ x: 0.75, y: 0.75 });
    expect(positionFromPoint(box, 20, 900, false)).toEqual({ x: 0, y: 0 });
    expect(positionFromPoint(box, 1000, -40, false)).toEqual({ x: 1, y: 1 });
    expect(positionFromPoint(box, 400, 100, true)).toEqual({ x: 0.75, y: 0.5 });
  });

  it('moves by a step per arrow (Shift for a big step), up is +y, and a spectrum has no up or down', () => {
    expect(mapKeyNudge(key('ArrowRight'), false)).toEqual({ dx: 0.05, dy: 0 });
    expect(mapKeyNudge(key('ArrowLeft', { shiftKey: true }), false)).toEqual({ dx: -0.2, dy: 0 });
    expect(mapKeyNudge(key('ArrowUp'), false)).toEqual({ dx: 0, dy: 0.05 });
    expect(mapKeyNudge(key('ArrowDown'), false)).toEqual({ dx: 0, dy: -0.05 });
    expect(mapKeyNudge(key('ArrowUp'), true)).toBeNull();
    expect(mapKeyNudge(key('ArrowRight', { ctrlKey: true }), false)).toBeNull();
    expect(mapKeyNudge(key('Enter'), false)).toBeNull();
  });

  it('says where a note is in words: percentages toward the high ends and the quadrant', () => {
    expect(describePosition(grid, { x: 0.7, y: 0.3 })).toBe('Influence 70%, Future 30% · The manager who leads');
    expect(describePosition(grid, { x: 0.1, y: 0.9 })).toBe('Influence 10%, Future 90% · Systems for tomorrow');
    expect(describePosition(spectrum, { x: 0.25, y: 0.5 })).toBe('Future 25% (from Present)');
  });

  it('spreads close notes on a spectrum over lanes, and reuses a lane once there is room', () => {
    const lanes = spectrumLanes([
      { id: 'a', x: 0.5 },
      { id: 'b', x: 0.52 },
      { id: 'c', x: 0.55 },
      { id: 'd', x: 0.9 },
      { id: 'e', x: 0.1 },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ e: 0, a: 0, b: 1, c: 2, d: 0 });
  });
});

describe('sort keys', () => {
  it('← → move, ↑ ↓ go between cards, modified arrows are left to others', () => {
    expect(sortCardAction(key('ArrowLeft'))).toEqual({ kind: 'move', direction: -1 });
    expect(sortCardAction(key('ArrowRight'))).toEqual({ kind: 'move', direction: 1 });
    expect(sortCardAction(key('ArrowDown'))).toEqual({ kind: 'focus', direction: 1 });
    expect(sortCardAction(key('ArrowRight', { altKey: true }))).toBeNull();
    expect(sortCardAction(key('b'))).toBeNull();
  });

  it('Alt + a digit picks a column by the physical key, only among the columns there are', () => {
    const press = (code: string, mods: { altKey?: boolean; ctrlKey?: boolean } = { altKey: true }) => ({ code, altKey: false, ctrlKey: false, metaKey: false, ...mods });
    expect(captureColumnShortcut(press('Digit1'), 3)).toBe(0);
    expect(captureColumnShortcut(press('Numpad3'), 3)).toBe(2);
    expect(captureColumnShortcut(press('Digit4'), 3)).toBeNull();
    expect(captureColumnShortcut(press('Digit1', {}), 3)).toBeNull();
    expect(captureColumnShortcut(press('Digit1', { altKey: true, ctrlKey: true }), 3)).toBeNull();
    expect(captureColumnShortcut(press('KeyA'), 3)).toBeNull();
  });
});

describe('counts', () => {
  it('reads typed counts: whole numbers from 0, empty is 0, anything else says why', () => {
    expect(parseCount(' 12 ')).toEqual({ ok: true, count: 12 });
    expect(parseCount('')).toEqual({ ok: true, count: 0 });
    expect(parseCount('-1')).toEqual({ ok: false, problem: 'Type a whole number, like 3.' });
    expect(parseCount('2.5')).toEqual({ ok: false, problem: 'Type a whole number, like 3.' });
    expect(parseCount('100001')).toEqual({ ok: false, problem: 'A count can be at most 100,000.' });
  });

  it('steps within 0 and the largest tally, and knows its keys', () => {
    expect(stepCount(0, -1)).toBe(0);
    expect(stepCount(100_000, 1)).toBe(100_000);
    expect(stepCount(4, 1)).toBe(5);
    expect(['ArrowUp', '+', '='].map(countKeyStep)).toEqual([1, 1, 1]);
    expect(['ArrowDown', '-', '_'].map(countKeyStep)).toEqual([-1, -1, -1]);
    expect(countKeyStep('5')).toBeNull();
  });
});

describe('commitment form', () => {
  it('needs who and what, in that order, and keeps names short', () => {
    expect(draftProblem({ who: ' ', what: '', byWhen: '' })).toEqual({ field: 'who', message: 'Say who commits.' });
    expect(draftProblem({ who: 'Amira', what: '  ', byWhen: 'Friday' })).toEqual({ field: 'what', message: 'Say what they will do.' });
    expect(draftProblem({ who: 'x'.repeat(201), what: 'Check in', byWhen: '' })?.field).toBe('who');
    expect(draftProblem({ who: 'Amira', what: 'Check in', byWhen: 'y'.repeat(201) })?.field).toBe('byWhen');
    expect(draftProblem({ who: 'Amira', what: 'w'.repeat(2001), byWhen: '' })?.message).toMatch(/at most 2,000 characters/);
    expect(draftProblem({ who: 'Amira', what: 'Check in', byWhen: '' })).toBeNull();
  });
});

describe('script paragraphs', () => {
  it('splits at blank lines and drops empty ones', () => {
    expect(paragraphsOf('One.\n\nTwo,\nstill two.\n   \n\nThree.\n\n')).toEqual(['One.', 'Two,\nstill two.', 'Three.']);
    expect(paragraphsOf('  ')).toEqual([]);
  });
});
