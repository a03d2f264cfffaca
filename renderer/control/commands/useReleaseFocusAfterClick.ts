import { useEffect } from 'react';

/**
 * A button clicked with the mouse gives the focus back, as buttons do on a Mac: otherwise Space, the timer key,
 * would press the same button again (+1 min once more) instead of pausing. A button reached with Tab keeps the
 * focus, so Space and Enter press it as everywhere else. Runs after the click's own handlers, so a button that
 * moves the focus on purpose (into an edit box, a dialog) keeps that.
 */
export function useReleaseFocusAfterClick(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      // `detail` counts pointer clicks; a click made with Enter or Space has 0.
      if (event.detail === 0 || !(event.target instanceof Element)) return;
      const button = event.target.closest('button, [role="button"], summary, a[href]');
      if (!(button instanceof HTMLElement) || button.closest('dialog')) return;
      if (document.activeElement === button) button.blur();
    };
    window.addEventListener('click', onClick);
    return () => window.removeEventListener('click', onClick);
  }, []);
}
