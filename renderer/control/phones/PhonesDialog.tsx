import { useEffect, useId, useState } from 'react';
import { useHostLink } from '../../app/linkContext';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { InlineError } from '../../ui/InlineError';
import { Modal } from '../../ui/Modal';
import { FirewallNote } from './FirewallNote';
import { firewallExplained, rememberFirewallExplained } from './firewallExplained';
import { PhoneRuleFields } from './PhoneRuleFields';
import { PhonesHelp } from './PhonesHelp';
import { usePhoneAddresses } from './usePhoneAddresses';
import './phones.css';

/**
 * Phones in the room, in one dialog (Alt+P, the Phones button, the menu): off, pick the address and turn them on; on,
 * where phones join, how many did, the join screen, what phones may do in this activity, and turning them off.
 */
export function PhonesDialog({ onClose }: { onClose: () => void }) {
  const open = useAppSelector((state) => state.session?.phones?.open ?? null);
  // Read once per opening, so the sentence said before turning on is still there when the OS asks, just after.
  const [explainFirewall] = useState(() => !firewallExplained());
  return (
    <Modal title="Phones in the room" onClose={onClose} className="modal-phones" testId="phones-dialog">
      {open ? <PhonesOn address={open.address} code={open.code} explainFirewall={explainFirewall} /> : <PhonesOff explainFirewall={explainFirewall} />}
    </Modal>
  );
}

function PhonesOff({ explainFirewall }: { explainFirewall: boolean }) {
  const link = useHostLink();
  const firewallId = useId();
  const { addresses, error } = usePhoneAddresses();
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = picked !== null && addresses?.some((entry) => entry.address === picked) ? picked : (addresses?.[0]?.address ?? null);
  const turnOn = useHostAction(async () => {
    if (chosen) await link.call('phones.open', { address: chosen });
  });
  return (
    <div className="phones-off">
      <p className="modal-text">
        People answer from their own phones over this room’s network: no internet, no app, no account, and nothing leaves this computer. Phones are off until you turn them on, and
        go off when the session closes.
      </p>
      <fieldset className="phones-addresses">
        <legend className="field-label">Where phones find this computer</legend>
        {addresses === null ? <p className="field-hint">Looking at this computer’s networks…</p> : null}
        {addresses?.map((entry) => (
          <label key={entry.address} className="phones-address">
            <input type="radio" name="phones-address" value={entry.address} checked={entry.address === chosen} onChange={() => setPicked(entry.address)} data-testid="phones-address" data-autofocus={entry.address === chosen ? true : undefined} />
            <span className="phones-address-ip">{entry.address}</span>
            <span className="phones-address-label">{entry.label}</span>
          </label>
        ))}
        {error ? <InlineError prefix="Could not list the addresses" error={error} /> : null}
      </fieldset>
      {explainFirewall ? <FirewallNote id={firewallId} /> : null}
      <InlineError prefix="Could not turn phones on" error={turnOn.error} />
      <div className="modal-actions">
        <button type="button" className="btn btn-primary" data-testid="phones-on" disabled={!chosen || turnOn.pending} aria-describedby={explainFirewall ? firewallId : undefined} onClick={() => void turnOn.run()}>
          Turn phones on
        </button>
      </div>
    </div>
  );
}

function ModerationField() {
  const link = useHostLink();
  const moderated = useAppSelector((state) => state.session?.phones?.moderated === true);
  const set = useHostAction((on: boolean) => link.call('session.dispatch', { type: 'phones.setModerated', on }));
  return (
    <label className="check phones-moderated">
      <input type="checkbox" data-testid="phones-moderated" checked={moderated} onChange={(event) => void set.run(event.target.checked)} />
      Hold phone notes until I approve them (a note the word filter flags is always held)
      <InlineError prefix="Could not change the review" error={set.error} />
    </label>
  );
}

function PhonesOn({ address, code, explainFirewall }: { address: string; code: string; explainFirewall: boolean }) {
  const link = useHostLink();
  // Phones on is when the OS asks, once per computer: from now on the sentence is not said again (the checklist keeps the firewall).
  useEffect(() => rememberFirewallExplained(), []);
  const status = useAppSelector((state) => state.sync.status?.phones ?? null);
  const showingJoin = useAppSelector((state) => state.session?.presenter.screen === 'join');
  const turnOff = useHostAction(() => link.call('phones.close', {}));
  const toggleJoin = useHostAction(() => link.call('session.dispatch', { type: 'presenter.toggleScreen', screen: 'join' }));
  const connected = status?.connected ?? 0;
  return (
    <div className="phones-on">
      <p className="phones-where" data-testid="phones-where">
        Phones join at <strong className="phones-mono">{address}</strong> with the code <strong className="phones-mono">{code}</strong>.
      </p>
      {status?.addressGone ? (
        <p className="inline-error" role="alert" data-testid="phones-address-gone">
          This computer no longer has the address {address.split(':')[0]}: the network changed, so phones cannot reach it. Turn phones off, then on again with an address from the list.
        </p>
      ) : null}
      <p className="phones-count" data-testid="phones-count" role="status">
        {connected === 1 ? '1 phone connected' : `${connected} phones connected`}
        {status && status.joined > connected ? ` (${status.joined} joined since phones were turned on)` : ''}
      </p>
      {explainFirewall ? <FirewallNote /> : null}
      <div className="modal-actions phones-actions">
        <button type="button" className={`btn${showingJoin ? ' btn-room-on' : ''}`} data-testid="phones-join-screen" aria-pressed={showingJoin} aria-keyshortcuts="Alt+J" onClick={() => void toggleJoin.run()}>
          {showingJoin ? 'Back to the activity' : 'Show how to join on the projector'} <kbd>Alt+J</kbd>
        </button>
        <button type="button" className="btn" data-testid="phones-off" disabled={turnOff.pending} onClick={() => void turnOff.run()}>
          Turn phones off
        </button>
      </div>
      <InlineError prefix="Could not change the projector" error={toggleJoin.error} />
      <InlineError prefix="Could not turn phones off" error={turnOff.error} />
      <ModerationField />
      <PhoneRuleFields />
      <PhonesHelp status={status} />
    </div>
  );
}
