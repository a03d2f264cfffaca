import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectCleanLayout } from './support/layoutCheck';

/** Review pictures of the export dialog and of each printable page as printed. */
const shots = path.join(import.meta.dirname, '../../.tmp/shots/report');

/** The built-in workshop as shipped (read as data, so this spec does not depend on how the app bundles it). */
const workshop = JSON.parse(readFileSync('shared/workshop/builtin/management-and-leadership.workshop.json', 'utf8')) as {
  title: string;
  materials?: string[];
  activities: { kind: string; title: string; quotes?: { text: string; by: string }[] }[];
};
/** A discussion activity of the built-in workshop: plain capture, the same in every version of the control view. */
const discussionIndex = workshop.activities.findIndex((activity) => activity.kind === 'discussion');
const discussion = workshop.activities[discussionIndex] ?? { kind: 'discussion', title: '(the built-in workshop has no discussion)' };

/** The single report in the workspace folder (or the one in `folder` under it). */
function reportIn(folder: string): { name: string; text: string } {
  const names = readdirSync(folder).filter((name) => name.endsWith('.md'));
  expect(names, `one report in ${folder}`).toHaveLength(1);
  const name = names[0] ?? '';
  return { name, text: readFileSync(path.join(folder, name), 'utf8') };
}

test.describe('exporting the session report', () => {
  test('exports mid-session to the workspace, says where, and the file holds what was entered', async ({ control, server }) => {
    await control.createSession('Ops leads', '2026-11-28');
    await control.agendaItems.nth(discussionIndex).click();
    await expect(control.activityTitle).toHaveText(discussion.title);
    await control.toggleTimer('Pause');
    await control.capture('Managers keep the trains running');
    await control.capture('Leaders ask <b>why</b> & [listen](javascript:alert(1))');

    await control.page.getByTestId('export-report').click();
    // The choice: the client report is chosen and focused; the facilitator record is picked with the arrow key.
    await expect(control.page.getByTestId('report-audience-client')).toBeChecked();
    await expect(control.page.getByTestId('report-audience-client')).toBeFocused();
    await control.page.keyboard.press('ArrowDown');
    await expect(control.page.getByTestId('report-audience-facilitator')).toBeChecked();
    await control.page.getByTestId('export-report-confirm').click();
    await expect(control.toast('Facilitator record exported to the workspace: Ops leads 2026-11-28 (facilitator record).md')).toBeVisible();

    const report = reportIn(server.workspace);
    expect(report.name).toBe('Ops leads 2026-11-28 (facilitator record).md');
    expect(report.text.startsWith(`# ${workshop.title}`)).toBe(true);
    expect(report.text).toContain('- **Group:** Ops leads');
    expect(report.text).toContain('- **Date:** 28 November 2026');
    expect(report.text).toContain(`(running) |`);
    expect(report.text).toContain('- Managers keep the trains running\n');
    expect(report.text).toContain('- Leaders ask \\<b>why\\</b> & \\[listen\\](javascript\\:alert(1))\n');
  });

  test('exports the client report by default with Enter, and a printable page of it when chosen', async ({ control, server }) => {
    await control.createSession('Ops leads', '2026-11-28');
    await control.agendaItems.nth(discussionIndex).click();
    await control.capture('Said to the room');
    await control.capture('Kept back from the room');
    await control.note('Kept back from the room').getByTestId('note-visibility').click();
    await expect(control.note('Kept back from the room')).toContainText('Hidden from projector');

    await control.page.getByTestId('export-report').click();
    await control.page.keyboard.press('Enter');
    await expect(control.toast('Client report exported to the workspace: Ops leads 2026-11-28.md')).toBeVisible();
    const report = reportIn(server.workspace);
    expect(report.name).toBe('Ops leads 2026-11-28.md');
    expect(report.text).toContain('- Said to the room\n');
    expect(report.text).not.toContain('Kept back from the room');
    expect(report.text).not.toContain('(running)');

    await control.page.getByTestId('export-report').click();
    await control.page.getByTestId('report-format-html').check();
    await control.page.getByTestId('export-report-confirm').click();
    await expect(control.toast('Client report exported to the workspace: Ops leads 2026-11-28.html')).toBeVisible();
    const html = readFileSync(path.join(server.workspace, 'Ops leads 2026-11-28.html'), 'utf8');
    expect(html).toContain('<li>Said to the room</li>');
    expect(html).not.toContain('Kept back from the room');
    expect(html).not.toMatch(/<script/i);
  });

  test('Ctrl+E exports again beside the saved session file, replacing the earlier report with what is there now', async ({ control, server }) => {
    await control.createSession('Ops leads', '2026-11-28');
    await control.agendaItems.nth(discussionIndex).click();
    await control.capture('First thought');
    await control.saveAs('Ops retro');

    await control.captureInput.focus();
    await control.page.keyboard.press('Control+E');
    await control.page.keyboard.press('Enter');
    await expect(control.toast('Client report exported to the workspace: Ops retro.md')).toBeVisible();
    expect(reportIn(server.workspace).text).toContain('- First thought\n');

    await control.capture('Second thought, after the first export');
    await control.page.keyboard.press('Control+E');
    await control.page.keyboard.press('Enter');
    await expect.poll(() => reportIn(server.workspace).text, { message: 'the second export replaces the report' }).toContain('Second thought');
    const report = reportIn(server.workspace);
    expect(report.name).toBe('Ops retro.md');
    expect(report.text).toContain('- First thought\n- Second thought, after the first export\n');
  });

  test('exports the run sheet to print before the session, and the client report with the facilitator’s name; pictures of each as printed', async ({ control, server }) => {
    await control.createSession('Ops leads', '2026-11-28');
    await control.agendaItems.nth(discussionIndex).click();
    await control.capture('Said to the room');

    await control.page.getByTestId('export-report').click();
    const dialog = control.page.getByTestId('export-report-dialog');
    await expect(dialog.getByRole('group', { name: 'What to export' })).toBeVisible();
    // Browser mode cannot print to PDF; the dialog does not offer it.
    await expect(control.page.getByTestId('report-format-pdf')).toHaveCount(0);
    // The client report first, with the facilitator's name; Enter in the name exports.
    await control.page.getByTestId('report-audience-client').check();
    await control.page.getByTestId('report-format-html').check();
    await control.page.getByTestId('report-facilitator-name').fill('  Sam Okafor ');
    await control.page.getByTestId('report-facilitator-name').press('Enter');
    await expect(control.toast('Client report exported to the workspace: Ops leads 2026-11-28.html')).toBeVisible();
    expect(readFileSync(path.join(server.workspace, 'Ops leads 2026-11-28.html'), 'utf8')).toContain('<strong>Facilitator:</strong> Sam Okafor');

    // The run sheet asks when the session starts instead, and times the plan from it.
    await control.page.getByTestId('export-report').click();
    await expect(control.page.getByTestId('report-facilitator-name'), 'the name is remembered on this computer').toHaveValue('Sam Okafor');
    await control.page.getByTestId('report-audience-run-sheet').check();
    await control.page.getByTestId('report-format-html').check();
    await control.page.getByLabel('Starts at').fill('09:30');
    mkdirSync(shots, { recursive: true });
    await expectCleanLayout(control.page, 'export dialog');
    await dialog.screenshot({ path: path.join(shots, 'export-dialog.png') });
    await expect(control.page.getByTestId('export-report-confirm')).toHaveText('Export run sheet');
    await control.page.getByTestId('export-report-confirm').click();
    await expect(control.toast('Run sheet exported to the workspace: Ops leads 2026-11-28 (run sheet).html')).toBeVisible();
    const sheet = readFileSync(path.join(server.workspace, 'Ops leads 2026-11-28 (run sheet).html'), 'utf8');
    expect(sheet).not.toContain('Said to the room');
    expect(sheet).not.toMatch(/<script/i);
    expect(sheet.match(/<section class="run-sheet-activity">/g)).toHaveLength(workshop.activities.length);
    expect(sheet).toContain('<td style="text-align:right">09:30</td>');

    await control.page.getByTestId('export-report').click();
    await control.page.getByTestId('report-audience-facilitator').check();
    await control.page.getByTestId('report-format-html').check();
    await control.page.getByTestId('export-report-confirm').click();
    await expect(control.toast('Facilitator record exported to the workspace: Ops leads 2026-11-28 (facilitator record).html')).toBeVisible();

    const printed = await control.page.context().newPage();
    for (const [name, file] of [
      ['run-sheet', 'Ops leads 2026-11-28 (run sheet).html'],
      ['client-report', 'Ops leads 2026-11-28.html'],
      ['facilitator-record', 'Ops leads 2026-11-28 (facilitator record).html'],
    ] as const) {
      await printPicture(printed, path.join(server.workspace, file), name);
    }
    // The run sheet as printed: every quote with who said it, the workshop's materials at the top.
    await printed.goto(pathToFileURL(path.join(server.workspace, 'Ops leads 2026-11-28 (run sheet).html')).href);
    await printed.emulateMedia({ media: 'print' });
    const firstQuoted = workshop.activities.find((activity) => (activity.quotes ?? []).length > 0);
    const quote = firstQuoted?.quotes?.[0];
    if (quote) await expect(printed.locator('blockquote').filter({ hasText: quote.by }).first()).toBeVisible();
    for (const item of workshop.materials ?? []) await expect(printed.locator('h2:has-text("Materials for the whole session") + ul')).toContainText(item);
    await printed.close();
  });

  test('a report that cannot be written gets an error toast that says why, and the session goes on', async ({ control, server }) => {
    await control.createSession('Ops leads', '2026-11-28');
    mkdirSync(path.join(server.workspace, 'Ops leads 2026-11-28.md'));
    await control.page.getByTestId('export-report').click();
    await control.page.getByTestId('export-report-confirm').click();
    await expect(control.toast('Report not exported: a folder called "Ops leads 2026-11-28.md" is in the way.')).toBeVisible();
    await control.agendaItems.nth(discussionIndex).click();
    await control.capture('Still capturing');
  });
});

/** Opens a printable page as a browser would print it, and keeps a picture of the whole page in .tmp/shots/report/. */
async function printPicture(page: Page, file: string, name: string): Promise<void> {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto(pathToFileURL(file).href);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(shots, `${name}-print.png`), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: path.join(shots, `${name}-screen.png`), fullPage: true });
}
