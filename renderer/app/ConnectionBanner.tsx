import { useAppSelector } from '../store/hooks';

/** Tells the facilitator when the window cannot reach Groundwork, and why if known. */
export function ConnectionBanner() {
  const connection = useAppSelector((state) => state.sync.connection);
  const detail = useAppSelector((state) => state.sync.connectionDetail);
  const everConnected = useAppSelector((state) => state.sync.rev !== null);
  if (connection === 'open' || (connection === 'connecting' && !everConnected)) return null;
  const message =
    connection === 'refused'
      ? (detail ?? 'This window cannot connect to Groundwork.')
      : 'Lost the connection to Groundwork. Reconnecting… Your session is safe; changes made now are not sent until it is back.';
  return (
    <div className={`connection-banner connection-${connection}`} role="alert" data-testid="connection-banner">
      {message}
    </div>
  );
}
