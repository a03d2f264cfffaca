import { FIREWALL_SENTENCE } from './firewallExplained';

/** The first-time firewall sentence, as a note beside turning phones on (its id lets the button be described by it). */
export function FirewallNote({ id }: { id?: string }) {
  return (
    <p id={id} className="field-hint phones-firewall" role="note" data-testid="phones-firewall">
      {FIREWALL_SENTENCE}
    </p>
  );
}
