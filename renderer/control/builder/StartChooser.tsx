import { useEffect, useRef } from 'react';
import { methodById } from '../../../shared/workshop/methodLibrary';
import { WORKSHOP_TEMPLATES } from '../../../shared/workshop/workshopTemplates';
import { formatMinutes } from '../../ui/format';
import { blankWorkshop, workshopFromTemplate } from './workshopDocument';
import type { WorkshopDocument } from './workshopDocument';

/** The first step of a new workshop: blank, or one of the templates (each a common session shape made of library methods). */
export function StartChooser({ onChoose, onCancel }: { onChoose: (document: WorkshopDocument) => void; onCancel: () => void }) {
  // The button that opened this screen is gone: the keyboard continues on the first choice.
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="builder builder-start">
      <main className="builder-start-card card" aria-labelledby="builder-start-title">
        <h1 id="builder-start-title" className="card-title">
          New workshop
        </h1>
        <p className="muted">Start from a blank agenda, or from a common session shape you then change.</p>
        <ul className="builder-start-list">
          <li>
            <button type="button" className="builder-start-option" onClick={() => onChoose(blankWorkshop())} ref={first}>
              <span className="builder-start-name">Blank workshop</span>
              <span className="builder-start-summary">An empty agenda: add activities from the method library.</span>
            </button>
          </li>
          {WORKSHOP_TEMPLATES.map((template) => (
            <li key={template.id}>
              <button type="button" className="builder-start-option" onClick={() => onChoose(workshopFromTemplate(template, methodById))}>
                <span className="builder-start-name">{template.name}</span>
                <span className="builder-start-summary">{template.summary}</span>
                <span className="builder-start-meta">
                  {template.methodIds.length} activities · for {formatMinutes(template.availableMinutes)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div>
          <button type="button" className="btn btn-quiet" onClick={onCancel}>
            ← Back to the workshops
          </button>
        </div>
      </main>
    </div>
  );
}
