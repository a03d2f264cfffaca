// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIREWALL_EXPLAINED_KEY, FIREWALL_SENTENCE } from '../../../../renderer/control/phones/firewallExplained';
import type { FakeLink } from '../fakeLink';
import { mountPhonesDialog, OPEN, phonesStore } from './phonesDialogHarness';
import type { MountedPhones } from './phonesDialogHarness';

const WIFI = { address: '192.168.1.23', interfaceName: 'wlan0', kind: 'wifi' as const, label: 'Wi-Fi (wlan0)' };

/** Answers the dialog's question for this computer's addresses, as the host does. */
async function answerAddresses(link: FakeLink): Promise<void> {
  await act(async () => {
    for (const call of link.callsOf('phones.addresses')) call.resolve({ addresses: [WIFI] });
    await Promise.resolve();
  });
}

function note(dialog: MountedPhones): HTMLElement | null {
  return dialog.container.querySelector('[data-testid="phones-firewall"]');
}

function turnOnButton(dialog: MountedPhones): HTMLButtonElement {
  const button = dialog.container.querySelector<HTMLButtonElement>('[data-testid="phones-on"]');
  if (!button) throw new Error('No “Turn phones on” button.');
  return button;
}

/** Clicks “Turn phones on”, lets the host accept, and applies its event to the replica (phones are on in the dialog). */
async function turnOn(dialog: MountedPhones): Promise<void> {
  await answerAddresses(dialog.link);
  act(() => turnOnButton(dialog).click());
  const opening = dialog.link.callsOf('phones.open');
  expect(opening.map((call) => call.args)).toEqual([{ address: WIFI.address }]);
  await act(async () => {
    opening[0]?.resolve({ open: OPEN });
    await Promise.resolve();
  });
  dialog.phonesOpened();
  expect(dialog.container.querySelector('[data-testid="phones-where"]')).not.toBeNull();
}

describe('the firewall sentence, said once on this computer when phones are first turned on', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('the first time: beside “Turn phones on” (which it describes), still there once phones are on, then remembered', async () => {
    const dialog = mountPhonesDialog();
    await answerAddresses(dialog.link);
    const before = note(dialog);
    expect(before?.textContent).toBe(FIREWALL_SENTENCE);
    expect(turnOnButton(dialog).getAttribute('aria-describedby')).toBe(before?.id);
    expect(localStorage.getItem(FIREWALL_EXPLAINED_KEY), 'opening the dialog is not yet turning phones on').toBeNull();
    await turnOn(dialog);
    // The OS asks now, as the server starts listening: the sentence stays for this opening of the dialog.
    expect(note(dialog)?.textContent).toBe(FIREWALL_SENTENCE);
    expect(localStorage.getItem(FIREWALL_EXPLAINED_KEY)).toBe('yes');
  });

  it('not again after: the dialog opened later, with phones on or off, says nothing of the firewall', async () => {
    const store = phonesStore();
    const first = mountPhonesDialog({ store });
    await turnOn(first);
    first.close();

    const onAgain = mountPhonesDialog({ store });
    expect(note(onAgain)).toBeNull();
    onAgain.close();

    const offAgain = mountPhonesDialog();
    await answerAddresses(offAgain.link);
    expect(note(offAgain)).toBeNull();
    expect(turnOnButton(offAgain).hasAttribute('aria-describedby')).toBe(false);
    expect(offAgain.container.textContent).not.toContain('accept connections');
  });

  it('opening the dialog and closing it without turning phones on keeps the sentence for next time', async () => {
    const first = mountPhonesDialog();
    await answerAddresses(first.link);
    expect(note(first)).not.toBeNull();
    first.close();
    const next = mountPhonesDialog();
    expect(note(next)).not.toBeNull();
  });

  it('phones found already on (turned on before this was remembered) still say it once, and remember', () => {
    const first = mountPhonesDialog({ on: true });
    expect(note(first)?.textContent).toBe(FIREWALL_SENTENCE);
    first.close();
    expect(note(mountPhonesDialog({ on: true }))).toBeNull();
  });

  it('storage that throws counts as not yet told, and never stops phones from turning on', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const dialog = mountPhonesDialog();
    await answerAddresses(dialog.link);
    expect(note(dialog)?.textContent).toBe(FIREWALL_SENTENCE);
    await turnOn(dialog);
    expect(setItem).toHaveBeenCalledWith(FIREWALL_EXPLAINED_KEY, 'yes');
    expect(note(dialog)?.textContent).toBe(FIREWALL_SENTENCE);
  });

  it('a window with no localStorage at all (its getter throws) says it, and does not crash', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const dialog = mountPhonesDialog();
    await answerAddresses(dialog.link);
    expect(note(dialog)).not.toBeNull();
    await turnOn(dialog);
    expect(note(dialog)).not.toBeNull();
  });
});
