import type { PresenterTheme, SessionState } from '../../../shared/session/types';
import { PRESENTER_THEMES } from '../../../shared/session/types';

export { PRESENTER_THEMES };

/** What each theme is called in the control window. */
export const PRESENTER_THEME_LABELS: Readonly<Record<PresenterTheme, string>> = {
  dark: 'Dark',
  light: 'Light',
  'high-contrast': 'High contrast',
};

/** The session's projector theme; dark (the original look) when there is no session or an unknown value. */
export function presenterThemeOf(session: SessionState | null): PresenterTheme {
  const theme = session?.presenter.theme;
  return PRESENTER_THEMES.find((name) => name === theme) ?? 'dark';
}
