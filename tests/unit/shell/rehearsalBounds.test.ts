import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPresenterBounds, writePresenterBounds } from '../../../electron/shell/displays';
import { besideControl, isRehearsalWindow, PRESENTER_MIN_SIZE, rehearsalBounds } from '../../../electron/shell/placement';
import type { DisplayInfo } from '../../../shared/display/chooseDisplay';

const laptop: DisplayInfo = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, internal: true };
const projector: DisplayInfo = { id: 2, label: 'EPSON', bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 }, internal: false };
const control = { x: 20, y: 40, width: 900, height: 700 };

describe('the presenter as an ordinary window, for a one-screen rehearsal', () => {
  it('opens where the facilitator last left it', () => {
    const saved = { x: 700, y: 300, width: 720, height: 405 };
    expect(rehearsalBounds(saved, [laptop], control, laptop)).toEqual(saved);
  });

  it('opens beside the control window the first time', () => {
    expect(rehearsalBounds(null, [laptop], control, laptop)).toEqual(besideControl(control, laptop.workArea));
  });

  it('ignores a place on a screen that is gone, and one too small to read', () => {
    expect(rehearsalBounds({ x: 1600, y: 100, width: 960, height: 540 }, [laptop], control, laptop)).toEqual(besideControl(control, laptop.workArea));
    expect(rehearsalBounds({ x: 100, y: 100, width: 200, height: 100 }, [laptop], control, laptop)).toEqual(besideControl(control, laptop.workArea));
    expect(rehearsalBounds({ x: Number.NaN, y: 100, width: 960, height: 540 }, [laptop], control, laptop)).toEqual(besideControl(control, laptop.workArea));
  });

  it('shrinks a place from a bigger screen to fit this one', () => {
    expect(rehearsalBounds({ x: 300, y: 200, width: 1800, height: 1000 }, [laptop], control, laptop)).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('remembers only real rehearsal windows, not full-screen bounds or a window below the minimum', () => {
    expect(isRehearsalWindow({ x: 100, y: 100, width: 960, height: 540 }, [laptop, projector])).toBe(true);
    expect(isRehearsalWindow(projector.bounds, [laptop, projector])).toBe(false);
    expect(isRehearsalWindow({ x: 0, y: 0, width: PRESENTER_MIN_SIZE.width - 1, height: 540 }, [laptop])).toBe(false);
  });
});

describe('presenter-window.json', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'groundwork-rehearsal-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the bounds between runs', async () => {
    await writePresenterBounds(dir, { x: 10, y: 20, width: 800, height: 450 });
    expect(JSON.parse(await readFile(path.join(dir, 'presenter-window.json'), 'utf8'))).toEqual({ x: 10, y: 20, width: 800, height: 450 });
    expect(await readPresenterBounds(dir)).toEqual({ x: 10, y: 20, width: 800, height: 450 });
  });

  it('two quick writes leave the second one whole on disk, never a mix of both', async () => {
    const writes = [];
    for (let i = 0; i < 20; i += 1) writes.push(writePresenterBounds(dir, { x: i, y: 20, width: i % 2 === 0 ? 1_000_000 : 800, height: 450 }));
    await Promise.all(writes);
    expect(await readPresenterBounds(dir)).toEqual({ x: 19, y: 20, width: 800, height: 450 });
  });

  it('reads a missing, corrupt or wrong-shaped file as nothing saved', async () => {
    expect(await readPresenterBounds(dir)).toBeNull();
    await writeFile(path.join(dir, 'presenter-window.json'), '{"x": 10, "y": ');
    expect(await readPresenterBounds(dir)).toBeNull();
    await writeFile(path.join(dir, 'presenter-window.json'), '{"x": "10", "y": 20, "width": 800, "height": 450}');
    expect(await readPresenterBounds(dir)).toBeNull();
    await writeFile(path.join(dir, 'presenter-window.json'), 'null');
    expect(await readPresenterBounds(dir)).toBeNull();
  });

  it('an off-screen saved place leads back beside the control window', async () => {
    await writePresenterBounds(dir, { x: -5000, y: -5000, width: 960, height: 540 });
    expect(rehearsalBounds(await readPresenterBounds(dir), [laptop], control, laptop)).toEqual(besideControl(control, laptop.workArea));
  });
});
