import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportedAtLabel } from '../../../electron/host/verbs/reports';
import { noteIds } from '../../support/noteTables';
import { faultyFileSystem } from '../helpers/faultyFileSystem';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness, TestWindow } from '../helpers/hostHarness';
import type { PdfPrinter } from '../../../electron/host/hostTypes';

/** The facilitator's record, in Markdown: what the export wrote before there was a choice. */
const RECORD = { audience: 'facilitator' } as const;

/** The client report's name: what Save As would suggest for the session itself (group and date), with .md. */
const CLIENT_NAME = 'Ops leads 2026-11-28.md';
/** The facilitator record's name beside it. */
const DEFAULT_NAME = 'Ops leads 2026-11-28 (facilitator record).md';

let h: HostHarness;

beforeEach(async () => {
  h = await makeHost();
});
afterEach(async () => {
  await h.cleanup();
});

/** A call that should be refused; it asks for the facilitator record unless `args` says otherwise. */
async function failure(window: TestWindow, args: Record<string, unknown>): Promise<{ code: string; message: string }> {
  const outcome = await window.call('report.export', { audience: 'facilitator', ...args });
  if (outcome.ok) throw new Error('report.export unexpectedly succeeded');
  return outcome.error;
}

async function capture(window: TestWindow, text: string): Promise<void> {
  await window.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text, columnId: 'leader' });
}

