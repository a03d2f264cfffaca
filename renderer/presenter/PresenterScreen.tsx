import type { ReactNode } from 'react';
import { projectedSession } from '../../shared/session/projector';
import type { SessionState } from '../../shared/session/types';
import { KindStage } from './kinds/KindStage';
import { ProjectorOverlays } from './overlays/ProjectorOverlays';
import { ShowOvertimeContext } from './roomTimerContext';
import { TitleScreen } from './TitleScreen';
import { presenterThemeOf } from './themes/presenterTheme';
import './themes/presenterThemes.css';

/** What the projector shows, drawn from session state alone: the presenter window and the control window's preview both render it. */
export interface PresenterScreenProps {
  session: SessionState | null;
  /** Whether the first state has arrived (before it: "Connecting…"). */
  ready: boolean;
  /**
   * Drawn over the live stage: the presenter window's "Reconnecting…" pill. Room overlays that come from the
   * session (a message) belong inside this component, so that the preview shows them too.
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
export function PresenterScreen({ session, ready, overlay, testId, isPageMain = false }: PresenterScreenProps) {
  const Root = isPageMain ? 'main' : 'div';
  const theme = presenterThemeOf(session);
  const screen = session?.presenter.screen ?? 'live';
  return (
    <Root className="presenter-screen" data-presenter-screen="" data-theme={theme} data-screen={screen} data-frozen={session?.presenter.frozenActivityId ? '' : undefined} data-testid={testId}>
      {screen === 'black' ? (
        <div className="presenter-blackout" data-testid={testId ? 'presenter-blackout' : undefined} aria-label="Projector blacked out" role="img" />
      ) : screen === 'white' ? (
        <div className="presenter-whiteout" data-testid={testId ? 'presenter-whiteout' : undefined} aria-label="Projector showing a white screen" role="img" />
      ) : (
        <div className="presenter">
          {session?.presenter.titleScreen === true ? (
            <TitleScreen meta={session.meta} withTestIds={testId !== undefined} />
          ) : session ? (
            // While frozen, the frozen activity stands in for the current one.
            <ShowOvertimeContext.Provider value={session.settings.showOvertimeToRoom ?? false}>
              <KindStage session={projectedSession(session)} />
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
          {session ? <ProjectorOverlays session={session} withTestIds={testId !== undefined} /> : null}
          {overlay}
        </div>
      )}
    </Root>
  );
}
