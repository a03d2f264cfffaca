import { useId } from 'react';
import type { ReactNode } from 'react';
import { useBuilderFields } from './builderContext';
import { getAt, pathText, withoutItem } from './workshopDocument';
import type { FieldPath } from './workshopDocument';

/** The problems at a place, under its field, read out when they appear. */
export function FieldProblems({ id, problems }: { id: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="builder-field-problems" id={id} role="status" data-testid="field-problem">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

interface TextFieldProps {
  label: string;
  path: FieldPath;
  multiline?: boolean;
  hint?: string;
  placeholder?: string;
  rows?: number;
  /** For a field the file may leave out: what an empty box means. */
  emptyMeans?: string;
}

/** A text field bound to a place in the document, with its problems under it. */
export function TextField({ label, path, multiline = false, hint, placeholder, rows = 3 }: TextFieldProps) {
  const { document, change, problemsAt } = useBuilderFields();
  const id = useId();
  const value = getAt(document, path);
  const problems = problemsAt(pathText(path));
  const common = {
    id,
    className: 'input',
    value: textOf(value),
    placeholder,
    'aria-invalid': problems.length > 0 ? true : undefined,
    'aria-describedby': problems.length > 0 ? `${id}-problems` : hint ? `${id}-hint` : undefined,
  } as const;
  return (
    <div className="builder-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea {...common} rows={rows} onChange={(event) => change(path, event.target.value)} /> : <input {...common} onChange={(event) => change(path, event.target.value)} />}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/**
 * A whole-number field. What was typed is kept as typed when it is not a number, so the checks can say so at the
 * field (a number box that silently dropped it would lose the facilitator's edit).
 */
export function NumberField({ label, path, min, max, suffix }: { label: string; path: FieldPath; min?: number; max?: number; suffix?: string }) {
  const { document, change, problemsAt } = useBuilderFields();
  const id = useId();
  const value = getAt(document, path);
  const problems = problemsAt(pathText(path));
  return (
    <div className="builder-field builder-field-number">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <span className="builder-number">
        <input
          id={id}
          className="input"
          inputMode="numeric"
          value={textOf(value)}
          min={min}
          max={max}
          aria-invalid={problems.length > 0 ? true : undefined}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          onChange={(event) => {
            const text = event.target.value.trim();
            change(path, /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text === '' ? undefined : event.target.value);
          }}
        />
        {suffix ? <span className="builder-number-suffix">{suffix}</span> : null}
      </span>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** A yes/no field. */
export function CheckboxField({ label, path, defaultValue }: { label: string; path: FieldPath; defaultValue: boolean }) {
  const { document, change } = useBuilderFields();
  const value = getAt(document, path);
  return (
    <label className="builder-check">
      <input type="checkbox" checked={typeof value === 'boolean' ? value : defaultValue} onChange={(event) => change(path, event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

interface ListFieldProps {
  /** The list's name, e.g. "Talking points". */
  label: string;
  path: FieldPath;
  /** What one item is called, for the buttons: "Add a talking point", "Remove talking point 2". */
  itemName: string;
  /** A new item for the list as it stands. */
  newItem: (items: readonly unknown[]) => unknown;
  /** Draws one item's fields, given its path. */
  renderItem: (itemPath: FieldPath, index: number) => ReactNode;
  hint?: string;
}

/** A list the facilitator adds to and removes from, each item with its own fields and problems. */
export function ListField({ label, path, itemName, newItem, renderItem, hint }: ListFieldProps) {
  const { document, change, problemsAt } = useBuilderFields();
  const id = useId();
  const raw = getAt(document, path);
  const items = Array.isArray(raw) ? (raw as unknown[]) : [];
  const problems = problemsAt(pathText(path));
  return (
    <fieldset className="builder-list" aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}>
      <legend className="field-label">{label}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <ol className="builder-list-items">
        {items.map((_, index) => (
          <li key={index} className="builder-list-item">
            <div className="builder-list-item-fields">{renderItem([...path, index], index)}</div>
            <button type="button" className="btn btn-small btn-quiet" aria-label={`Remove ${itemName} ${index + 1}`} onClick={() => change(path, withoutItem(items, index))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn-small" onClick={() => change(path, [...items, newItem(items)])}>
        Add {/^[aeiou]/i.test(itemName) ? 'an' : 'a'} {itemName}
      </button>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}

/** What a box shows for a value of the document: text as it is, a number or true/false written out, nothing for the rest. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
