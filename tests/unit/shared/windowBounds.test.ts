import { describe, expect, it } from 'vitest';
import type { DisplayInfo } from '../../../shared/display/chooseDisplay';
import { checkSavedBounds } from '../../../shared/display/windowBounds';

const laptop: DisplayInfo = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, internal: true };
const projector: DisplayInfo = { id: 2, label: 'EPSON', bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 }, internal: false };
const DEFAULT = { width: 1280, height: 820 };

describe('saved window bounds are checked against the connected displays', () => {
  it('reuses bounds that are on a connected display', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 780 };
    expect(checkSavedBounds(saved, [laptop, projector], DEFAULT)).toEqual(saved);
    const onProjector = { x: 1600, y: 100, width: 1280, height: 800 };
    expect(checkSavedBounds(onProjector, [laptop, projector], DEFAULT)).toEqual(onProjector);
  });

  it('resets bounds left on a projector that is gone to the default size, centred on the laptop', () => {
    expect(checkSavedBounds({ x: 1600, y: 100, width: 1280, height: 800 }, [laptop], DEFAULT)).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
  });

  it('resets a window whose title bar is above the screen or only a sliver is showing', () => {
    expect(checkSavedBounds({ x: 100, y: -600, width: 1200, height: 700 }, [laptop], DEFAULT)).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
    expect(checkSavedBounds({ x: 1380, y: 100, width: 1200, height: 700 }, [laptop], DEFAULT)).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
  });

  it('shrinks and moves bounds from a bigger screen so the whole window is reachable', () => {
    expect(checkSavedBounds({ x: 200, y: 40, width: 2400, height: 1400 }, [laptop], DEFAULT)).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('ignores nonsense and works with no saved bounds; a default larger than the screen is cut to fit', () => {
    expect(checkSavedBounds({ x: Number.NaN, y: 0, width: 100, height: 100 }, [laptop], DEFAULT)).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
    expect(checkSavedBounds(null, [laptop], { width: 3000, height: 2000 })).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    expect(checkSavedBounds(null, [], DEFAULT)).toBeNull();
  });
});
