import { useUndoCommands, useUndoStatus } from './useUndoCommands';
import './undoButtons.css';

/** Undo and Redo in the top bar (icons), each naming the step it would take back or bring again ("Undo: delete note “Feedback weekly”"). */
export function UndoButtons() {
  const history = useUndoStatus();
  const { undo, redo } = useUndoCommands();
  const undoName = history?.undo ? `Undo: ${history.undo.label}` : 'Nothing to undo';
  const redoName = history?.redo ? `Redo: ${history.redo.label}` : 'Nothing to redo';
  return (
    <div className="button-group" role="group" aria-label="Undo and redo">
      <button type="button" className="btn btn-history" data-testid="undo" onClick={undo} disabled={!history?.undo} aria-label={undoName} title={undoName}>
        <span aria-hidden="true">↶</span>
      </button>
      <button type="button" className="btn btn-history" data-testid="redo" onClick={redo} disabled={!history?.redo} aria-label={redoName} title={redoName}>
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
