import type { ActivityKind } from '../../../shared/session/types';
import { KIND_NAMES } from '../../../shared/kinds/kindNames';
import { METHODS } from '../../../shared/workshop/methodLibrary';
import type { Method } from '../../../shared/workshop/methodLibrary';
import './methodLibrary.css';

/** The method library as a list: each method's name, kind, minutes, what it is for and its source, with an Add button. Used by the live agenda and the builder. */
export function MethodList({ onAdd, disabled = false }: { onAdd: (method: Method) => void; disabled?: boolean }) {
  return (
    <ul className="library-list" tabIndex={0} aria-label="Methods" data-testid="library-list">
      {METHODS.map((method) => {
        const kind = String(method.activity.kind) as ActivityKind;
        return (
          <li key={method.id} className="library-method" data-testid="library-method">
            <div className="library-method-text">
              <span className="library-method-name">{method.name}</span>
              <span className="library-method-meta">
                {KIND_NAMES[kind]?.control ?? kind} · {String(method.activity.plannedMinutes)} min
              </span>
              <span className="library-method-summary">{method.summary}</span>
              <span className="library-method-source">{method.source}</span>
            </div>
            <button type="button" className="btn btn-small" aria-label={`Add ${method.name}`} disabled={disabled} onClick={() => onAdd(method)}>
              Add
            </button>
          </li>
        );
      })}
    </ul>
  );
}
