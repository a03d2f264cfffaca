import type { LinkStatus } from './phoneSocket';

/** The status line's sentence for each state of the link. */
export function statusText(status: LinkStatus): string {
  switch (status) {
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return 'Connected';
    case 'reconnecting':
      return 'Reconnecting…';
    case 'wrongCode':
      return "That code is not this room's. Check the projector.";
    case 'phonesOff':
      return 'Phones are off for now. This page rejoins by itself when they are back on.';
    case 'busy':
      return 'The room is busy. Wait a minute: this page tries again by itself.';
    case 'removed':
      return 'The facilitator has removed this phone from the session. What you wrote stays on this phone.';
    case 'reload':
      return 'Groundwork was updated. Reload this page to go on.';
  }
}

/** Whether the status is a problem the participant should notice (shown in the warning colour). */
export function statusIsWarning(status: LinkStatus): boolean {
  return status !== 'connecting' && status !== 'connected' && status !== 'reconnecting';
}
