import type { PhonesStatus } from '../../../shared/protocol/hostStatus';
import { useHostNow } from '../../timer/useHostNow';

/** How long phones may be on with no request from the room before the checklist is offered. */
export const QUIET_BEFORE_HELP_MS = 60_000;

/**
 * What to check when phones cannot join, in plain words: offered once phones have been on for a minute and not one
 * request from the room's network reached this computer (or phones reached it but none joined), and always a click away.
 */
export function PhonesHelp({ status }: { status: PhonesStatus | null }) {
  const now = useHostNow(status !== null && status.joined === 0);
  const quiet = status !== null && status.joined === 0 && now - status.since >= QUIET_BEFORE_HELP_MS;
  const heardButNoneJoined = quiet && status.heard;
  return (
    <details className="phones-help" open={quiet} data-testid="phones-help" data-offered={quiet ? '' : undefined}>
      <summary>{quiet ? 'No phone has joined yet: what to check' : 'If phones cannot join'}</summary>
      {heardButNoneJoined ? <p className="phones-help-lead">Phones reach this computer, but none has joined: check that people type the room code shown on the projector.</p> : null}
      <ol className="phones-help-list">
        <li>
          <strong>Same network.</strong> Phones must be on the Wi-Fi this computer is on. Guest Wi-Fi often keeps devices apart: use your phone’s hotspot or a travel router
          instead, and join this computer to it too.
        </li>
        <li>
          <strong>Mobile data.</strong> A phone whose Wi-Fi has no internet may send everything over mobile data instead: ask people to turn mobile data off for a moment.
        </li>
        <li>
          <strong>Firewall.</strong> Allow Groundwork when your computer asks. On Windows a new network is marked Public, which blocks it: mark this network Private, or allow
          Groundwork on public networks.
        </li>
        <li>
          <strong>Wrong address.</strong> Turn phones off and pick the next address in the list: Wi-Fi and Ethernet first; a VPN or a virtual adapter is not reachable from phones.
        </li>
      </ol>
    </details>
  );
}
