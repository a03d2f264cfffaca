import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { KeyLegendDialog } from '../commands/KeyLegendDialog';
import { MessageDialog } from './MessageDialog';
import { PhonesDialog } from '../phones/PhonesDialog';
import { RoomDialogsContext } from './roomDialogs';
import type { RoomDialogs } from './roomDialogs';

/** Holds which room dialog is open (the `?` legend, the projector message, phones in the room) and draws it. */
export function RoomDialogsProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<'none' | 'legend' | 'message' | 'phones'>('none');
  const dialogs = useMemo<RoomDialogs>(() => ({ showLegend: () => setOpen('legend'), showMessage: () => setOpen('message'), showPhones: () => setOpen('phones') }), []);
  const close = () => setOpen('none');
  return (
    <RoomDialogsContext value={dialogs}>
      {children}
      {open === 'legend' ? <KeyLegendDialog onClose={close} /> : null}
      {open === 'message' ? <MessageDialog onClose={close} /> : null}
      {open === 'phones' ? <PhonesDialog onClose={close} /> : null}
    </RoomDialogsContext>
  );
}
