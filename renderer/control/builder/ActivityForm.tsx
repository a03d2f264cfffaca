import { KIND_NAMES } from '../../../shared/kinds/kindNames';
import type { ActivityKind } from '../../../shared/session/types';
import { useBuilderFields } from './builderContext';
import { FieldProblems, ListField, NumberField, TextField } from './fields';
import { KIND_FORMS } from './kindForms';
import { getAt, pathText } from './workshopDocument';

/** Whether a value names a kind the builder has a form for (own keys only: the document may come from any file). */
function isKind(value: unknown): value is ActivityKind {
  return typeof value === 'string' && Object.hasOwn(KIND_NAMES, value);
}

/** One activity's form: what the room sees, the timing, the facilitator's script, then the fields of its kind. */
export function ActivityForm({ index }: { index: number }) {
  const { document, problemsAt } = useBuilderFields();
  const path = ['activities', index] as const;
  const kind = getAt(document, [...path, 'kind']);
  const KindFields = isKind(kind) ? KIND_FORMS[kind] : null;
  const activityProblems = problemsAt(pathText(path));
  return (
    <div className="builder-form-body" data-testid="activity-form">
      <p className="builder-kind">{isKind(kind) ? KIND_NAMES[kind].control : `Unknown kind “${String(kind)}”`}</p>
      <FieldProblems id={`activity-${index}-problems`} problems={activityProblems} />
      <section className="builder-section" aria-label="What the room sees">
        <div className="builder-row">
          <TextField label="Title" path={[...path, 'title']} />
          <NumberField label="Planned time" path={[...path, 'plannedMinutes']} min={1} suffix="min" />
        </div>
        <TextField label="Prompt on the projector" path={[...path, 'prompt']} multiline rows={2} />
      </section>
      {KindFields ? (
        <section className="builder-section" aria-label={`${isKind(kind) ? KIND_NAMES[kind].control : 'Activity'} settings`}>
          <KindFields path={path} index={index} />
        </section>
      ) : null}
      <section className="builder-section" aria-label="Your script">
        <h2 className="builder-section-title">Your script (only you see it)</h2>
        <TextField label="What to say" path={[...path, 'script', 'say']} multiline rows={3} />
        <TextField label="Watch for" path={[...path, 'script', 'watchFor']} multiline rows={2} />
        <div className="builder-row">
          <TextField label="If the group is small" path={[...path, 'script', 'shortGroup']} multiline rows={2} />
          <TextField label="If the group is large" path={[...path, 'script', 'largeGroup']} multiline rows={2} />
        </div>
        <ListField
          label="Talking points"
          path={[...path, 'talkingPoints']}
          itemName="talking point"
          newItem={() => ''}
          renderItem={(item, at) => <TextField label={`Talking point ${at + 1}`} path={item} />}
        />
      </section>
    </div>
  );
}

/** The workshop's own fields: title, summary, where it comes from, and the file it is saved as. */
export function WorkshopDetailsForm({ fileName, onFileName, fileNameFixed }: { fileName: string; onFileName: (name: string) => void; fileNameFixed: boolean }) {
  return (
    <div className="builder-form-body" data-testid="workshop-form">
      <TextField label="Workshop title" path={['title']} placeholder="e.g. Team retrospective" />
      <TextField label="Summary" path={['summary']} multiline rows={2} hint="One or two lines: shown when you choose a workshop." />
      <TextField label="Source and credits" path={['source']} multiline rows={2} hint="Who wrote it and what it draws on; printed in the report." />
      <div className="builder-field">
        <label className="field-label" htmlFor="builder-file-name">
          File name
        </label>
        <input id="builder-file-name" className="input" value={fileName} readOnly={fileNameFixed} onChange={(event) => onFileName(event.target.value)} />
        <p className="field-hint">{fileNameFixed ? 'Saved back to this file in your workshop folder.' : 'Saved in your workshop folder under this name; it must end in .workshop.json.'}</p>
      </div>
    </div>
  );
}
