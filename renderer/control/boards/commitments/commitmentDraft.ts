import { MAX_SHORT_TEXT } from '../../../../shared/session/types';
import { isTooLong, noteLength, tooLongMessage } from '../../notes/noteLength';

/** What the facilitator typed for one commitment. */
export interface CommitmentDraft {
  who: string;
  what: string;
  byWhen: string;
}

/** The field a problem belongs to, and what to tell the facilitator. */
export interface DraftProblem {
  field: keyof CommitmentDraft;
  message: string;
}

/** An empty commitment form. */
export const EMPTY_DRAFT: CommitmentDraft = { who: '', what: '', byWhen: '' };

/** Why a commitment cannot be sent yet (the first problem, in form order), or null when it can. */
export function draftProblem(draft: CommitmentDraft): DraftProblem | null {
  if (draft.who.trim() === '') return { field: 'who', message: 'Say who commits.' };
  if (draft.who.trim().length > MAX_SHORT_TEXT) return { field: 'who', message: `Keep the name to ${MAX_SHORT_TEXT} characters.` };
  if (draft.what.trim() === '') return { field: 'what', message: 'Say what they will do.' };
  if (isTooLong(draft.what)) return { field: 'what', message: tooLongMessage(noteLength(draft.what)) };
  if (draft.byWhen.trim().length > MAX_SHORT_TEXT) return { field: 'byWhen', message: `Keep “by when” to ${MAX_SHORT_TEXT} characters.` };
  return null;
}
