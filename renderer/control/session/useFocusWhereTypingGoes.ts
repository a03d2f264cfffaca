import { useEffect } from 'react';
import { focusCaptureTarget } from '../notes/captureFocus';

/**
 * When the activity changes (Next, Previous, a clicker, a click in the agenda) the focus goes where the
 * facilitator types next: the new activity's capture box. A dialog keeps the focus it has.
 */
export function useFocusWhereTypingGoes(activityId: string | undefined): void {
  useEffect(() => {
    if (activityId === undefined || document.querySelector('dialog[open]')) return;
    focusCaptureTarget();
  }, [activityId]);
}
