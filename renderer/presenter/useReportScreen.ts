import { useEffect } from 'react';
import type { ProjectorSize } from '../../shared/protocol/hostStatus';
import { PROJECTOR_SIDE_LIMITS } from '../../shared/protocol/hostStatus';
import { useHostLink } from '../app/linkContext';
import { useSyncSelector } from '../store/hooks';

/** How long the window must stay one size before the new size is reported (a drag resizes many times). */
const REPORT_DEBOUNCE_MS = 200;

/** This window's viewport in whole CSS px, kept inside the sizes the host accepts. */
export function viewportSize(width: number, height: number): ProjectorSize {
  const side = (value: number) => Math.min(PROJECTOR_SIDE_LIMITS.max, Math.max(PROJECTOR_SIDE_LIMITS.min, Math.round(value)));
  return { width: side(width), height: side(height) };
}

/**
 * Tells the host the size of the projected screen (this window's viewport), once connected and again
 * after each resize settles, so the control window's preview draws the room's screen at its real shape.
 * A new connection (after a reconnect) reports again: the host forgets a window when it disconnects.
 */
export function useReportScreen(): void {
  const link = useHostLink();
  const open = useSyncSelector((state) => state.sync.connection === 'open');

  useEffect(() => {
    if (!open) return;
    let sent: string | null = null;
    let pending: number | undefined;
    const report = () => {
      const size = viewportSize(window.innerWidth, window.innerHeight);
      const key = `${size.width}x${size.height}`;
      if (key === sent) return;
      sent = key;
      link.call('presenter.reportScreen', size).catch(() => {
        // Not worth a message on the projector: the preview keeps its default size. Try again on the next resize.
        sent = null;
      });
    };
    const onResize = () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(report, REPORT_DEBOUNCE_MS);
    };
    report();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      window.clearTimeout(pending);
    };
  }, [link, open]);
}