describe('report.export in browser mode', () => {
  beforeEach(async () => {
    await startWorkshop(h.control);
  });

  it('writes an untitled session’s report to the workspace as "<group> <date>.md", holding what was captured', async () => {
    await capture(h.control, 'Inspires people to follow');
    expect(await h.control.ok('report.export', RECORD)).toEqual({ path: DEFAULT_NAME, cancelled: false });
    const markdown = await readFile(path.join(h.workspace, DEFAULT_NAME), 'utf8');
    expect(markdown).toContain('# Management and Leadership: two sides of the same job');
    expect(markdown).toContain('- **Group:** Ops leads');
    expect(markdown).toContain('### Leader: 1 note\n\n*sounds like a leader*\n\n- Inspires people to follow');
    expect(markdown).toContain(`- **Exported:** ${exportedAtLabel(h.clock.now())}`);
  });

  it('puts the report beside a saved session file, named after it', async () => {
    await mkdir(path.join(h.workspace, 'team'));
    await h.control.ok('session.saveAs', { path: 'team/Ops retro' });
    expect(await h.control.ok('report.export', RECORD)).toEqual({ path: 'team/Ops retro (facilitator record).md', cancelled: false });
    expect(await h.control.ok('report.export', { audience: 'client' })).toEqual({ path: 'team/Ops retro.md', cancelled: false });
    expect((await readdir(path.join(h.workspace, 'team'))).sort()).toEqual(['Ops retro (facilitator record).md', 'Ops retro.groundwork', 'Ops retro.md']);
  });

  it('adds .md to a name the window chose', async () => {
    await mkdir(path.join(h.workspace, 'reports'));
    expect(await h.control.ok('report.export', { ...RECORD, path: 'reports/Morning' })).toEqual({ path: 'reports/Morning.md', cancelled: false });
    expect(await readdir(path.join(h.workspace, 'reports'))).toEqual(['Morning.md']);
  });

  it('works mid-session, counting a running timer, and replaces the earlier report without leaving copies', async () => {
    await h.control.ok('report.export', RECORD);
    await h.control.ok('session.dispatch', { type: 'timer.start', activityId: 'opening-perceptions' });
    await capture(h.control, 'Takes risks');
    h.clock.advance(3 * 60_000);
    await h.control.ok('report.export', RECORD);
    const markdown = await readFile(path.join(h.workspace, DEFAULT_NAME), 'utf8');
    expect(markdown).toMatch(/\| 1 \| Opening: manager or leader\? \| Sort \| \d+ min \| 3 min \(running\) \|/);
    expect(markdown).toContain('- Takes risks');
    expect(await readdir(h.workspace)).toEqual([DEFAULT_NAME]);
  });

  it.each([
    ['../outside.md', 'forbidden', '"../outside.md" is not inside the workspace folder. Choose a file in the workspace.'],
    ['/etc/report.md', 'forbidden', '"/etc/report.md" is not inside the workspace folder. Choose a file in the workspace.'],
    ['.hidden', 'invalid', 'Give the report a file name that does not start with a dot.'],
    ['notes.groundwork', 'invalid', 'A report cannot be saved as a session file; its name should end in .md.'],
    ['nowhere/report.md', 'not-found', 'Report not exported: the folder for "nowhere/report.md" is not there.'],
  ])('refuses %s', async (requested, code, message) => {
    expect(await failure(h.control, { path: requested })).toEqual({ code, message });
    expect(await readdir(path.dirname(h.workspace))).toEqual(['data', 'workspace']);
  });

  it('refuses to write over a folder', async () => {
    await mkdir(path.join(h.workspace, 'taken.md'));
    expect(await failure(h.control, { path: 'taken' })).toEqual({ code: 'invalid', message: 'Report not exported: a folder called "taken.md" is in the way.' });
  });

  it('exports the client report by its plain name: no hidden note, no timing internals, no app terms', async () => {
    await h.control.ok('session.dispatch', { type: 'timer.start', activityId: 'opening-perceptions' });
    await capture(h.control, 'Inspires people to follow');
    await capture(h.control, 'Secret-aside-7Q');
    const hiddenId = noteIds((await h.control.snapshot()).session?.notes)?.at(-1) ?? '';
    await h.control.ok('session.dispatch', { type: 'note.setHidden', noteId: hiddenId, hidden: true });
    h.clock.advance(3 * 60_000);
    expect(await h.control.ok('report.export', { audience: 'client' })).toEqual({ path: CLIENT_NAME, cancelled: false });
    const markdown = await readFile(path.join(h.workspace, CLIENT_NAME), 'utf8');
    expect(markdown).toContain('- Inspires people to follow');
    expect(markdown).toContain('- **Contributions:** 1 note');
    expect(markdown).not.toContain('Secret-aside-7Q');
    expect(markdown).not.toMatch(/running|not shown to the room|Exported|planned/);
  });

  it('exports a printable HTML page of either report, with no script and the text escaped', async () => {
    await capture(h.control, '<script>alert(1)</script> & more');
    expect(await h.control.ok('report.export', { audience: 'client', format: 'html' })).toEqual({ path: 'Ops leads 2026-11-28.html', cancelled: false });
    expect(await h.control.ok('report.export', { audience: 'facilitator', format: 'html' })).toEqual({ path: 'Ops leads 2026-11-28 (facilitator record).html', cancelled: false });
    for (const name of ['Ops leads 2026-11-28.html', 'Ops leads 2026-11-28 (facilitator record).html']) {
      const html = await readFile(path.join(h.workspace, name), 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('@media print');
    }
  });

  it.each([
    [{}, 'audience missing'],
    [{ audience: 'everyone' }, 'an unknown audience'],
    [{ audience: 'client', format: 'docx' }, 'an unknown format'],
    [{ audience: 'client', facilitator: 'x'.repeat(101) }, 'a name over 100 characters'],
    [{ audience: 'client', facilitator: 42 }, 'a name that is not text'],
    [{ audience: 'client', extra: true }, 'an unknown field'],
  ])('refuses %j (%s) before writing anything', async (args, _why) => {
    const outcome = await h.control.call('report.export', args);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('invalid');
    expect(await readdir(h.workspace)).toEqual([]);
  });

  it('says in a sentence what it can export when asked for something else', async () => {
    expect(await failure(h.control, { audience: 'everyone' })).toEqual({
      code: 'invalid',
      message: 'The request "report.export" has a bad "audience": choose "client", "facilitator" or "run-sheet".',
    });
    expect(await failure(h.control, { format: 'docx' })).toEqual({
      code: 'invalid',
      message: 'The request "report.export" has a bad "format": choose "markdown", "html" or "pdf".',
    });
    expect(await failure(h.control, { facilitator: 'x'.repeat(101) })).toEqual({ code: 'invalid', message: 'Keep the facilitator’s name to 100 characters or fewer.' });
  });

  it('exports the run sheet, the plan and the script to print, as "<name> (run sheet)" in Markdown or as a printable page', async () => {
    await capture(h.control, 'Something the room said');
    expect(await h.control.ok('report.export', { audience: 'run-sheet' })).toEqual({ path: 'Ops leads 2026-11-28 (run sheet).md', cancelled: false });
    expect(await h.control.ok('report.export', { audience: 'run-sheet', format: 'html' })).toEqual({ path: 'Ops leads 2026-11-28 (run sheet).html', cancelled: false });
    const markdown = await readFile(path.join(h.workspace, 'Ops leads 2026-11-28 (run sheet).md'), 'utf8');
    expect(markdown).toContain('# Management and Leadership: two sides of the same job');
    expect(markdown).toContain('| +0:00 | 1 | ');
    expect(markdown).toContain('### Say');
    expect(markdown).not.toContain('Something the room said');
    const html = await readFile(path.join(h.workspace, 'Ops leads 2026-11-28 (run sheet).html'), 'utf8');
    expect(html).toContain('<section class="run-sheet-activity">');
    expect(html).not.toMatch(/<script/i);
  });

  it('gives the run sheet clock times from the start given at export, and refuses one that is not a time', async () => {
    expect(await h.control.ok('report.export', { audience: 'run-sheet', startsAt: '09:30', path: 'timed' })).toEqual({ path: 'timed.md', cancelled: false });
    const markdown = await readFile(path.join(h.workspace, 'timed.md'), 'utf8');
    expect(markdown).toContain('| 09:30 | 1 | ');
    expect(markdown).toContain('- **Starts:** 09:30');
    expect(await failure(h.control, { audience: 'run-sheet', startsAt: '9.30am' })).toEqual({ code: 'invalid', message: 'Write the start time as 24-hour "HH:MM", e.g. "09:30".' });
  });

  it('names the facilitator given in the dialog on the client report, trimmed, in place of the session’s', async () => {
    expect(await h.control.ok('report.export', { audience: 'client', facilitator: '  Sam Okafor  ' })).toEqual({ path: CLIENT_NAME, cancelled: false });
    expect(await readFile(path.join(h.workspace, CLIENT_NAME), 'utf8')).toContain('- **Facilitator:** Sam Okafor\n');
    await h.control.ok('report.export', { audience: 'client' });
    expect(await readFile(path.join(h.workspace, CLIENT_NAME), 'utf8')).not.toContain('Facilitator');
  });

  it('refuses a PDF with a sentence that says what to do instead, and writes nothing', async () => {
    expect(await failure(h.control, { audience: 'client', format: 'pdf' })).toEqual({
      code: 'invalid',
      message: 'PDF export is in the desktop app; export a printable page and print it to PDF from your browser.',
    });
    expect(await readdir(h.workspace)).toEqual([]);
    expect(await h.control.ok('host.capabilities')).toMatchObject({ pdfExport: false });
  });

  it('is not open to the presenter window', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    expect((await failure(presenter, {})).code).toBe('forbidden');
  });
});

