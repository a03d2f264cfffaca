import { useEffect } from 'react';

const IDLE_MS = 2500;

/** Hides the mouse pointer on the projector after a moment without movement; double-click toggles full screen. */
export function useIdleCursor(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      document.body.classList.remove('cursor-idle');
      clearTimeout(timer);
      timer = setTimeout(() => document.body.classList.add('cursor-idle'), IDLE_MS);
    };
    const toggleFullscreen = () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    };
    wake();
    window.addEventListener('mousemove', wake);
    window.addEventListener('dblclick', toggleFullscreen);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('mousemove', wake);
      window.removeEventListener('dblclick', toggleFullscreen);
    };
  }, []);
}
