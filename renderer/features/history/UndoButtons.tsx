import { useUndoCommands, useUndoStatus } from './useUndoCommands';

/** Undo and Redo in the top bar, each naming the step it would take back or bring again ("Undo: delete note “Feedback weekly”"). */
export function UndoButtons() {
  const history = useUndoStatus();
  const { undo, redo } = useUndoCommands();
  const undoName = history?.undo ? `Undo: ${history.undo.label}` : 'Nothing to undo';
  const redoName = history?.redo ? `Redo: ${history.redo.label}` : 'Nothing to redo';
  return (
    <div className="button-group" role="group" aria-label="Undo and redo">
      <button type="button" className="btn" data-testid="undo" onClick={undo} disabled={!history?.undo} aria-label={undoName} title={undoName}>
        <span className="btn-icon-glyph" aria-hidden="true">↶</span>
        Undo
      </button>
      <button type="button" className="btn" data-testid="redo" onClick={redo} disabled={!history?.redo} aria-label={redoName} title={redoName}>
        <span className="btn-icon-glyph" aria-hidden="true">↷</span>
        Redo
      </button>
    </div>
  );
}
