import type { BackupOffer, HostErrorCode } from '../../shared/protocol/messages';

/** Why a call failed: a host error code, or `disconnected` when the link dropped. */
export type CallErrorCode = HostErrorCode | 'disconnected' | 'timeout';

/** A failed host call. Its message is written for the facilitator. */
export class HostCallError extends Error {
  /** What kind of failure this was. */
  readonly code: CallErrorCode;
  /** An earlier copy the host offers instead, when a file could not be opened. */
  readonly backup: BackupOffer | null;

  constructor(code: CallErrorCode, message: string, backup: BackupOffer | null = null) {
    super(message);
    this.name = 'HostCallError';
    this.code = code;
    this.backup = backup;
  }
}

/** The earlier copy a failed call offers, if any. */
export function offeredBackup(error: unknown): BackupOffer | null {
  return error instanceof HostCallError ? error.backup : null;
}

/** A message fit to show for anything a call rejected with. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
