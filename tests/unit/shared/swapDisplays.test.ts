import { describe, expect, it } from 'vitest';
import type { DisplayInfo } from '../../../shared/display/chooseDisplay';
import { NO_PRESENTER_REASON, ONE_SCREEN_REASON, planDisplaySwap } from '../../../shared/display/swapDisplays';

const laptop: DisplayInfo = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, internal: true };
const projector: DisplayInfo = { id: 2, label: 'EPSON', bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 }, internal: false };
const monitor: DisplayInfo = { id: 3, label: 'Dell', bounds: { x: -2560, y: 0, width: 2560, height: 1440 }, workArea: { x: -2560, y: 0, width: 2560, height: 1440 }, internal: false };

function inside(rect: { x: number; y: number; width: number; height: number }, area: DisplayInfo['workArea']): boolean {
  return rect.x >= area.x && rect.y >= area.y && rect.x + rect.width <= area.x + area.width && rect.y + rect.height <= area.y + area.height;
}

describe('swapping the screens of the presenter and the control window (X)', () => {
  it('with one display there is nothing to swap, and the facilitator is told why', () => {
    const plan = planDisplaySwap({ displays: [laptop], controlDisplayId: laptop.id, controlBounds: { x: 40, y: 60, width: 1200, height: 800 }, presenterDisplayId: laptop.id });
    expect(plan).toEqual({ swapped: false, reason: ONE_SCREEN_REASON });
    expect(ONE_SCREEN_REASON).toMatch(/only one screen/i);
  });

  it('with two displays but no presenter open, it says to present first', () => {
    const plan = planDisplaySwap({ displays: [laptop, projector], controlDisplayId: laptop.id, controlBounds: { x: 40, y: 60, width: 1200, height: 800 }, presenterDisplayId: null });
    expect(plan).toEqual({ swapped: false, reason: NO_PRESENTER_REASON });
  });

  it('with two displays, the presenter goes full screen where the control was and the control moves to the other display, same place', () => {
    const plan = planDisplaySwap({ displays: [laptop, projector], controlDisplayId: laptop.id, controlBounds: { x: 40, y: 60, width: 1200, height: 800 }, presenterDisplayId: projector.id });
    expect(plan).toEqual({
      swapped: true,
      presenter: { displayId: laptop.id, bounds: laptop.bounds },
      control: { displayId: projector.id, bounds: { x: 1480, y: 35, width: 1200, height: 800 } },
    });
  });

  it('swapping twice puts both windows back where they started', () => {
    const start = { x: 40, y: 60, width: 1200, height: 800 };
    const first = planDisplaySwap({ displays: [laptop, projector], controlDisplayId: laptop.id, controlBounds: start, presenterDisplayId: projector.id });
    if (!first.swapped || !first.control) throw new Error('expected a swap');
    const second = planDisplaySwap({ displays: [laptop, projector], controlDisplayId: first.control.displayId, controlBounds: first.control.bounds, presenterDisplayId: first.presenter.displayId });
    if (!second.swapped || !second.control) throw new Error('expected a swap');
    expect(second.control.bounds).toEqual(start);
    expect(second.presenter).toEqual({ displayId: projector.id, bounds: projector.bounds });
  });

  it('a control window that would fall off the smaller display is shrunk and moved inside its work area', () => {
    const big = { x: 1900, y: 200, width: 1800, height: 1000 };
    const plan = planDisplaySwap({ displays: [laptop, projector], controlDisplayId: projector.id, controlBounds: big, presenterDisplayId: laptop.id });
    if (!plan.swapped || !plan.control) throw new Error('expected a swap');
    expect(plan.control.displayId).toBe(laptop.id);
    expect(inside(plan.control.bounds, laptop.workArea)).toBe(true);
    expect(plan.control.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    expect(plan.presenter).toEqual({ displayId: projector.id, bounds: projector.bounds });
  });

  it('with three displays, only the two in use trade places', () => {
    const plan = planDisplaySwap({ displays: [laptop, projector, monitor], controlDisplayId: monitor.id, controlBounds: { x: -2400, y: 100, width: 1600, height: 1000 }, presenterDisplayId: projector.id });
    if (!plan.swapped || !plan.control) throw new Error('expected a swap');
    expect(plan.presenter).toEqual({ displayId: monitor.id, bounds: monitor.bounds });
    expect(plan.control.displayId).toBe(projector.id);
    expect(inside(plan.control.bounds, projector.workArea)).toBe(true);
    expect(plan.control.bounds).toEqual({ x: 1600, y: 80, width: 1600, height: 1000 });
  });

  it('a presenter sharing the control window’s display goes full screen on the best other display; the control stays', () => {
    const plan = planDisplaySwap({ displays: [laptop, projector, monitor], controlDisplayId: laptop.id, controlBounds: { x: 40, y: 60, width: 1200, height: 800 }, presenterDisplayId: laptop.id });
    expect(plan).toEqual({ swapped: true, presenter: { displayId: monitor.id, bounds: monitor.bounds }, control: null });
  });
});
