import { formatSessionDate } from '../ui/format';

/** What the title screen shows: the workshop, the group and the date; at the close, thanks and the workshop's credit. */
export interface TitleScreenProps {
  title: string;
  group: string;
  date: string;
  closing: boolean;
  source: string;
  withTestIds: boolean;
}

/**
 * The projector's title screen: the workshop's title, the group and the date, from the start of a session until
 * the facilitator moves on (Next shows the first activity). After the last activity it is the closing screen: it
 * thanks the room and credits what the workshop draws on. Sized in container units, like every projected screen.
 */
export function TitleScreen({ title, group, date, closing, source, withTestIds }: TitleScreenProps) {
  return (
    <div className={`ptitle${closing ? ' ptitle-closing' : ''}`} data-testid={withTestIds ? 'presenter-title-screen' : undefined} data-closing={closing ? '' : undefined}>
      {closing ? <p className="ptitle-thanks">Thank you</p> : null}
      <h1 className="ptitle-title">{title}</h1>
      {group ? <p className="ptitle-group">{group}</p> : null}
      <p className="ptitle-date">{formatSessionDate(date)}</p>
      {source ? (
        <p className="ptitle-source" data-testid={withTestIds ? 'presenter-source' : undefined}>
          {source}
        </p>
      ) : null}
    </div>
  );
}
