import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The facilitator's window, as a test drives it: home screen, agenda, timer, notes and files. */
export class ControlPage {
  readonly page: Page;

  // Home screen
  readonly groupInput: Locator;
  readonly dateInput: Locator;
  readonly startButton: Locator;
  readonly recentSessions: Locator;
  readonly openSessionButton: Locator;

  // Session screen
  readonly activityTitle: Locator;
  readonly prompt: Locator;
  readonly nextButton: Locator;
  readonly previousButton: Locator;
  readonly agendaItems: Locator;
  readonly currentAgendaItem: Locator;
  readonly blackoutButton: Locator;
  /** The room-status strip while the room sees a black screen. */
  readonly roomBlackStatus: Locator;
  readonly saveStatus: Locator;
  readonly fileName: Locator;
  readonly saveAsButton: Locator;
  readonly homeButton: Locator;
  readonly fileDialog: Locator;

  // Timer
  readonly timerPanel: Locator;
  readonly timerRemaining: Locator;
  readonly timerState: Locator;
  readonly timerPlan: Locator;
  readonly timerToggle: Locator;
  readonly timerPlus: Locator;
  readonly timerMinus: Locator;
  readonly timerReset: Locator;
  readonly confirmReset: Locator;

  // Notes
  readonly captureInput: Locator;
  readonly captureError: Locator;
  readonly notes: Locator;
  readonly noteTexts: Locator;
  readonly notesCount: Locator;
  readonly toasts: Locator;
  readonly connectionBanner: Locator;

  constructor(page: Page) {
    this.page = page;
    this.groupInput = page.getByTestId('new-session-group');
    this.dateInput = page.getByTestId('new-session-date');
    this.startButton = page.getByTestId('new-session-start');
    this.recentSessions = page.getByTestId('recent-session');
    this.openSessionButton = page.getByTestId('open-session');

    this.activityTitle = page.getByTestId('activity-title');
    this.prompt = page.getByTestId('control-prompt');
    this.nextButton = page.getByTestId('next-activity');
    this.previousButton = page.getByTestId('previous-activity');
    this.agendaItems = page.getByTestId('agenda-item');
    this.currentAgendaItem = page.locator('[data-testid="agenda-item"][aria-current="step"]');
    this.blackoutButton = page.getByTestId('blackout');
    this.roomBlackStatus = page.locator('[data-testid="room-status"][data-room="black"]');
    this.saveStatus = page.getByTestId('save-status');
    this.fileName = page.getByTestId('file-name');
    this.saveAsButton = page.getByTestId('save-as');
    this.homeButton = page.getByTestId('home');
    this.fileDialog = page.getByTestId('file-dialog');

    this.timerPanel = page.getByTestId('timer-panel');
    this.timerRemaining = page.getByTestId('timer-remaining');
    this.timerState = page.getByTestId('timer-state');
    this.timerPlan = page.getByTestId('timer-plan');
    this.timerToggle = page.getByTestId('timer-toggle');
    this.timerPlus = page.getByTestId('timer-plus');
    this.timerMinus = page.getByTestId('timer-minus');
    this.timerReset = page.getByTestId('timer-reset');
    this.confirmReset = page.getByTestId('confirm-reset');

    this.captureInput = page.getByTestId('capture-input');
    this.captureError = page.getByTestId('capture-error');
    this.notes = page.getByTestId('note-item');
    this.noteTexts = page.getByTestId('note-text');
    this.notesCount = page.getByTestId('notes-count');
    this.toasts = page.getByTestId('toast');
    this.connectionBanner = page.getByTestId('connection-banner');
  }

  /** Loads the control window and waits until it has the host's first snapshot. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitForFirstSnapshot();
  }

  /** Waits until the window shows the host's state (the revision is on the body). */
  async waitForFirstSnapshot(): Promise<void> {
    await expect(this.page.locator('body[data-rev]')).toBeAttached();
  }

  /** The revision of the session this window last applied, or null before the first snapshot. */
  async rev(): Promise<number | null> {
    const value = await this.page.evaluate(() => document.body.dataset.rev ?? null);
    return value === null ? null : Number(value);
  }

  /** The revision at which what the room sees last changed, as this window worked it out; null before the first snapshot. */
  async roomRev(): Promise<number | null> {
    const value = await this.page.evaluate(() => document.body.dataset.roomRev ?? null);
    return value === null ? null : Number(value);
  }

