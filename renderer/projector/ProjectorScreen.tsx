import { lazy, memo, Suspense } from 'react';
import type { ReactNode } from 'react';
import './projector.css';
import type { RoomView } from '../../shared/session/roomView';
import { PROJECTOR_PROPERTIES } from './fit/cardGeometry';
import { KindStage } from './stages/KindStage';
import { ProjectorOverlays } from './overlays/ProjectorOverlays';
import { ShowOvertimeContext } from './roomTimerContext';
import { TitleScreen } from './TitleScreen';
import './themes/presenterThemes.css';

// The QR code's encoder is only needed while phones join: loaded then, not with every projector page.
const JoinScreen = lazy(async () => ({ default: (await import('./join/JoinScreen')).JoinScreen }));

/** What the projector shows, drawn from the room view alone: the presenter window and the control window's preview both render it. */
export interface PresenterScreenProps {
  /** What the room may see (`roomView`, shared/session/roomView.ts); null while no session is open. */
  view: RoomView | null;
  /** Whether the first state has arrived (before it: "Connecting…"). */
  ready: boolean;
  /**
   * Drawn over the live stage: the presenter window's "Reconnecting…" pill. Room overlays that come from the
   * view (a message) belong inside this component, so that the preview shows them too.
   */
  overlay?: ReactNode;
  /** Marks the root for tests and styles (`presenter-screen` in the presenter window, none in the preview). */
  testId?: string;
  /**
   * Whether this screen is its page's `main` landmark: yes in the presenter window, which draws nothing else;
   * no in the control window's preview, a picture inside a page that has its own `main`.
   */
  isPageMain?: boolean;
}

/**
 * The projected screen, laid out relative to its own box (a size container:
 * CSS `cqh`/`cqw` units, and the fit measures this box), so that the full
 * window and the small preview lay out the same way. Themed per session.
 */
export const ProjectorScreen = memo(function ProjectorScreen({ view, ready, overlay, testId, isPageMain = false }: PresenterScreenProps) {
  const Root = isPageMain ? 'main' : 'div';
  const screen = view === null || view.screen === 'title' ? 'live' : view.screen;
  return (
    <Root
      className="presenter-screen"
      data-presenter-screen=""
      style={PROJECTOR_PROPERTIES}
      data-theme={view?.theme ?? 'dark'}
      data-screen={screen}
      data-frozen={view?.screen === 'live' && view.frozen ? '' : undefined}
      data-testid={testId}
    >
      {view?.screen === 'black' ? (
        <div className="presenter-blackout" data-testid={testId ? 'presenter-blackout' : undefined} aria-label="Projector blacked out" role="img" />
      ) : view?.screen === 'white' ? (
        <div className="presenter-whiteout" data-testid={testId ? 'presenter-whiteout' : undefined} aria-label="Projector showing a white screen" role="img" />
      ) : (
        <div className="presenter">
          {view?.screen === 'join' ? (
            <Suspense fallback={null}>
              <JoinScreen title={view.title} address={view.address} code={view.code} withTestIds={testId !== undefined} />
            </Suspense>
          ) : view?.screen === 'title' ? (
            <TitleScreen title={view.title} group={view.group} date={view.date} closing={view.closing} source={view.source} withTestIds={testId !== undefined} />
          ) : view?.screen === 'live' ? (
            <ShowOvertimeContext.Provider value={view.stage.settings.showOvertimeToRoom ?? false}>
              <KindStage session={view.stage} />
            </ShowOvertimeContext.Provider>
          ) : (
            <div className="presenter-waiting" data-testid={testId ? 'presenter-waiting' : undefined}>
              <p className="presenter-waiting-brand">
                <span className="brand-mark" aria-hidden="true" />
                Groundwork
              </p>
              <h1 className="presenter-waiting-text">{ready ? 'No session yet — waiting for the facilitator' : 'Connecting…'}</h1>
            </div>
          )}
          {view?.screen === 'live' || view?.screen === 'title' ? <ProjectorOverlays view={view} withTestIds={testId !== undefined} /> : null}
          {overlay}
        </div>
      )}
    </Root>
  );
});
