import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { screenSizeOf } from './screenSize';

/** The aspect a screen is assumed to have before it is measured (a 16:9 projector). */
const DEFAULT_ASPECT = 16 / 9;

/**
 * Width ÷ height of the projected screen `ref` is drawn on (the presenter window, or the preview's
 * 1280×720 copy), kept up to date as that screen is resized. Layout choices that depend on the
 * screen's shape read this, never the window's, so the preview lays out like the projector.
 */
export function useScreenAspect(ref: RefObject<Element | null>): number {
  const [aspect, setAspect] = useState(DEFAULT_ASPECT);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = screenSizeOf(element);
      setAspect(width / Math.max(1, height));
    };
    measure();
    const screen = element.closest('[data-presenter-screen]');
    const observer = new ResizeObserver(measure);
    observer.observe(screen ?? document.documentElement);
    return () => observer.disconnect();
  }, [ref]);
  return aspect;
}
