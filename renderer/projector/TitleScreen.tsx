import { formatSessionDate } from '../ui/format';

/**
 * The projector's title screen: the workshop's title, the group and the date, from the start of a session until
 * the facilitator moves on (Next shows the first activity). Sized in container units, like every projected screen.
 */
export function TitleScreen({ title, group, date, withTestIds }: { title: string; group: string; date: string; withTestIds: boolean }) {
  return (
    <div className="ptitle" data-testid={withTestIds ? 'presenter-title-screen' : undefined}>
      <h1 className="ptitle-title">{title}</h1>
      {group ? <p className="ptitle-group">{group}</p> : null}
      <p className="ptitle-date">{formatSessionDate(date)}</p>
    </div>
  );
}
