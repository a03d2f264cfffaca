import type { BackupOffer } from '../../../shared/protocol/messages';
import { savedWhen } from './savedWhen';
import './backupOffer.css';

/** "Open the backup from 12:04": opens the earlier copy the host offered, as an untitled session. */
export function BackupOfferButton({ backup, onOpen, disabled }: { backup: BackupOffer; onOpen: (backup: BackupOffer) => void; disabled: boolean }) {
  const what = backup.kind === 'backup' ? 'the backup' : 'the recovery copy';
  return (
    <span className="backup-offer">
      <button type="button" className="btn" data-testid="open-backup" onClick={() => onOpen(backup)} disabled={disabled}>
        Open {what} from {savedWhen(backup.savedAt)}
      </button>
      <span className="muted">It opens as an untitled copy; the file itself is left as it is.</span>
    </span>
  );
}
