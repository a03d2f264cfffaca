import { createContext, useContext } from 'react';
import type { HostLink } from '../transport/hostLink';

/** Gives components the window's link to the host. */
export const LinkContext = createContext<HostLink | null>(null);

/** The window's link to the host. */
export function useHostLink(): HostLink {
  const link = useContext(LinkContext);
  if (!link) throw new Error('useHostLink needs a LinkContext provider.');
  return link;
}
