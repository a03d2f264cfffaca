import type { WorkshopFileProblem } from '../../../shared/protocol/verbs';
import { problemPlace } from './workshopProblemText';

/** The workshop files that could not be used, each with where the problem is and what to change. */
export function WorkshopProblems({ problems }: { problems: WorkshopFileProblem[] }) {
  if (problems.length === 0) return null;
  // A file may have several problems; the heading counts files.
  const files = new Set(problems.filter((problem) => problem.file !== '').map((problem) => problem.file)).size;
  const heading = files === 0 ? 'The workshop folder has a problem' : `${files} workshop ${files === 1 ? 'file' : 'files'} could not be used`;
  return (
    <section className="workshop-problems" data-testid="workshop-problems" aria-label="Workshop files with problems">
      <p className="workshop-problems-title">{heading}</p>
      <ul className="workshop-problem-list">
        {problems.map((problem, index) => (
          <li key={`${problem.file}|${problem.path}|${index}`} className="workshop-problem" data-testid="workshop-problem" data-file={problem.file}>
            <span className="workshop-problem-place">{problemPlace(problem)}</span>
            <span className="workshop-problem-message">{problem.message}</span>
            {problem.path ? <code className="workshop-problem-path">{problem.path}</code> : null}
          </li>
        ))}
      </ul>
      {files > 0 ? <p className="field-hint">Fix the file in a text editor, then press Refresh. Nothing from a file with a problem is used.</p> : null}
    </section>
  );
}
