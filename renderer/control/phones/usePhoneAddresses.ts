import { useEffect, useState } from 'react';
import type { AdvertisedAddress } from '../../../shared/phones/advertisedAddress';
import { useHostLink } from '../../app/linkContext';

/** How often the list of addresses is asked again while it is shown: it follows the network (a hotspot turned on, Wi-Fi changed). */
const REFRESH_MS = 3000;

/** This computer's addresses phones might reach, best first, refreshed while the caller is mounted; null until the first answer. */
export function usePhoneAddresses(): { addresses: AdvertisedAddress[] | null; error: string | null } {
  const link = useHostLink();
  const [addresses, setAddresses] = useState<AdvertisedAddress[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const ask = (): void => {
      link.call('phones.addresses', {}).then(
        (result) => {
          if (stopped) return;
          setAddresses((before) => (before && sameAddresses(before, result.addresses) ? before : result.addresses));
          setError(null);
        },
        (failure: unknown) => {
          if (!stopped) setError(failure instanceof Error ? failure.message : 'Could not list the addresses.');
        },
      );
    };
    ask();
    const timer = setInterval(ask, REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [link]);
  return { addresses, error };
}

function sameAddresses(a: readonly AdvertisedAddress[], b: readonly AdvertisedAddress[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.address === b[index]?.address && entry.label === b[index]?.label);
}
