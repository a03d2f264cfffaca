import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { DisplayInfo } from '../../shared/display/chooseDisplay';
import { afterDisplayAdded, afterDisplayRemoved, besideControl, PRESENTER_WINDOW_SIZE } from '../../electron/shell/placement';
import { withSessionExtension } from '../../shared/session/sessionFileName';
import { findSessionArg } from '../../electron/shell/sessionArg';

// Where the presenter window goes when projectors come and go, and how files reach the app, in plain Node.

const laptop: DisplayInfo = {
  id: 1,
  label: 'Built-in Retina Display',
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
  internal: true,
};
const projector: DisplayInfo = {
  id: 2,
  label: 'EPSON PJ',
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
  internal: false,
};

function inside(rect: { x: number; y: number; width: number; height: number }, area: DisplayInfo['workArea']): boolean {
  return rect.x >= area.x && rect.y >= area.y && rect.x + rect.width <= area.x + area.width && rect.y + rect.height <= area.y + area.height;
}

test.describe('presenter placement', () => {
  test('without a projector, the presenter opens beside the control window, on screen', () => {
    const control = { x: 40, y: 60, width: 900, height: 700 };
    const bounds = besideControl(control, laptop.workArea);
    expect(inside(bounds, laptop.workArea)).toBe(true);
    expect(bounds.width).toBe(PRESENTER_WINDOW_SIZE.width);
    // Not enough room to the right: it overlaps rather than leaving the screen.
    const wide = besideControl({ x: 0, y: 25, width: 1440, height: 875 }, laptop.workArea);
    expect(inside(wide, laptop.workArea)).toBe(true);
  });

  test('on a small screen the presenter window shrinks to fit', () => {
    const tiny = { x: 0, y: 0, width: 800, height: 480 };
    const bounds = besideControl({ x: 0, y: 0, width: 800, height: 480 }, tiny);
    expect(bounds).toEqual({ x: 0, y: 0, width: 800, height: 480 });
  });

  test('plugging in a projector sends a windowed presenter there, full screen', () => {
    const move = afterDisplayAdded([laptop, projector], laptop.id, { displayId: laptop.id, fullscreen: false }, null);
    expect(move).toEqual({ kind: 'fullscreen', displayId: projector.id });
  });

  test('a presenter already on a projector stays put when another display appears', () => {
    const second: DisplayInfo = { ...projector, id: 3, label: 'Other', bounds: { ...projector.bounds, x: 3360 } };
    const move = afterDisplayAdded([laptop, projector, second], laptop.id, { displayId: projector.id, fullscreen: true }, null);
    expect(move).toEqual({ kind: 'stay' });
  });

  test('unplugging the projector brings the presenter back as a window on the laptop', () => {
    const move = afterDisplayRemoved([laptop], projector.id, laptop.id, { displayId: projector.id, fullscreen: true });
    expect(move).toEqual({ kind: 'window', displayId: laptop.id });
  });

  test('a full-screen presenter the system already moved over the control window is made a window again', () => {
    const move = afterDisplayRemoved([laptop], projector.id, laptop.id, { displayId: laptop.id, fullscreen: true });
    expect(move).toEqual({ kind: 'window', displayId: laptop.id });
  });

  test('unplugging some other display leaves the presenter alone', () => {
    const move = afterDisplayRemoved([laptop, projector], 7, laptop.id, { displayId: projector.id, fullscreen: true });
    expect(move).toEqual({ kind: 'stay' });
  });
});

test.describe('session files from outside the app', () => {
  test('a .groundwork file on the command line is found and made absolute', () => {
    expect(findSessionArg(['/opt/Groundwork/groundwork', 'Retro.groundwork'], '/home/sam')).toBe(path.resolve('/home/sam', 'Retro.groundwork'));
    expect(findSessionArg(['electron', '.', '--flag', '/tmp/a.GROUNDWORK'], '/x')).toBe(path.resolve('/tmp/a.GROUNDWORK'));
    expect(findSessionArg(['electron', '.', '--no-sandbox'], '/x')).toBeNull();
    expect(findSessionArg(['notes.groundwork'], '/x')).toBeNull();
  });

  test('a save path without the extension gets it', () => {
    expect(withSessionExtension('/home/sam/Retro')).toBe('/home/sam/Retro.groundwork');
    expect(withSessionExtension('/home/sam/Retro.groundwork')).toBe('/home/sam/Retro.groundwork');
  });
});
