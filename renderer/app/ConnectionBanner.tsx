import { useSyncSelector } from '../store/hooks';

/**
 * Tells the facilitator when the window cannot reach Groundwork, and why if
 * known. A lost connection is a banner above the work; a refused link (wrong
 * or outdated key) fills the window, since nothing in it can work.
 */
export function ConnectionBanner() {
  const connection = useSyncSelector((state) => state.sync.connection);
  const detail = useSyncSelector((state) => state.sync.connectionDetail);
  const everConnected = useSyncSelector((state) => state.sync.rev !== null);
  if (connection === 'open' || (connection === 'connecting' && !everConnected)) return null;
  if (connection === 'refused') {
    return (
      <main className="starting link-refused-screen" data-testid="connection-banner">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Groundwork
        </p>
        <div className="link-refused" role="alert" data-testid="link-refused">
          <h1 className="link-refused-title">Cannot connect</h1>
          <p className="link-refused-detail">{detail ?? 'This window cannot connect to Groundwork.'}</p>
        </div>
      </main>
    );
  }
  return (
    <div className={`connection-banner connection-${connection}`} role="alert" data-testid="connection-banner">
      {detail ?? 'Lost the connection to Groundwork. Reconnecting…'} Your session is safe; changes made now are not sent until it is back.
    </div>
  );
}
