import type { SessionState } from '../../shared/session/types';
import { formatSessionDate } from '../ui/format';

/**
 * The projector's title screen: the workshop's title, the group and the date, from the start of a session until
 * the facilitator moves on (Next shows the first activity). Sized in container units, like every projected screen.
 */
export function TitleScreen({ meta, withTestIds }: { meta: SessionState['meta']; withTestIds: boolean }) {
  return (
    <div className="ptitle" data-testid={withTestIds ? 'presenter-title-screen' : undefined}>
      <h1 className="ptitle-title">{meta.title}</h1>
      {meta.group ? <p className="ptitle-group">{meta.group}</p> : null}
      <p className="ptitle-date">{formatSessionDate(meta.date)}</p>
    </div>
  );
}
