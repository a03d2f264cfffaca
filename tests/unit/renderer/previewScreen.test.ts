import { describe, expect, it } from 'vitest';
import { DEFAULT_PREVIEW_SCREEN, describePreviewSize, letterbox, previewScreenSize } from '../../../renderer/control/preview/previewScreen';
import { viewportSize } from '../../../renderer/presenter/useReportScreen';
import { parseHostStatus } from '../../../renderer/transport/checkServerMessage';

describe('the preview draws the projector at its own size', () => {
  it('uses the reported projector size, else 1280 × 720, and says which', () => {
    expect(previewScreenSize({ width: 1024, height: 768 })).toEqual({ width: 1024, height: 768 });
    expect(previewScreenSize(null)).toEqual(DEFAULT_PREVIEW_SCREEN);
    expect(previewScreenSize(undefined)).toEqual({ width: 1280, height: 720 });
    expect(describePreviewSize({ width: 1024, height: 768 })).toBe('Projector 1024 × 768');
    expect(describePreviewSize(null)).toBe('No projector open — preview at 1280 × 720');
  });

  it('letterboxes a 4:3 screen in a 16:9 box: whole, centred, bars left and right', () => {
    const fit = letterbox(320, 180, { width: 1024, height: 768 });
    expect(fit.scale).toBeCloseTo(180 / 768);
    expect(fit.top).toBeCloseTo(0);
    expect(fit.left).toBeCloseTo((320 - 240) / 2);
  });

  it('fills a 16:9 box with a 16:9 screen, and puts bars above and below a wider one', () => {
    expect(letterbox(320, 180, { width: 1920, height: 1080 })).toEqual({ scale: 320 / 1920, left: 0, top: 0 });
    const wide = letterbox(320, 180, { width: 2560, height: 1080 });
    expect(wide.left).toBe(0);
    expect(wide.top).toBeGreaterThan(0);
    expect(wide.top * 2 + 1080 * wide.scale).toBeCloseTo(180);
  });

  it('draws nothing while the box has no size', () => {
    expect(letterbox(0, 0, { width: 1024, height: 768 }).scale).toBe(0);
  });
});

describe('the presenter page reports its viewport within what the host accepts', () => {
  it('rounds to whole pixels and keeps each side between 200 and 10000', () => {
    expect(viewportSize(1024, 768)).toEqual({ width: 1024, height: 768 });
    expect(viewportSize(1279.6, 799.4)).toEqual({ width: 1280, height: 799 });
    expect(viewportSize(120, 20_000)).toEqual({ width: 200, height: 10_000 });
  });
});

describe('the control window reads the projector size from the host status', () => {
  it('keeps a valid size, leaves it out when absent, and refuses a malformed one', () => {
    const base = { file: null, save: { state: 'idle' } };
    expect(parseHostStatus({ ...base, projector: { width: 1024, height: 768 } })).toEqual({ ...base, projector: { width: 1024, height: 768 } });
    expect(parseHostStatus(base)).toEqual(base);
    expect(parseHostStatus(base)).not.toHaveProperty('projector');
    expect(parseHostStatus({ ...base, projector: { width: 0, height: 768 } })).toBeNull();
    expect(parseHostStatus({ ...base, projector: { width: 1024.5, height: 768 } })).toBeNull();
    expect(parseHostStatus({ ...base, projector: { width: '1024', height: 768 } })).toBeNull();
  });
});
