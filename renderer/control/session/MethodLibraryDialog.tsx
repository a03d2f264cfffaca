import { useState } from 'react';
import type { Command } from '../../../shared/protocol/commands';
import { useHostAction } from '../../app/useHostAction';
import { InlineError } from '../../ui/InlineError';
import { Modal } from '../../ui/Modal';
import { MethodList } from './MethodList';
import './methodLibrary.css';

/** What the dialog needs of the session: the titles in agenda order and the current activity's place. */
export interface MethodLibraryDialogProps {
  titles: readonly string[];
  currentIndex: number;
  send: (command: Command) => Promise<unknown>;
  onClose: () => void;
}

/**
 * The method library, to add an activity to a running session: where it goes (after the current activity by
 * default, or after any one still to come), then one button per method with its kind, minutes, what it is for and
 * its source. Loaded only when opened, so the library's text is not part of the control page's first load.
 */
export function MethodLibraryDialog({ titles, currentIndex, send, onClose }: MethodLibraryDialogProps) {
  const [toIndex, setToIndex] = useState(currentIndex + 1);
  const add = useHostAction(async (methodId: string) => {
    await send({ type: 'agenda.insert', methodId, toIndex });
    onClose();
  });
  const places = titles.map((title, index) => ({ title, toIndex: index + 1 })).slice(currentIndex);
  return (
    <Modal title="Add an activity" onClose={onClose} className="modal-library" testId="method-library">
      <label className="library-where">
        <span className="library-where-label">Add it after</span>
        <select className="input" value={toIndex} onChange={(event) => setToIndex(Number(event.target.value))} data-autofocus data-testid="library-where">
          {places.map((place) => (
            <option key={place.toIndex} value={place.toIndex}>
              {place.title}
              {place.toIndex === currentIndex + 1 ? ' (now)' : ''}
            </option>
          ))}
        </select>
      </label>
      <InlineError prefix="Could not add it" error={add.error} />
      <MethodList onAdd={(method) => void add.run(method.id)} disabled={add.pending} />
    </Modal>
  );
}
