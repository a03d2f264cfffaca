import { createContext, useContext } from 'react';

/** The room dialogs the control window can open from a key, a button or the menu. */
export interface RoomDialogs {
  showLegend(): void;
  showMessage(): void;
  showPhones(): void;
}

/** Gives components the room dialogs. */
export const RoomDialogsContext = createContext<RoomDialogs | null>(null);

/** The window's room dialogs. */
export function useRoomDialogs(): RoomDialogs {
  const dialogs = useContext(RoomDialogsContext);
  if (!dialogs) throw new Error('useRoomDialogs needs a RoomDialogsProvider.');
  return dialogs;
}
