import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, expectInSync, test } from './support/fixtures';
import { expectCleanLayout, expectCleanScreen } from './support/layoutCheck';
import { activityAt } from './support/workshop';
import { expectNothingFound } from './support/axeAllRules';

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'phones');
const first = activityAt(0);
const second = activityAt(1);

/** A phone: its own browser context (its own storage), the size of a 6-inch phone, touch. */
async function openPhone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Turns phones on from the control window at this computer's address (the only one a test may listen on). */
async function turnPhonesOn(control: Page, { checkAxe = false }: { checkAxe?: boolean } = {}): Promise<{ address: string; code: string }> {
  await control.keyboard.press('Alt+p');
  const dialog = control.getByTestId('phones-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('phones-address').first()).toBeVisible();
  if (checkAxe) await expectNothingFound(control, 'phones dialog, phones off');
  await dialog.getByTestId('phones-address').and(control.locator('[value="127.0.0.1"]')).check();
  await dialog.getByTestId('phones-on').click();
  const where = dialog.getByTestId('phones-where');
  await expect(where).toContainText('Phones join at 127.0.0.1:');
  const [, address = '', code = ''] = /join at (\S+) with the code (\w{4})/.exec((await where.textContent()) ?? '') ?? [];
  return { address, code };
}

test.describe('phones in the room', () => {
  test('a phone joins by the projected address and code, answers, goes offline and comes back without losing or doubling a note', async ({ control, presenter, browser }) => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    await control.createSession('Ops leads', '2026-11-28');
    await expect(control.page.getByTestId('phones'), 'phones are off until turned on').toHaveAttribute('aria-pressed', 'false');
    const { address, code } = await turnPhonesOn(control.page, { checkAxe: true });
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    await expectNothingFound(control.page, 'phones dialog, phones on');

    // The projector shows how to join: a QR code, the address and the code, legible and whole on both projectors.
    await control.page.getByTestId('phones-join-screen').click();
    const joinScreen = presenter.page.getByTestId('presenter-join');
    await expect(joinScreen).toBeVisible();
    await expect(presenter.page.getByTestId('presenter-join-address')).toHaveText(address);
    await expect(presenter.page.getByTestId('presenter-join-code')).toHaveText(code);
    await expect(joinScreen.getByRole('img', { name: `QR code for http://${address}/#${code}` })).toBeVisible();
    for (const [width, height] of [
      [1024, 768],
      [1920, 1080],
    ] as const) {
      await presenter.page.setViewportSize({ width, height });
      await expectCleanScreen(presenter.page, `join screen ${width}x${height}`);
      await expectNothingFound(presenter.page, `join screen ${width}x${height}`);
      await presenter.page.screenshot({ path: join(SHOTS_DIR, `presenter-join-${width}x${height}.png`) });
    }
    await expectCleanScreen(control.page, 'phones dialog, phones on, 1280x720');
    await control.page.screenshot({ path: join(SHOTS_DIR, 'control-phones-on-1280x720.png') });
    await control.page.keyboard.press('Escape');
    await expectCleanScreen(control.page, 'control window with phones on, 1280x720');

    // The phone types the address it read, then the code.
    const phone = await openPhone(browser, `http://${address}/`);
    await phone.getByTestId('phone-code-input').fill(code.toLowerCase());
    await phone.getByTestId('phone-join').click();
    await expect(phone.getByTestId('phone-activity-title')).toHaveText(first.title);
    await expect(phone.getByTestId('phone-prompt')).toHaveText(first.prompt);
    await expect(phone.getByTestId('phone-mode'), 'the phone says answers are anonymous before anyone types').toContainText('Anonymous');
    await expect(control.page.getByTestId('phones')).toContainText('Phones · 1');
    await expectCleanLayout(phone, 'phone, joined');
    await expectNothingFound(phone, 'phone page, a sort');
    await phone.screenshot({ path: join(SHOTS_DIR, 'phone-discussion-390x844.png') });

    // Back to the activity on the projector: Esc (back to live).
    await control.pressOnPage('Escape');
    await expect(joinScreen).toHaveCount(0);

    await phone.getByTestId('phone-note-input').fill('Budgets and rotas');
    await phone.getByTestId('phone-send').click();
    await expect(phone.getByTestId('phone-item').first()).toHaveAttribute('data-state', 'sent');
    await expect(control.note('Budgets and rotas')).toHaveCount(1);
    await expect(control.note('Budgets and rotas').getByTestId('note-from-phone'), 'the facilitator sees it came from a phone').toBeVisible();
    await expect(presenter.page.getByText('Budgets and rotas')).toBeVisible();

    // Offline (a phone walking out of Wi-Fi range): what it sends waits in its outbox, and arrives once when it is back.
    await phone.context().setOffline(true);
    await phone.evaluate(() => window.dispatchEvent(new Event('offline')));
    await phone.getByTestId('phone-note-input').fill('Written in the corridor');
    await phone.getByTestId('phone-send').click();
    await expect(phone.getByTestId('phone-item').first()).toHaveAttribute('data-state', 'sending');
    await phone.reload().catch(() => undefined);
    await phone.context().setOffline(false);
    await phone.goto(`http://${address}/`);
    await expect(phone.getByTestId('phone-item').filter({ hasText: 'Written in the corridor' })).toHaveAttribute('data-state', 'sent');
    await expect(control.note('Written in the corridor')).toHaveCount(1);
    await expect(control.note('Budgets and rotas')).toHaveCount(1);
    await expect(control.notes, 'each note once, however often the phone sent it').toHaveCount(2);

    // The facilitator hides a phone's note: the projector drops it, the phone is not told whose note was hidden.
    await control.note('Written in the corridor').getByTestId('note-visibility').click();
    await expectInSync(control, presenter);
    await expect(presenter.page.getByText('Written in the corridor')).toHaveCount(0);

    // The room moves on: the phone follows.
    await control.pressOnPage('PageDown');
    await expect(phone.getByTestId('phone-activity-title')).toHaveText(second.title);
    await phone.context().close();
  });

  test('named answers: the phone asks for a name before sending, and the note carries it', async ({ control, browser }) => {
    await control.createSession('Ops leads', '2026-11-28');
    const { address, code } = await turnPhonesOn(control.page);
    await control.page.getByTestId('phones-rule-named').click();
    await expect(control.page.getByTestId('phones-rule-named')).toBeChecked();
    await control.page.keyboard.press('Escape');
    const phone = await openPhone(browser, `http://${address}/#${code}`);
    await expect(phone.getByTestId('phone-mode')).toContainText('Named');
    await phone.getByTestId('phone-note-input').fill('Ask the team first');
    await phone.getByTestId('phone-send').click();
    await expect(phone.getByTestId('phone-name-input')).toBeFocused();
    await phone.getByTestId('phone-name-input').fill('Priya');
    await phone.getByTestId('phone-send').click();
    await expect(control.note('Ask the team first')).toContainText('Priya');
    await phone.context().close();
  });

  test('moderated: phone notes wait in the review queue; Alt+R, then A shows one and H keeps the next hidden, by keyboard', async ({ control, presenter, browser }) => {
    await control.createSession('Ops leads', '2026-11-28');
    const { address, code } = await turnPhonesOn(control.page);
    await control.page.getByTestId('phones-moderated').click();
    await expect(control.page.getByTestId('phones-moderated')).toBeChecked();
    await control.page.keyboard.press('Escape');
    const phone = await openPhone(browser, `http://${address}/#${code}`);
    for (const text of ['Fair rotas', 'Not for the room']) {
      await phone.getByTestId('phone-note-input').fill(text);
      await phone.getByTestId('phone-send').click();
      await expect(phone.getByTestId('phone-item').filter({ hasText: text })).toHaveAttribute('data-state', 'sent');
    }
    const queue = control.page.getByTestId('review-queue');
    await expect(queue).toContainText('2 phone notes wait for your review');
    await expect(queue.getByTestId('review-text')).toHaveText('Fair rotas');
    await expectInSync(control, presenter);
    await expect(presenter.page.getByText('Fair rotas'), 'the room sees nothing before it is approved').toHaveCount(0);
    await expectCleanScreen(control.page, 'review queue, 1280x720');
    await expectNothingFound(control.page, 'review queue');
    await control.page.screenshot({ path: join(SHOTS_DIR, 'control-review-queue-1280x720.png') });

    await control.page.keyboard.press('Alt+r');
    await expect(queue).toBeFocused();
    await control.page.keyboard.press('a');
    await expect(presenter.page.getByText('Fair rotas')).toBeVisible();
    await expect(queue.getByTestId('review-text')).toHaveText('Not for the room');
    await expect(queue).toBeFocused();
    await control.page.keyboard.press('h');
    await expect(queue).toHaveCount(0);
    await expect(control.captureInput, 'the letters reviewed, they were not typed').toHaveValue('');
    await expect(control.note('Not for the room')).toContainText('Hidden from projector');
    await expectInSync(control, presenter);
    await expect(presenter.page.getByText('Not for the room')).toHaveCount(0);
    await phone.context().close();
  });

  test('removing a phone closes it, hides what it sent and keeps it out after a reload; Ctrl+Z lets it back in and what it wrote meanwhile arrives', async ({ control, presenter, browser }) => {
    await control.createSession('Ops leads', '2026-11-28');
    const { address, code } = await turnPhonesOn(control.page);
    await control.page.keyboard.press('Escape');
    const phone = await openPhone(browser, `http://${address}/#${code}`);
    await phone.getByTestId('phone-note-input').fill('Something unkind');
    await phone.getByTestId('phone-send').click();
    await expect(presenter.page.getByText('Something unkind')).toBeVisible();
    await control.note('Something unkind').getByTestId('note-mute-phone').click();
    await expect(control.note('Something unkind')).toContainText('Hidden from projector');
    await expect(control.note('Something unkind').getByTestId('note-mute-phone')).toHaveText('Let in');
    await expectInSync(control, presenter);
    await expect(presenter.page.getByText('Something unkind')).toHaveCount(0);
    const removed = 'The facilitator has removed this phone from the session. What you wrote stays on this phone.';
    await expect(phone.getByTestId('phone-status')).toHaveText(removed);
    await phone.getByTestId('phone-note-input').fill('And again');
    await phone.getByTestId('phone-send').click();
    await expect(phone.getByTestId('phone-item').filter({ hasText: 'And again' })).toHaveAttribute('data-state', 'sending');
    await phone.reload();
    await expect(phone.getByTestId('phone-status'), 'a reload does not undo a removal').toHaveText(removed);
    await expect(control.page.getByText('And again')).toHaveCount(0);
    await control.pressOnPage('Control+z');
    await expect(control.note('Something unkind').getByTestId('note-mute-phone')).toHaveText('Remove');
    await expect(presenter.page.getByText('Something unkind')).toBeVisible();
    // The participant looks at the phone again: it rejoins at once rather than at its next quiet try.
    await phone.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(phone.getByTestId('phone-status')).toHaveText('Connected');
    await expect(presenter.page.getByText('And again')).toBeVisible();
    await expect(control.note('And again')).toHaveCount(1);
    await phone.context().close();
  });

  test('a dot vote from a phone: dots placed with + and −, sent, changed, counted with the room’s once revealed, then closed', async ({ control, presenter, browser }) => {
    await control.createSession('Ops leads', '2026-11-28');
    const { address, code } = await turnPhonesOn(control.page);
    await control.page.keyboard.press('Escape');
    await control.agendaItems.filter({ hasText: 'Signs of missing trust' }).click();
    const phone = await openPhone(browser, `http://${address}/#${code}`);
    const ballot = phone.getByTestId('phone-ballot');
    await expect(ballot).toBeVisible();
    const micro = ballot.getByTestId('phone-option').filter({ hasText: 'Micromanagement' });
    const empathy = ballot.getByTestId('phone-option').filter({ hasText: 'A lack of empathy' });
    // The built-in vote gives two dots each (sized to its four options).
    await micro.getByTestId('phone-dot-add').click();
    await empathy.getByTestId('phone-dot-add').click();
    await expect(phone.getByTestId('phone-dots-left')).toContainText('2 of 2');
    await expect(micro.getByTestId('phone-dot-add'), 'no dots left').toBeDisabled();
    await expectCleanLayout(phone, 'phone, a vote');
    await expectNothingFound(phone, 'phone page, a vote');
    await phone.screenshot({ path: join(SHOTS_DIR, 'phone-vote-390x844.png') });
    await phone.getByTestId('phone-vote-send').click();
    await expect(phone.getByTestId('phone-vote-state')).toContainText('Vote sent');
    const phoneDots = control.page.getByTestId('vote-phone-dots');
    await expect(phoneDots).toHaveText(['+1 📱', '+1 📱']);
    await expect(control.page.getByTestId('vote-total')).toContainText('1 phone voted');

    // Changed before the results are out: the phone's one ballot is replaced, not added to.
    await micro.getByTestId('phone-dot-remove').click();
    await empathy.getByTestId('phone-dot-add').click();
    await phone.getByTestId('phone-vote-send').click();
    await expect(phoneDots).toHaveText(['+2 📱']);

    await control.page.getByTestId('vote-reveal-toggle').click();
    await expectInSync(control, presenter);
    await expect(presenter.page.getByTestId('presenter-vote-total')).toContainText('2 dots');
    await expect(presenter.page.getByTestId('presenter-vote-result').first()).toContainText('A lack of empathy');
    await expect(presenter.page.getByTestId('presenter-vote-result').first()).toContainText('2 dots');
    await expect(phone.getByTestId('phone-vote-state')).toContainText('closed');
    await phone.context().close();
  });

  test('the other kinds from a phone: a map note to the tray, a scale rated privately, a reflection shared by choice, a commitment by when', async ({ control, presenter, browser }) => {
    await control.createSession('Ops leads', '2026-11-28');
    const { address, code } = await turnPhonesOn(control.page);
    await control.page.keyboard.press('Escape');
    const phone = await openPhone(browser, `http://${address}/#${code}`);
    const go = async (title: string) => {
      await control.agendaItems.filter({ hasText: title }).click();
      await expect(phone.getByTestId('phone-activity-title')).toHaveText(title);
    };
    const sendNote = async (text: string) => {
      await phone.getByTestId('phone-note-input').fill(text);
      await phone.getByTestId('phone-send').click();
      await expect(phone.getByTestId('phone-item').filter({ hasText: text })).toHaveAttribute('data-state', 'sent');
    };

    await go('Map: where does your week go?');
    await expect(phone.getByText('places it on the map')).toBeVisible();
    await sendNote('Rota firefighting');
    await expect(control.page.getByTestId('map-tray')).toContainText('Rota firefighting');

    await go('Where do my strengths lie?');
    const statements = phone.getByTestId('phone-statement');
    await statements.first().getByTestId('phone-point').last().click();
    await statements.nth(1).getByTestId('phone-point').first().click();
    await phone.getByTestId('phone-rating-send').click();
    await expect(phone.getByTestId('phone-rating-state')).toContainText(/sent/i);
    await expect(control.page.getByTestId('scale-phone-count')).toHaveText(['+1 📱', '+1 📱']);
    await expectNothingFound(phone, 'phone page, a scale');
    await phone.screenshot({ path: join(SHOTS_DIR, 'phone-scale-390x844.png') });

    await go('Feet on the ground, reaching for the stars');
    const secret = 'I avoid the long-term talk with my own manager';
    await phone.getByTestId('phone-reflection-private').fill(secret);
    await phone.reload();
    await expect(phone.getByTestId('phone-reflection-private'), 'the private writing survives a reload').toHaveValue(secret);
    await phone.getByTestId('phone-reflection-copy').click();
    await expect(phone.getByTestId('phone-note-input')).toHaveValue(secret);
    await expectNothingFound(phone, 'phone page, a reflection');
    await phone.screenshot({ path: join(SHOTS_DIR, 'phone-reflection-390x844.png') });
    await sendNote('Long-term talks need a slot of their own');
    await expect(control.note('Long-term talks need a slot of their own')).toBeVisible();
    await expect(control.page.getByText(secret), 'the private writing never leaves the phone').toHaveCount(0);

    await go('Close: two sides of the same job');
    await phone.getByTestId('phone-by-when').fill('Friday');
    await sendNote('Book a one-to-one about next year');
    const item = control.page.getByTestId('commitment-item').filter({ hasText: 'Book a one-to-one about next year' });
    await expect(item.getByTestId('commitment-when')).toHaveText('by Friday');
    await expect(item.getByTestId('note-from-phone')).toHaveText('Phone');
    await expect(phone.getByTestId('phone-by-when'), 'cleared for the next one').toHaveValue('');
    await expectInSync(control, presenter);
    await phone.screenshot({ path: join(SHOTS_DIR, 'phone-commitment-390x844.png') });
    await phone.context().close();
  });

  test('turning phones off closes the room: the phone says so, and the address no longer answers', async ({ control, browser }) => {
    await control.createSession('Ops leads', '2026-11-28');
    const { address, code } = await turnPhonesOn(control.page);
    const phone = await openPhone(browser, `http://${address}/#${code}`);
    await expect(phone.getByTestId('phone-activity-title')).toHaveText(first.title);
    await control.page.getByTestId('phones-off').click();
    await expect(control.page.getByTestId('phones-on')).toBeVisible();
    await expect(phone.getByTestId('phone-status')).toContainText(/off/i);
    const refused = await fetch(`http://${address}/`).then(
      () => false,
      () => true,
    );
    expect(refused, 'nothing listens at the address once phones are off').toBe(true);
    await phone.context().close();
  });
});
