import type { Method } from '../../../shared/workshop/methodLibrary';
import { Modal } from '../../ui/Modal';
import { MethodList } from '../session/MethodList';

/** The method library, to add an activity to the workshop being built, after the one selected. */
export function AddFromLibrary({ afterTitle, onAdd, onClose }: { afterTitle: string | null; onAdd: (method: Method) => void; onClose: () => void }) {
  return (
    <Modal title="Add an activity" onClose={onClose} className="modal-library" testId="builder-library">
      <p className="muted">{afterTitle === null ? 'It goes at the start of the agenda.' : `It goes after “${afterTitle}”.`}</p>
      <MethodList onAdd={onAdd} />
    </Modal>
  );
}
