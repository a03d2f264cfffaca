import type { z } from 'zod';
import type { BackupOffer, HostError, HostErrorCode } from '../../shared/protocol/messages';

/** An expected failure of a verb, with a message fit to show the facilitator. */
export class HostFailure extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    /** An earlier copy the window may open instead (bad or missing session files). */
    readonly backup?: BackupOffer,
  ) {
    super(message);
    this.name = 'HostFailure';
  }
}

/** Turns anything a verb threw into a HostError; unexpected errors become `internal`. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostFailure) return error.backup ? { code: error.code, message: error.message, backup: error.backup } : { code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Groundwork (${detail}). Your session is still open.` };
}

/** Explains the first problem zod found in a window's request, in plain words. */
export function describeInvalidRequest(verb: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `The request "${verb}" was not valid.`;
  const field = issue.path.map(String).join('.');
  if (issue.code === 'invalid_union' && (field === '' || ('discriminator' in issue && issue.discriminator === field))) {
    return 'Groundwork does not know that command.';
  }
  if (issue.code === 'unrecognized_keys') return `The request "${verb}" has unexpected fields: ${issue.keys.join(', ')}.`;
  if (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.message.startsWith('Invalid') || issue.message.startsWith('Too')) {
    return field === '' ? `The request "${verb}" was not valid: ${issue.message}.` : `The request "${verb}" has a bad "${field}": ${issue.message}.`;
  }
  return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
}
