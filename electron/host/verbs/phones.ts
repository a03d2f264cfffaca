import type { PhoneRoom } from '../../phones/phoneRoom';
import type { VerbGroup } from './verbTypes';

/** Phones in the room: the addresses they might reach, and turning them on and off (electron/phones/). */
export function phoneVerbs(phones: PhoneRoom): VerbGroup<'phones.addresses' | 'phones.open' | 'phones.close'> {
  return {
    'phones.addresses': () => Promise.resolve({ addresses: phones.addresses() }),
    'phones.open': async ({ address }) => ({ open: await phones.open(address) }),
    'phones.close': async () => {
      await phones.close();
      return {};
    },
  };
}
