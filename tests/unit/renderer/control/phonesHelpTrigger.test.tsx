// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_BEFORE_HELP_MS } from '../../../../renderer/control/phones/PhonesHelp';
import { mountPhonesDialog } from './phonesDialogHarness';
import type { MountedPhones } from './phonesDialogHarness';

/** The host's clock runs ahead of this window's, as after a snapshot: `since` is host time, so the trigger must add the offset. */
const HOST_AHEAD_MS = 7_000;
const HEARD_NONE_JOINED = 'Phones reach this computer, but none has joined';

/** Moves this window's clock and its timers on together (fake timers move Date.now with them). */
function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** Phones on, the host's status pushed with `since` = now on the host's clock; hands back the mounted dialog. */
function phonesOnJustNow(status: { heard?: boolean; joined?: number; connected?: number } = {}): MountedPhones {
  const mounted = mountPhonesDialog({ on: true, clockOffsetMs: HOST_AHEAD_MS });
  mounted.pushStatus({ connected: 0, joined: 0, heard: false, ...status, since: Date.now() + HOST_AHEAD_MS });
  return mounted;
}

function help(container: HTMLElement): HTMLDetailsElement {
  const element = container.ownerDocument.querySelector<HTMLDetailsElement>('[data-testid="phones-help"]');
  if (!element) throw new Error('The phones dialog shows no checklist at all.');
  return element;
}

/** Whether the checklist is offered: opened by itself, under the heading that says no phone has joined. */
function offered(container: HTMLElement): boolean {
  const element = help(container);
  const summary = element.querySelector('summary')?.textContent ?? '';
  // The three signs move together; a half-offered checklist (open with the idle heading) would be a bug of its own.
  expect(element.open).toBe(element.hasAttribute('data-offered'));
  expect(summary === 'No phone has joined yet: what to check').toBe(element.open);
  return element.open;
}

describe('the phones checklist offered after a quiet minute (PhonesHelp, fed by PhonesDialog from the replica)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-28T09:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the minute is what the checklist waits for', () => {
    expect(QUIET_BEFORE_HELP_MS).toBe(60_000);
  });

  it('is not offered before 60 s with no request, and is after, with the four checks in plain words', () => {
    const { container } = phonesOnJustNow();
    expect(offered(container)).toBe(false);
    advance(30_000);
    expect(offered(container)).toBe(false);
    advance(29_800);
    expect(offered(container), 'one tick short of the minute').toBe(false);
    advance(200);
    expect(offered(container), 'the minute is up').toBe(true);
    const text = help(container).textContent ?? '';
    expect(text).toContain('Guest Wi-Fi often keeps devices apart');
    expect(text).toContain('Mobile data.');
    expect(text).toContain('Firewall.');
    expect(text).toContain('Wrong address.');
    expect(text).not.toContain(HEARD_NONE_JOINED);
  });

  it('counts the minute from when the host turned phones on, not from when the dialog opened', () => {
    const mounted = mountPhonesDialog({ on: true, clockOffsetMs: HOST_AHEAD_MS });
    // Phones were turned on 45 s ago (host time); the dialog is opened now.
    mounted.pushStatus({ connected: 0, joined: 0, heard: false, since: Date.now() + HOST_AHEAD_MS - 45_000 });
    expect(offered(mounted.container)).toBe(false);
    advance(15_000);
    expect(offered(mounted.container)).toBe(true);
  });

  it('when requests were heard but no phone joined, says so above the checks', () => {
    const { container } = phonesOnJustNow({ heard: true });
    advance(QUIET_BEFORE_HELP_MS - 1_000);
    expect(offered(container)).toBe(false);
    expect(container.ownerDocument.body.textContent).not.toContain(HEARD_NONE_JOINED);
    advance(1_000);
    expect(offered(container)).toBe(true);
    expect(help(container).querySelector('.phones-help-lead')?.textContent).toContain(`${HEARD_NONE_JOINED}: check that people type the room code`);
  });

  it('the sentence follows the host: no request yet, then one heard, switches it on while the checklist is open', () => {
    const mounted = phonesOnJustNow();
    const since = Date.now() + HOST_AHEAD_MS;
    advance(QUIET_BEFORE_HELP_MS);
    expect(help(mounted.container).textContent).not.toContain(HEARD_NONE_JOINED);
    mounted.pushStatus({ connected: 0, joined: 0, heard: true, since });
    expect(help(mounted.container).textContent).toContain(HEARD_NONE_JOINED);
  });

  it('once a phone joined, is never offered, even long after', () => {
    const mounted = mountPhonesDialog({ on: true, clockOffsetMs: HOST_AHEAD_MS });
    // Opened five minutes after phones were turned on: the quiet minute is long past, but a phone joined.
    mounted.pushStatus({ connected: 1, joined: 1, heard: true, since: Date.now() + HOST_AHEAD_MS - 5 * QUIET_BEFORE_HELP_MS });
    expect(offered(mounted.container)).toBe(false);
    advance(5 * QUIET_BEFORE_HELP_MS);
    expect(offered(mounted.container)).toBe(false);
    expect(help(mounted.container).textContent).not.toContain(HEARD_NONE_JOINED);
  });

  it('nor when the phone that joined has left again (joined counts since phones were turned on)', () => {
    const mounted = mountPhonesDialog({ on: true, clockOffsetMs: HOST_AHEAD_MS });
    mounted.pushStatus({ connected: 0, joined: 1, heard: true, since: Date.now() + HOST_AHEAD_MS - 5 * QUIET_BEFORE_HELP_MS });
    advance(QUIET_BEFORE_HELP_MS);
    expect(offered(mounted.container)).toBe(false);
  });

  it('a phone joining after the checklist was offered takes it away', () => {
    const mounted = phonesOnJustNow({ heard: true });
    const since = Date.now() + HOST_AHEAD_MS;
    advance(QUIET_BEFORE_HELP_MS);
    expect(offered(mounted.container)).toBe(true);
    mounted.pushStatus({ connected: 0, joined: 1, heard: true, since });
    expect(offered(mounted.container)).toBe(false);
    advance(QUIET_BEFORE_HELP_MS);
    expect(offered(mounted.container)).toBe(false);
  });
});
