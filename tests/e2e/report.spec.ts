import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';

/** The built-in workshop as shipped (read as data, so this spec does not depend on how the app bundles it). */
const workshop = JSON.parse(readFileSync('shared/workshop/builtin/management-and-leadership.workshop.json', 'utf8')) as {
  title: string;
  activities: { kind: string; title: string }[];
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
