import type { WorkshopSummary } from '../../../shared/protocol/verbs';
import { formatMinutes } from '../../ui/format';

/** The workshops to choose from, as radio buttons: built-in ones first, then the folder's, each marked with where it comes from. */
export function WorkshopOptions({ workshops, selectedId, onSelect }: { workshops: WorkshopSummary[]; selectedId: string; onSelect: (id: string) => void }) {
  return (
    <div className="workshop-options" data-testid="workshop-options">
      {workshops.map((workshop) => (
        <label key={workshop.id} className={`workshop-option${workshop.id === selectedId ? ' is-selected' : ''}`} data-testid="workshop-option" data-workshop-id={workshop.id}>
          <input type="radio" name="workshop" value={workshop.id} checked={workshop.id === selectedId} onChange={() => onSelect(workshop.id)} />
          <span className="workshop-body">
            <span className="workshop-title">{workshop.title}</span>
            {workshop.summary ? <span className="workshop-summary">{workshop.summary}</span> : null}
            {workshop.source ? (
              // Long credits are cut to two lines; hovering shows the whole of it.
              <span className="workshop-source" title={workshop.source} data-testid="workshop-source">
                {workshop.source}
              </span>
            ) : null}
            <span className="workshop-meta">
              <span className={`workshop-origin workshop-origin-${workshop.origin}`} data-testid="workshop-origin">
                {workshop.origin === 'built-in' ? 'Built in' : 'From your folder'}
              </span>
              {workshop.fileName ? <span className="workshop-file">{workshop.fileName}</span> : null}
              <span>
                {workshop.activityTitles.length} {workshop.activityTitles.length === 1 ? 'activity' : 'activities'} · {formatMinutes(workshop.totalMinutes)}
              </span>
            </span>
          </span>
        </label>
      ))}
    </div>
  );
}
