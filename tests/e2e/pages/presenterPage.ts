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
    this.notesMore = page.getByTestId('presenter-notes').getByTestId('presenter-fit-more');
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

  /**
   * How many notes the projector accounts for: those showing, plus the counts its "+N earlier notes" lines give
   * (a crowded discussion draws only the newest notes that could show, so counting drawn notes says nothing).
   */
  async notesAccountedFor(): Promise<number> {
    return this.page.evaluate(() => {
      const shown = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="presenter-note"]')).filter((note) => !note.hidden).length;
      const folded = Array.from(document.querySelectorAll<HTMLElement>('[data-fit-more]:not([hidden])')).reduce(
        (sum, line) => sum + Number(/^\+(\d+) earlier notes?$/.exec(line.textContent ?? '')?.[1] ?? 0),
        0,
      );
      return shown + folded;
    });
  }

  /** Waits until the projector accounts for exactly `count` notes (see notesAccountedFor). */
  async expectNotesAccountedFor(count: number, timeout?: number): Promise<void> {
    await expect.poll(() => this.notesAccountedFor(), { message: `the projector shows or counts ${count} notes`, timeout }).toBe(count);
  }

  /** The texts of the projected notes that are showing, in order. */
  async visibleNoteTexts(): Promise<string[]> {
    return this.page.getByTestId('presenter-note').evaluateAll((items) =>
      items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.textContent ?? ''),
    );
  }

  /**
   * What someone at the back of the room would notice on the projected stage: text set smaller than the floor
   * (max(18px, 1/30 of the window height)), text reaching off the screen, fitted boxes whose content spills out,
   * texts cut short, and a page that scrolls. Only text that is showing counts.
   */
  async legibility(): Promise<Legibility> {
    return this.page.evaluate(() => {
      const floorPx = Math.max(18, window.innerHeight / 30);
      const stage = document.querySelector('[data-testid="presenter-stage"]');
      const label = (element: Element) => (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 48);
      const tooSmall: string[] = [];
      const offScreen: string[] = [];
      let smallestPx = Number.POSITIVE_INFINITY;
      for (const element of Array.from(stage?.querySelectorAll('*') ?? [])) {
        const ownText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
        if (!ownText || element.closest('[hidden]')) continue;
        const box = element.getBoundingClientRect();
        // Text in a 1px box is for screen readers only (a visually hidden live region), not for the room.
        if (box.width <= 1 || box.height <= 1) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        smallestPx = Math.min(smallestPx, size);
        if (size < floorPx - 0.05) tooSmall.push(`${label(element)} (${size.toFixed(1)}px)`);
        if (box.left < -0.5 || box.top < -0.5 || box.right > window.innerWidth + 0.5 || box.bottom > window.innerHeight + 0.5) offScreen.push(label(element));
      }
      const spilling = Array.from(document.querySelectorAll<HTMLElement>('[data-fit-box]'))
        .filter((box) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1)
        .map(label);
      const cut = Array.from(document.querySelectorAll<HTMLElement>('.pfit-clampable, .pmap-chip-text'))
        .filter((text) => !text.closest('[hidden]') && (text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1))
        .map(label);
      const root = document.documentElement;
      const pageScrolls = root.scrollWidth > window.innerWidth || root.scrollHeight > window.innerHeight;
      return { floorPx, smallestPx, tooSmall, offScreen, spilling, cut, pageScrolls };
    });
  }

  /** Checks legibility (see `legibility`): nothing below the floor, off the screen, spilling or scrolling; `allowCut` lists texts that may be cut. */
  async expectLegible({ allowCut = 0 }: { allowCut?: number } = {}): Promise<Legibility> {
    const seen = await this.legibility();
    expect.soft(seen.tooSmall, `text below the floor of ${seen.floorPx.toFixed(1)}px`).toEqual([]);
    expect.soft(seen.offScreen, 'text reaching off the screen').toEqual([]);
    expect.soft(seen.spilling, 'boxes whose content spills out').toEqual([]);
    expect.soft(seen.cut.length, `texts cut short: ${seen.cut.join(' | ')}`).toBeLessThanOrEqual(allowCut);
    expect.soft(seen.pageScrolls, 'the projector page scrolls').toBe(false);
    return seen;
  }
}

/** What `PresenterPage.legibility` reports. */
export interface Legibility {
  floorPx: number;
  smallestPx: number;
  tooSmall: string[];
  offScreen: string[];
  spilling: string[];
  cut: string[];
  pageScrolls: boolean;
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
