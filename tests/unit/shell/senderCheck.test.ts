import { describe, expect, it } from 'vitest';
import { isAllowedRequest } from '../../../electron/shell/policy';
import { checkSender } from '../../../electron/shell/senderCheck';

const facts = (frameUrl: string) => ({ contentsId: 7, frameUrl, isMainFrame: true });

describe('IPC sender check and request policy on a network share (UNC path)', () => {
  const uncPage = String.raw`\\fileserver\apps\Groundwork\resources\app.asar\dist\renderer\control.html`;
  const uncRenderer = String.raw`\\fileserver\apps\Groundwork\resources\app.asar\dist\renderer`;

  it('accepts our own page loaded from \\\\server\\share on Windows (a file URL with a host)', () => {
    const pages = new Map([[7, uncPage]]);
    expect(checkSender(facts('file://fileserver/apps/Groundwork/resources/app.asar/dist/renderer/control.html#token=x'), pages, 'win32')).toEqual({ ok: true });
    expect(isAllowedRequest('file://fileserver/apps/Groundwork/resources/app.asar/dist/renderer/assets/app.js', uncRenderer, 'win32')).toBe(true);
  });

  it('still refuses another share, another file, or a host on Linux and macOS', () => {
    const pages = new Map([[7, uncPage]]);
    expect(checkSender(facts('file://otherserver/apps/Groundwork/resources/app.asar/dist/renderer/control.html'), pages, 'win32').ok).toBe(false);
    expect(checkSender(facts('file://fileserver/apps/evil.html'), pages, 'win32').ok).toBe(false);
    expect(isAllowedRequest('file://fileserver/apps/secrets.txt', uncRenderer, 'win32')).toBe(false);
    const posixPages = new Map([[7, '/opt/Groundwork/dist/renderer/control.html']]);
    expect(checkSender(facts('file://evil.example/opt/Groundwork/dist/renderer/control.html'), posixPages, 'linux').ok).toBe(false);
    expect(checkSender(facts('file:///opt/Groundwork/dist/renderer/control.html'), posixPages, 'linux')).toEqual({ ok: true });
    expect(checkSender(facts('file:///OPT/Groundwork/dist/renderer/control.html'), posixPages, 'linux').ok).toBe(false);
  });

  it('compares drive-letter paths without case on Windows', () => {
    const pages = new Map([[7, String.raw`C:\Program Files\Groundwork\resources\app.asar\dist\renderer\control.html`]]);
    expect(checkSender(facts('file:///c:/program%20files/groundwork/resources/app.asar/dist/renderer/control.html'), pages, 'win32')).toEqual({ ok: true });
  });
});
