import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The projector window, as a test reads it: title, prompt, timer, notes, blackout. */
export class PresenterPage {
  readonly page: Page;
  readonly title: Locator;
  readonly prompt: Locator;
  /** The projected timer; its accessible name reads "<phase words>: <clock>" and `data-phase` names the phase. */
  readonly timer: Locator;
  readonly notes: Locator;
  readonly notesMore: Locator;
  readonly blackout: Locator;
  readonly waiting: Locator;

  constructor(page: Page) {
    this.page = page;
    this.title = page.getByTestId('presenter-title');
    this.prompt = page.getByTestId('presenter-prompt');
    this.timer = page.getByTestId('presenter-timer');
    this.notes = page.getByTestId('presenter-note');
    this.notesMore = page.getByTestId('presenter-notes-more');
    this.blackout = page.getByTestId('presenter-blackout');
    this.waiting = page.getByTestId('presenter-waiting');
  }

  /** Loads the projector window and waits until it has the host's first snapshot. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('body[data-rev]')).toBeAttached();
  }

  /** The revision of the session this window last applied, or null before the first snapshot. */
  async rev(): Promise<number | null> {
    const value = await this.page.evaluate(() => document.body.dataset.rev ?? null);
    return value === null ? null : Number(value);
  }

  /** The clock the room reads, e.g. "9:58" or "+0:03", taken from the timer's accessible name. */
  async timerClock(): Promise<string> {
    const label = (await this.timer.getAttribute('aria-label')) ?? '';
    return label.slice(label.lastIndexOf(': ') + 2);
  }

  /** Waits until the projected clock reads exactly this. */
  async expectClock(clock: string): Promise<void> {
    await expect(this.timer).toHaveAttribute('aria-label', new RegExp(`: ${escapeRegExp(clock)}$`));
  }

  /** The projected note with exactly this text. */
  note(text: string): Locator {
    return this.notes.filter({ has: this.page.getByText(text, { exact: true }) });
  }

  /** The texts of the projected notes that are showing, in order. */
  async visibleNoteTexts(): Promise<string[]> {
    return this.page.getByTestId('presenter-note').evaluateAll((items) =>
      items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.textContent ?? ''),
    );
  }
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
