import { Modal } from '../../ui/Modal';
import { commandTable } from '../../../shared/commands/commandTable';
import { formatBinding } from '../../../shared/commands/keyBindings';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Every command of the command table with all its keys, opened with `?`; Esc closes it. */
export function KeyLegendDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} className="modal-legend" testId="key-legend-dialog">
      <p className="modal-text" data-testid="key-model">
        Whatever you type goes into the capture box. Single keys (B, period, arrows, Space, Esc, ?) act when the focus is not in a text box, and Space
        also in an empty capture box. A clicker’s PageUp and PageDown, the {mac ? '⌥' : 'Alt'} chords, {mac ? '⌘' : 'Ctrl'} shortcuts and F5 work everywhere. Esc leaves a text
        box; Esc again returns the projector to live.
      </p>
      {/* The list scrolls on its own, so the heading and Close stay in sight on a short laptop screen (see room.css). */}
      <div className="legend-scroll" tabIndex={0} role="region" aria-label="Commands and their keys">
        <table className="legend-table">
          <thead>
            <tr>
              <th scope="col">Command</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {commandTable.map((command) => (
              <tr key={command.id} data-testid="legend-row" data-command={command.id}>
                <th scope="row">{command.label}</th>
                <td>
                  {command.keys.map((binding, index) => (
                    <span key={formatBinding(binding, mac)}>
                      {index > 0 ? <span className="legend-or"> or </span> : null}
                      <kbd>{formatBinding(binding, mac)}</kbd>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="modal-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
