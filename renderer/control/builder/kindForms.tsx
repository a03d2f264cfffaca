import type { ComponentType } from 'react';
import type { ActivityKind } from '../../../shared/session/types';
import { useBuilderFields } from './builderContext';
import { CheckboxField, ListField, NumberField, TextField } from './fields';
import { activitiesOf, freeId, getAt } from './workshopDocument';
import type { FieldPath } from './workshopDocument';

/** What a kind's form is given: the activity's path in the document and its place in the agenda. */
export interface KindFormProps {
  path: FieldPath;
  index: number;
}

/** Items of a list as records, to find a free id among them. */
const records = (items: readonly unknown[]): Record<string, unknown>[] => items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);

function SortFields({ path }: KindFormProps) {
  return (
    <ListField
      label="Columns (2 to 4)"
      path={[...path, 'columns']}
      itemName="column"
      hint="Notes are sorted into these. The description is one line under the name on the projector."
      newItem={(items) => ({ id: freeId(`column-${items.length + 1}`, records(items)), label: `Column ${items.length + 1}`, description: '' })}
      renderItem={(item, index) => (
        <>
          <TextField label={`Column ${index + 1} name`} path={[...item, 'label']} />
          <TextField label={`Column ${index + 1} description`} path={[...item, 'description']} />
        </>
      )}
    />
  );
}

function AxisFields({ path, name }: { path: FieldPath; name: string }) {
  return (
    <div className="builder-row">
      <TextField label={`${name} axis name`} path={[...path, 'label']} />
      <TextField label={`${name}: low end`} path={[...path, 'from']} />
      <TextField label={`${name}: high end`} path={[...path, 'to']} />
    </div>
  );
}

function MapFields({ path }: KindFormProps) {
  const { document, change } = useBuilderFields();
  const y = getAt(document, [...path, 'y']);
  const quadrants = getAt(document, [...path, 'quadrants']);
  return (
    <>
      <AxisFields path={[...path, 'x']} name="Across" />
      <label className="builder-check">
        <input type="checkbox" checked={typeof y === 'object' && y !== null} onChange={(event) => change([...path, 'y'], event.target.checked ? { label: '', from: 'Low', to: 'High' } : null)} />
        <span>A second axis (up and down): a 2×2 map</span>
      </label>
      {typeof y === 'object' && y !== null ? <AxisFields path={[...path, 'y']} name="Up" /> : null}
      <label className="builder-check">
        <input
          type="checkbox"
          checked={typeof quadrants === 'object' && quadrants !== null}
          onChange={(event) => change([...path, 'quadrants'], event.target.checked ? { topLeft: '', topRight: '', bottomLeft: '', bottomRight: '' } : null)}
        />
        <span>Name the four quadrants</span>
      </label>
      {typeof quadrants === 'object' && quadrants !== null ? (
        <div className="builder-grid-2">
          <TextField label="Top left" path={[...path, 'quadrants', 'topLeft']} />
          <TextField label="Top right" path={[...path, 'quadrants', 'topRight']} />
          <TextField label="Bottom left" path={[...path, 'quadrants', 'bottomLeft']} />
          <TextField label="Bottom right" path={[...path, 'quadrants', 'bottomRight']} />
        </div>
      ) : null}
    </>
  );
}

function VoteFields({ path, index }: KindFormProps) {
  const { document, change } = useBuilderFields();
  const earlier = activitiesOf(document).slice(0, index);
  const from = getAt(document, [...path, 'optionsFrom']);
  return (
    <>
      <div className="builder-field">
        <label className="field-label" htmlFor={`options-from-${index}`}>
          Vote on
        </label>
        <select
          id={`options-from-${index}`}
          className="input"
          value={typeof from === 'string' ? from : ''}
          onChange={(event) => change([...path, 'optionsFrom'], event.target.value === '' ? null : event.target.value)}
        >
          <option value="">Only the options listed below</option>
          {earlier.map((activity, at) => (
            <option key={`${String(activity.id)}-${at}`} value={String(activity.id)}>
              The notes of “{String(activity.title)}”
            </option>
          ))}
        </select>
      </div>
      <ListField
        label="Options"
        path={[...path, 'options']}
        itemName="option"
        newItem={(items) => `Option ${items.length + 1}`}
        renderItem={(item, at) => <TextField label={`Option ${at + 1}`} path={item} />}
      />
      <NumberField label="Dots per person" path={[...path, 'dotsPerPerson']} min={1} max={100} />
      <CheckboxField label="Hide the results until I reveal them" path={[...path, 'hideResultsUntilRevealed']} defaultValue />
    </>
  );
}

function ScaleFields({ path }: KindFormProps) {
  return (
    <>
      <div className="builder-row">
        <NumberField label="Lowest point" path={[...path, 'min']} min={0} max={100} />
        <TextField label="It means" path={[...path, 'minLabel']} placeholder="e.g. not at all" />
        <NumberField label="Highest point" path={[...path, 'max']} min={1} max={100} />
        <TextField label="It means" path={[...path, 'maxLabel']} placeholder="e.g. fully" />
      </div>
      <ListField
        label="Statements"
        path={[...path, 'statements']}
        itemName="statement"
        newItem={(items) => ({ id: freeId(`statement-${items.length + 1}`, records(items)), text: '' })}
        renderItem={(item, at) => <TextField label={`Statement ${at + 1}`} path={[...item, 'text']} />}
      />
    </>
  );
}

function ReflectionFields({ path }: KindFormProps) {
  return (
    <>
      <ListField
        label="Questions to reflect on"
        path={[...path, 'prompts']}
        itemName="question"
        newItem={() => ''}
        renderItem={(item, at) => <TextField label={`Question ${at + 1}`} path={item} />}
      />
      <div className="builder-row">
        <NumberField label="Writing alone" path={[...path, 'writingMinutes']} min={1} suffix="min" />
        <NumberField label="In pairs (0: no pairs)" path={[...path, 'pairMinutes']} min={0} suffix="min" />
      </div>
    </>
  );
}

/**
 * Each kind's own fields in the builder, one line per kind, keyed by every registered kind so a new kind without a
 * form fails typecheck (null for a kind with no fields of its own). The fields every kind has (title, prompt, minutes, script) are drawn by ActivityForm.
 */
export const KIND_FORMS: { readonly [K in ActivityKind]: ComponentType<KindFormProps> | null } = {
  // null: the kind has no fields of its own.
  discussion: null,
  sort: SortFields,
  map: MapFields,
  vote: VoteFields,
  reflection: ReflectionFields,
  scale: ScaleFields,
  commitments: null,
  break: null,
};