describe('report.export failures', () => {
  it('says so when no session is open', async () => {
    expect(await failure(h.control, {})).toEqual({ code: 'no-session', message: 'No session is open, so there is no report to export.' });
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'Groundwork is not allowed to write to that folder'],
    ['EROFS', 'the disk is read-only'],
  ])('turns %s into a sentence and leaves nothing half-written', async (code, reason) => {
    const faulty = faultyFileSystem();
    const host = h.restart({ fileSystem: faulty.fs });
    const control = connectWindow(host, 'control');
    await startWorkshop(control);
    faulty.fail('write', code);
    expect(await failure(control, {})).toEqual({
      code: 'file',
      message: `Report not exported: ${reason} (${DEFAULT_NAME}). The session itself is not affected.`,
    });
    expect(await readdir(h.workspace)).toEqual([]);
    faulty.clear();
    expect(await control.ok('report.export', RECORD)).toEqual({ path: DEFAULT_NAME, cancelled: false });
  });
});

describe('report.export on the desktop', () => {
  function desktopHost(choose: (defaultPath: string) => Promise<string | null>, asked: string[], printer?: PdfPrinter) {
    const host = h.restart({
      mode: 'desktop',
      ...(printer ? { printer } : {}),
      dialogs: {
        chooseWhereToSave: () => Promise.resolve(path.join(h.workspace, 'Ops retro.groundwork')),
        chooseSessionToOpen: () => Promise.resolve(null),
        chooseWhereToExportReport: (defaultPath) => {
          asked.push(defaultPath);
          return choose(defaultPath);
        },
      },
    });
    return connectWindow(host, 'control');
  }

  it('asks where to save, starting beside the session file, and adds .md', async () => {
    const asked: string[] = [];
    const chosen = path.join(h.workspace, 'For the team');
    const control = desktopHost(() => Promise.resolve(chosen), asked);
    await startWorkshop(control);
    await control.ok('session.save');
    expect(await control.ok('report.export', RECORD)).toEqual({ path: `${chosen}.md`, cancelled: false });
    expect(asked).toEqual([path.join(h.workspace, 'Ops retro (facilitator record).md')]);
    expect(await readFile(`${chosen}.md`, 'utf8')).toContain('# Management and Leadership');
  });

  it('offers "<group> <date>.md" in the workspace for an untitled session, and writes nothing when cancelled', async () => {
    const asked: string[] = [];
    const control = desktopHost(() => Promise.resolve(null), asked);
    await startWorkshop(control);
    expect(await control.ok('report.export', RECORD)).toEqual({ path: null, cancelled: true });
    expect(asked).toEqual([path.join(h.workspace, DEFAULT_NAME)]);
    expect(await readdir(h.workspace)).toEqual([]);
  });

  it('prints the chosen report to a PDF through the shell’s printer and writes its bytes where the facilitator chose', async () => {
    const printed: string[] = [];
    const printer: PdfPrinter = {
      printToPdf: (html) => {
        printed.push(html);
        return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
      },
    };
    const asked: string[] = [];
    const control = desktopHost((defaultPath) => Promise.resolve(defaultPath.replace(/\.pdf$/, '')), asked, printer);
    expect(await control.ok('host.capabilities')).toMatchObject({ pdfExport: true });
    await startWorkshop(control);
    expect(await control.ok('report.export', { audience: 'client', format: 'pdf', facilitator: 'Sam Okafor' })).toEqual({
      path: path.join(h.workspace, 'Ops leads 2026-11-28.pdf'),
      cancelled: false,
    });
    expect(asked).toEqual([path.join(h.workspace, 'Ops leads 2026-11-28.pdf')]);
    expect(printed).toHaveLength(1);
    expect(printed[0]?.startsWith('<!doctype html>')).toBe(true);
    expect(printed[0]).toContain('Sam Okafor');
    expect(await readFile(path.join(h.workspace, 'Ops leads 2026-11-28.pdf'), 'utf8')).toBe('%PDF-1.7 fake');

    await control.ok('report.export', { audience: 'run-sheet', format: 'pdf' });
    expect(asked.at(-1)).toBe(path.join(h.workspace, 'Ops leads 2026-11-28 (run sheet).pdf'));
    expect(printed[1]).toContain('<section class="run-sheet-activity">');
    expect((await readdir(h.workspace)).sort()).toEqual(['Ops leads 2026-11-28 (run sheet).pdf', 'Ops leads 2026-11-28.pdf']);
  });

  it('says why when the page could not be printed, and leaves the earlier PDF as it was', async () => {
    let fail = false;
    const printer: PdfPrinter = {
      printToPdf: () => (fail ? Promise.reject(new Error('the print window crashed')) : Promise.resolve(new Uint8Array([37, 80, 68, 70]))),
    };
    const control = desktopHost((defaultPath) => Promise.resolve(defaultPath), [], printer);
    await startWorkshop(control);
    await control.ok('report.export', { audience: 'facilitator', format: 'pdf' });
    fail = true;
    const outcome = await control.call('report.export', { audience: 'facilitator', format: 'pdf' });
    expect(outcome.ok ? null : outcome.error).toEqual({
      code: 'file',
      message: 'Report not exported: the page could not be printed to PDF (the print window crashed). The session itself is not affected.',
    });
    expect(await readdir(h.workspace)).toEqual(['Ops leads 2026-11-28 (facilitator record).pdf']);
    expect(await readFile(path.join(h.workspace, 'Ops leads 2026-11-28 (facilitator record).pdf'), 'utf8')).toBe('%PDF');
  });

  it('refuses a PDF where the shell gave no printer, before asking where', async () => {
    const asked: string[] = [];
    const control = desktopHost(() => Promise.resolve(null), asked);
    expect(await control.ok('host.capabilities')).toMatchObject({ pdfExport: false });
    await startWorkshop(control);
    expect((await failure(control, { format: 'pdf' })).code).toBe('invalid');
    expect(asked).toEqual([]);
  });

  it('refuses a path the window made up instead of asking', async () => {
    const asked: string[] = [];
    const control = desktopHost(() => Promise.resolve(null), asked);
    await startWorkshop(control);
    expect(await failure(control, { path: path.join(path.dirname(h.workspace), 'sneaky.md') })).toEqual({
      code: 'forbidden',
      message: 'Choose where to save the report in the dialog.',
    });
    expect(asked).toEqual([]);
  });
});