  /**
   * Starts a session from the home screen and waits for the session screen. The room first sees the title screen;
   * unless `onTitleScreen` is asked for, the helper then shows the first activity (Back to live), as most tests start there.
   */
  async createSession(group: string, date: string, { onTitleScreen = false }: { onTitleScreen?: boolean } = {}): Promise<void> {
    await this.groupInput.fill(group);
    await this.dateInput.fill(date);
    await expect(this.startButton).toBeEnabled();
    await this.startButton.click();
    await expect(this.activityTitle).toBeVisible();
    const status = this.page.getByTestId('room-status');
    await expect(status).toHaveAttribute('data-room', 'title');
    if (onTitleScreen) return;
    await this.page.getByTestId('return-live').click();
    await expect(status).toHaveCount(0);
  }

  /** The timer toggle: Start, Pause or Resume. Waits for the label the click leads to. */
  async toggleTimer(expectedLabelAfter: 'Pause' | 'Resume' | 'Start'): Promise<void> {
    await this.timerToggle.click();
    await expect(this.timerToggle).toHaveText(expectedLabelAfter);
  }

  /** Types a note into the capture box and presses Enter; waits until it is listed and the box is empty again. */
  async capture(text: string): Promise<void> {
    const before = await this.notes.count();
    await this.captureInput.fill(text);
    await this.captureInput.press('Enter');
    await expect(this.notes).toHaveCount(before + 1);
    await expect(this.captureInput).toHaveValue('');
  }

  /** The listed note whose text is exactly this. */
  note(text: string): Locator {
    return this.notes.filter({ has: this.page.getByTestId('note-text').getByText(text, { exact: true }) });
  }

  /** Edits a note in place and waits for the new text to be listed. */
  async editNote(oldText: string, newText: string): Promise<void> {
    const item = this.note(oldText);
    await item.getByTestId('note-edit').click();
    const input = this.page.getByTestId('note-edit-input');
    await input.fill(newText);
    await input.press('Enter');
    await expect(this.note(newText)).toBeVisible();
  }

  /** The toast (with its Undo) that mentions this text. */
  toast(text: string | RegExp): Locator {
    return this.toasts.filter({ hasText: text });
  }

  /** Saves under a name through the in-app Save As dialog and waits until the window shows the new file name. */
  async saveAs(name: string): Promise<void> {
    await this.saveAsButton.click();
    await expect(this.fileDialog).toBeVisible();
    await this.fileDialog.getByRole('textbox', { name: 'File name' }).fill(name);
    await this.fileDialog.getByTestId('file-dialog-save').click();
    await expect(this.fileDialog).toBeHidden();
    await expect(this.fileName).toHaveText(`${name}.groundwork`);
  }

  /** Opens a session file of the workspace through "Open session…" on the home screen and waits for the session screen. */
  async openFromDialog(fileName: string): Promise<void> {
    await this.openSessionButton.click();
    await expect(this.fileDialog).toBeVisible();
    await this.fileDialog.getByTestId('file-entry').filter({ hasText: fileName }).click();
    await expect(this.fileDialog).toBeHidden();
    await expect(this.activityTitle).toBeVisible();
  }

  /** Presses a key with the focus on the page itself, not in a text box (as after clicking an empty spot). */
  async pressOnPage(key: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(key);
  }

  /**
   * Every note of the current discussion's list, in order, read the way a person would see them: the list is windowed
   * (only what is on screen is in the page), so it is scrolled from top to bottom and each drawn note read by its place.
   */
  async readAllNotes(): Promise<string[]> {
    return this.page.getByRole('list', { name: 'Notes for this activity' }).evaluate(async (list) => {
      const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));
      const byPlace = new Map<number, string>();
      let setSize = 0;
      list.scrollTop = 0;
      for (;;) {
        // Wait until the notes drawn cover the viewport (React draws them after the scroll event).
        for (let tries = 0; tries < 60; tries++) {
          await frame();
          const box = list.getBoundingClientRect();
          const drawn = Array.from(list.querySelectorAll<HTMLElement>('[aria-posinset]')).map((item) => item.getBoundingClientRect());
          if (drawn.some((rect) => rect.top <= box.top + 8) && drawn.some((rect) => rect.bottom >= box.bottom - 8)) break;
          if (drawn.length > 0 && list.scrollHeight <= list.clientHeight) break;
        }
        for (const item of Array.from(list.querySelectorAll<HTMLElement>('[aria-posinset]'))) {
          byPlace.set(Number(item.getAttribute('aria-posinset')), item.querySelector('[data-testid="note-text"]')?.textContent ?? '');
          setSize = Number(item.getAttribute('aria-setsize'));
        }
        if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break;
        list.scrollTop += list.clientHeight / 2;
      }
      const places = Array.from({ length: setSize }, (_, index) => byPlace.get(index + 1));
      if (places.some((text) => text === undefined)) throw new Error(`some of the ${setSize} notes were never drawn while scrolling`);
      return places as string[];
    });
  }
}
