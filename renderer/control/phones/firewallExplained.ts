/** Where the control window remembers that the firewall question was explained: the OS asks once per computer, so we say it once. */
export const FIREWALL_EXPLAINED_KEY = 'groundwork.phones.firewallExplained';

/** The one sentence said the first time phones are turned on, before the OS asks, so the facilitator neither hesitates nor clicks Deny. */
export const FIREWALL_SENTENCE =
  'Your computer may ask whether Groundwork may accept connections from the network: allow it (on Windows, tick Private networks, then Allow access; on a Mac, click Allow) so phones in this room can reach this computer; nothing goes to the internet.';

/** Whether the facilitator was already told, on this computer; storage that is missing, blocked or throwing counts as not yet. */
export function firewallExplained(): boolean {
  try {
    return globalThis.localStorage?.getItem(FIREWALL_EXPLAINED_KEY) === 'yes';
  } catch {
    return false;
  }
}

/** Remembers that the facilitator was told; storage that refuses only means the sentence is said again next time. */
export function rememberFirewallExplained(): void {
  try {
    globalThis.localStorage?.setItem(FIREWALL_EXPLAINED_KEY, 'yes');
  } catch {
    // Not remembered: one sentence too many next time, never a failure to turn phones on.
  }
}
