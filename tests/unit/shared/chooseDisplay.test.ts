import { describe, expect, it } from 'vitest';
import { choosePresenterDisplay } from '../../../shared/display/chooseDisplay';
import type { DisplayInfo } from '../../../shared/display/chooseDisplay';

function display(id: number, label: string, width: number, height: number, internal: boolean): DisplayInfo {
  const bounds = { x: id * 10_000, y: 0, width, height };
  return { id, label, bounds, workArea: bounds, internal };
}

const laptop = display(1, 'Built-in Retina', 1512, 982, true);
const projector = display(2, 'EPSON PJ', 1920, 1080, false);
const bigTv = display(3, 'LG TV', 3840, 2160, false);

describe('choosePresenterDisplay', () => {
  it('puts the presenter full screen on the projector when the laptop runs the control window', () => {
    expect(choosePresenterDisplay([laptop, projector], 1)).toEqual({ displayId: 2, fullscreen: true });
  });

  it('prefers the remembered projector even when a larger screen is connected', () => {
    expect(choosePresenterDisplay([laptop, bigTv, projector], 1, { label: 'EPSON PJ', width: 1920, height: 1080 })).toEqual({
      displayId: 2,
      fullscreen: true,
    });
  });

  it('ignores a remembered display whose resolution changed, and takes the largest external one', () => {
    expect(choosePresenterDisplay([laptop, bigTv, projector], 1, { label: 'EPSON PJ', width: 1024, height: 768 })).toEqual({
      displayId: 3,
      fullscreen: true,
    });
  });

  it('prefers an external display over a larger internal one', () => {
    const hugeInternal = display(4, 'Studio', 5120, 2880, true);
    expect(choosePresenterDisplay([projector, hugeInternal], 9)).toEqual({ displayId: 2, fullscreen: true });
  });

  it('with one screen, opens an ordinary window on the control display', () => {
    expect(choosePresenterDisplay([laptop], 1)).toEqual({ displayId: 1, fullscreen: false });
  });

  it('with no displays, there is nowhere to go', () => {
    expect(choosePresenterDisplay([], 1)).toBeNull();
  });

  it('never picks the control display while another is free, even if the control window is on the projector', () => {
    expect(choosePresenterDisplay([laptop, projector], 2)).toEqual({ displayId: 1, fullscreen: true });
  });
});
