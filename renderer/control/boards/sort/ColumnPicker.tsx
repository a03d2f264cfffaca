import type { SortColumn } from '../../../../shared/session/types';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** How the picker writes the Alt key: ⌥ on a Mac. */
export const ALT_LABEL = mac ? '⌥' : 'Alt+';

/** The column a new note goes into: one radio button per column, each with its Alt+number shortcut. */
export function ColumnPicker({ columns, value, onChange }: { columns: readonly SortColumn[]; value: string; onChange: (columnId: string) => void }) {
  return (
    <fieldset className="column-picker" data-testid="column-picker">
      <legend className="column-picker-legend">Into column</legend>
      <div className="column-picker-options">
        {columns.map((column, index) => (
          <label key={column.id} className={`column-choice${column.id === value ? ' is-selected' : ''}`}>
            <input type="radio" name="capture-column" value={column.id} checked={column.id === value} onChange={() => onChange(column.id)} data-testid="column-choice" />
            <span className="column-choice-label">{column.label}</span>
            <kbd aria-hidden="true">
              {ALT_LABEL}
              {index + 1}
            </kbd>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
