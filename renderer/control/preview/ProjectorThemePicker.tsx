import type { PresenterTheme } from '../../../shared/session/types';
import { useHostAction } from '../../app/useHostAction';
import { PRESENTER_THEMES, PRESENTER_THEME_LABELS, presenterThemeOf } from '../../projector/themes/presenterTheme';
import { useAppSelector } from '../../store/hooks';
import { InlineError } from '../../ui/InlineError';
import { useSessionCommands } from '../session/useSessionCommands';

/** The projector's colour theme for this session (saved with it; the projector and the preview follow it). */
export function ProjectorThemePicker() {
  const theme = useAppSelector((state) => presenterThemeOf(state.session));
  const commands = useSessionCommands();
  const choose = useHostAction((next: PresenterTheme) => commands.send({ type: 'presenter.setTheme', theme: next }));
  return (
    <>
      <label className="projector-theme">
        <span className="projector-theme-words">Projector theme</span>
        <select
          className="projector-theme-select"
          data-testid="projector-theme"
          value={theme}
          onChange={(event) => {
            const next = PRESENTER_THEMES.find((name) => name === event.target.value);
            if (next) void choose.run(next);
          }}
        >
          {PRESENTER_THEMES.map((name) => (
            <option key={name} value={name}>
              {PRESENTER_THEME_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <InlineError prefix="Could not change the theme" error={choose.error} />
    </>
  );
}
