/** What the Save / Cancel pair of an inline edit form needs. */
export interface EditFormButtonsProps {
  onCancel: () => void;
  /** Save is greyed out while there is nothing to save. */
  saveDisabled?: boolean;
  saveTestId?: string;
  /** `span` where the form lays its fields out in a row. */
  as?: 'div' | 'span';
}

/** The Save (submits the form) and Cancel buttons every inline edit form ends with. */
export function EditFormButtons({ onCancel, saveDisabled = false, saveTestId, as: Wrapper = 'div' }: EditFormButtonsProps) {
  return (
    <Wrapper className="note-actions">
      <button type="submit" className="btn btn-small btn-primary" disabled={saveDisabled} data-testid={saveTestId}>
        Save
      </button>
      <button type="button" className="btn btn-small" onClick={onCancel}>
        Cancel
      </button>
    </Wrapper>
  );
}
