import { describe, expect, it } from 'vitest';
import { fileNameProblem, safeFileName } from '../../../shared/util/fileNames';

describe('one rule for file names on Windows, macOS and Linux', () => {
  it.each(['CON.groundwork', 'AUX.groundwork', 'nul.groundwork', 'COM1.txt.groundwork', 'lpt9.md', 'Con .md', 'CONIN$.groundwork', 'COM¹.md'])('refuses the Windows device name %s', (name) => {
    expect(fileNameProblem(name)).toMatch(/is a name Windows keeps for a device, so the file could not be opened there\. Add a word, for example ".+ notes"\./);
  });

  it.each([
    ['a line break', 'a\nb.groundwork', 'The name contains a line break, a tab or another invisible control character. Type it again on one line.'],
    ['a tab', 'a\tb.groundwork', 'The name contains a line break, a tab or another invisible control character. Type it again on one line.'],
    ['a right-to-left override', 'report\u202Edm.exe.md', 'The name contains an invisible mark that reverses the direction of the text, which can make a name look like another. Type it again without it.'],
    ['characters Windows refuses', 'Q3: plan?.groundwork', 'The name contains : ?, which Windows does not allow in file names. Leave them out or use a dash.'],
    ['a leading dot', '.hidden.groundwork', 'Give the file a name that does not start with a dot.'],
    ['a trailing dot', 'notes.', 'The name ends with a dot or a space, which Windows drops. Remove it.'],
    ['half a character', 'a\uD800.groundwork', 'The name contains a broken character. Type it again.'],
    ['a name too long for Linux', `${'é'.repeat(120)}.groundwork`, 'The name is too long for some systems. Shorten it.'],
  ])('refuses %s with a sentence saying what to change', (_what, name, problem) => {
    expect(fileNameProblem(name)).toBe(problem);
  });

  it.each(['Retro notes.groundwork', 'Équipe Nord ✨ 2026-11-28.md', 'CONTACTS.groundwork', 'con-notes.md', 'COM10.groundwork', '👩‍👩‍👧 family.md'])('accepts %s', (name) => {
    expect(fileNameProblem(name)).toBeNull();
  });

  it('makes names from free text that pass the rule', () => {
    expect(safeFileName('Ops\u202E leads\n2026-11-28', '.md', 'Report')).toBe('Ops leads 2026-11-28.md');
    expect(safeFileName('nul', '.md', 'Report')).toBe('nul_.md');
    expect(safeFileName('  ..Team: A/B?  ', '.groundwork', 'Session')).toBe('Team A B.groundwork');
    expect(safeFileName('\u202E\t', '.md', 'Report')).toBe('Report.md');
    for (const raw of ['CON', 'a'.repeat(400), 'x.', ' \u2066evil\u2069 ', 'é'.repeat(300)]) expect(fileNameProblem(safeFileName(raw, '.md', 'Report'))).toBeNull();
  });
});
