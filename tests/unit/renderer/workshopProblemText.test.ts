import { describe, expect, it } from 'vitest';
import { pathInWords, problemPlace } from '../../../renderer/control/home/workshopProblemText';

describe('where a workshop-file problem is, in words', () => {
  it.each([
    ['activities[3].kind', 'activity 4, "kind"'],
    ['activities[2].columns[0].label', 'activity 3, column 1, "label"'],
    ['activities[5].statements[1].id', 'activity 6, statement 2, "id"'],
    ['activities[0].script.watchfor', 'activity 1, "script", "watchfor"'],
    ['activities[1].talkingPoints[2]', 'activity 2, talking point 3'],
    ['title', '"title"'],
    ['', ''],
  ])('%s reads as %s', (path, words) => {
    expect(pathInWords(path)).toBe(words);
  });

  it('names the file, and the folder for problems that are not about one file', () => {
    expect(problemPlace({ file: 'a.workshop.json', path: 'activities[0].title', message: 'x' })).toBe('a.workshop.json: activity 1, "title"');
    expect(problemPlace({ file: 'a.workshop.json', path: '', message: 'The file is empty.' })).toBe('a.workshop.json');
    expect(problemPlace({ file: '', path: '', message: 'The workshop folder is not there any more.' })).toBe('The workshop folder');
  });
});
