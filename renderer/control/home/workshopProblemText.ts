import type { WorkshopFileProblem } from '../../../shared/protocol/verbs';

const NUMBERED: Record<string, string> = {
  activities: 'activity',
  columns: 'column',
  statements: 'statement',
  prompts: 'prompt',
  options: 'option',
  talkingPoints: 'talking point',
  quotes: 'quote',
  materials: 'material',
};

/**
 * A path inside a workshop file in words, counting from 1 as people do:
 * `activities[3].columns[0].label` becomes `activity 4, column 1, "label"`.
 */
export function pathInWords(path: string): string {
  const words: string[] = [];
  for (const match of path.matchAll(/([A-Za-z_$][\w$-]*)|\[(\d+)\]/g)) {
    const [, key, index] = match;
    if (index !== undefined) {
      const previous = words.pop() ?? '';
      const noun = NUMBERED[previous.replace(/"/g, '')];
      words.push(noun ? `${noun} ${Number(index) + 1}` : `${previous} item ${Number(index) + 1}`);
    } else if (key !== undefined) words.push(`"${key}"`);
  }
  return words.join(', ');
}

/** Where a problem is, for the home screen: the file, then the place inside it in words. */
export function problemPlace(problem: WorkshopFileProblem): string {
  if (problem.file === '') return 'The workshop folder';
  return problem.path === '' ? problem.file : `${problem.file}: ${pathInWords(problem.path)}`;
}
