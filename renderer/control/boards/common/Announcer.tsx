import { useCallback, useState } from 'react';

/** A sentence for screen readers after a keyboard move, and the function that sets it. */
export function useAnnouncement(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    // The same words twice in a row must still be read out.
    setMessage((current) => (current === next ? `${next}\u00a0` : next));
  }, []);
  return [message, announce];
}

/** A polite live region, read by screen readers and invisible on screen. */
export function Announcer({ message }: { message: string }) {
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="board-announcement">
      {message}
    </p>
  );
}
