import { createContext, useContext } from 'react';

/** Whether the projected timer may count past zero: the session's "Show overtime to the room" setting. */
export const ShowOvertimeContext = createContext(false);

/** The projected timer's overtime choice, as ProjectorScreen provides it from the session (off when absent). */
export function useShowOvertime(): boolean {
  return useContext(ShowOvertimeContext);
}
