import type { WorkshopFileProblem } from '../../../shared/protocol/verbs';
import { activityIndexOf } from './builderChecks';

/** Every problem the checks found, in file order; each one opens the activity (or the details) it is in. */
export function ProblemList({ problems, onPick }: { problems: readonly WorkshopFileProblem[]; onPick: (activityIndex: number | null) => void }) {
  if (problems.length === 0) {
    return (
      <p className="builder-no-problems" data-testid="builder-no-problems">
        No problems: this workshop can be started.
      </p>
    );
  }
  return (
    <section className="builder-problems" aria-label="Problems to fix" data-testid="builder-problems">
      <h2 className="builder-section-title">{problems.length === 1 ? '1 problem to fix' : `${problems.length} problems to fix`}</h2>
      <ul>
        {problems.map((problem, index) => {
          const activity = activityIndexOf(problem.path);
          return (
            <li key={`${problem.path}-${index}`}>
              <button type="button" className="btn-link builder-problem" onClick={() => onPick(activity)}>
                {activity === null ? 'Workshop' : `Activity ${activity + 1}`}: {problem.message}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
