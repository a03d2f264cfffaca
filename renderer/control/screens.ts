import { lazy } from 'react';

const loadHomeScreen = () => import('./home/HomeScreen').then((module) => ({ default: module.HomeScreen }));
const loadSessionScreen = () => import('./session/SessionScreen').then((module) => ({ default: module.SessionScreen }));

/**
 * The control window's two screens, loaded on demand: the page's first frame ("Connecting…") needs neither, and the
 * page runs (connects and proves its key) while they load. `preloadScreens` starts both at once, so whichever the
 * host's first snapshot asks for is in by the time it comes.
 */
export const HomeScreen = lazy(loadHomeScreen);
/** The running session (see HomeScreen for how it loads). */
export const SessionScreen = lazy(loadSessionScreen);

/** Starts fetching both screens; called right after the page starts. */
export function preloadScreens(): void {
  void loadHomeScreen();
  void loadSessionScreen();
}
