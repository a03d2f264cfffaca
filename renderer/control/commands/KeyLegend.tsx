import './keyLegend.css';
import { commandTable } from '../../../shared/commands/commandTable';
import { formatBinding } from '../../../shared/commands/keyBindings';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A one-line list of the main keyboard shortcuts, drawn from the command table. */
export function KeyLegend() {
  return (
    <section className="key-legend" aria-labelledby="key-legend-title">
      <h2 id="key-legend-title" className="visually-hidden">
        Keyboard shortcuts
      </h2>
      <dl className="key-legend-list">
        {commandTable
          .filter((command) => command.inLegend)
          .map((command) => (
            <div key={command.id} className="key-legend-item">
              <dt>
                {command.keys.slice(0, 1).map((binding) => (
                  <kbd key={formatBinding(binding, mac)}>{formatBinding(binding, mac)}</kbd>
                ))}
              </dt>
              <dd>{command.legendLabel ?? command.label}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
