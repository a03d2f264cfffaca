import type { HostContext } from '../hostContext';
import type { SessionKeeper } from '../keeper/sessionKeeper';
import { createWorkshopLibrary } from '../workshopLibrary';
import type { PhoneRoom } from '../../phones/phoneRoom';
import { fileVerbs } from './files';
import { phoneVerbs } from './phones';
import { hostVerbs } from './host';
import { presenterVerbs } from './presenter';
import { recoveryVerbs } from './recovery';
import { reportVerbs } from './reports';
import { sessionVerbs } from './session';
import { workshopVerbs } from './workshops';
import type { VerbHandlers } from './verbTypes';

/** Builds the verb table the connections dispatch to, one group per domain; the compiler checks every verb has its handler. */
export function createVerbHandlers(ctx: HostContext, keeper: SessionKeeper, phones: PhoneRoom): VerbHandlers {
  const workshops = createWorkshopLibrary(ctx);
  return {
    ...sessionVerbs(ctx, keeper, workshops),
    ...recoveryVerbs(ctx, keeper),
    ...fileVerbs(ctx),
    ...workshopVerbs(workshops),
    ...reportVerbs(ctx, keeper),
    ...presenterVerbs(ctx),
    ...hostVerbs(ctx),
    ...phoneVerbs(phones),
  };
}
