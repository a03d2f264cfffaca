import { expect, test } from '@playwright/test';
import { layoutFaults } from './support/layoutCheck';

/**
 * The layout check itself (tests/e2e/support/layoutCheck.ts): it must see each fault a facilitator found by looking
 * (a clipped button, a card drawn over the capture box, cut text), and nothing on a screen that merely scrolls.
 */

const PAGE = (body: string) => `<!doctype html><html><head><style>
  body { margin: 0; font: 16px sans-serif; }
  .card { border: 1px solid #888; padding: 4px; background: #fff; }
  button, input { font: inherit; }
</style></head><body>${body}</body></html>`;

test.describe('the layout check', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('finds nothing on a tidy screen, nor in a list that scrolls to what it holds', async ({ page }) => {
    const items = Array.from({ length: 80 }, (_, index) => `<li class="card">Note ${index + 1} <button>Edit</button></li>`).join('');
    await page.setContent(PAGE(`<header><button>Next</button> <label for="t">Note</label> <input id="t"></header><ul style="height: 300px; overflow: auto; margin: 0">${items}</ul>`));
    expect(await layoutFaults(page)).toEqual([]);
  });

  test('sees a clipped button: its Save hangs outside the window and nothing scrolls to it', async ({ page }) => {
    await page.setContent(PAGE(`<div style="position: fixed; left: 1240px; top: 10px; overflow: hidden; width: 200px"><button data-testid="save">Save</button><button>Cancel</button></div>`));
    await page.evaluate(() => (document.body.style.overflow = 'hidden'));
    const faults = await layoutFaults(page);
    expect(faults.map((fault) => `${fault.kind} ${fault.element}`)).toContain('unreachable <button> "Cancel"');
  });

  test('sees a card drawn over the capture box', async ({ page }) => {
    await page.setContent(PAGE(`<label for="capture">What did the room say?</label><input id="capture" data-testid="capture-input" style="width: 400px">
      <div class="card" data-testid="map-card" style="position: absolute; left: 20px; top: 0; width: 600px; height: 60px">A focused map card</div>`));
    const faults = await layoutFaults(page);
    expect(faults.filter((fault) => fault.kind === 'covered').map((fault) => fault.element)).toEqual(['<input data-testid="capture-input">']);
    expect(faults.some((fault) => fault.kind === 'overlap' && fault.detail.includes('map-card'))).toBe(true);
  });

  test('sees cut text: a script in a box too small for it, and a title cut by an ellipsis with no way to read the rest', async ({ page }) => {
    const script = 'Say what the activity is for. '.repeat(40);
    await page.setContent(PAGE(`<p data-testid="script" style="height: 100px; overflow: hidden">${script}</p>
      <h2 data-testid="title" style="width: 120px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">A title much longer than its box</h2>
      <h3 data-testid="hover" title="A name shown whole on hover" style="width: 120px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">A name shown whole on hover</h3>`));
    const faults = await layoutFaults(page);
    expect(faults.filter((fault) => fault.kind === 'cut-text').map((fault) => fault.element.split('>')[0])).toEqual(['<p data-testid="script"', '<h2 data-testid="title"']);
  });

  test('sees two buttons drawn over each other, and projected text under the legibility floor', async ({ page }) => {
    await page.setContent(PAGE(`<div style="font-size: 30px"><button style="position: absolute; left: 10px; top: 10px; width: 120px">Reveal</button><button style="position: absolute; left: 60px; top: 14px; width: 120px">Hide</button>
      <p style="position: absolute; top: 200px; font-size: 14px">Small print</p></div>`));
    const faults = await layoutFaults(page, { minTextPx: 24 });
    expect(faults.map((fault) => fault.kind).sort()).toEqual(['covered', 'overlap', 'too-small']);
  });

  test('judges only the dialog while a modal dialog is open (the page behind it is inert by design)', async ({ page }) => {
    await page.setContent(PAGE(`<button>Save</button><dialog data-testid="confirm"><p>Reset the timer?</p><button>Reset</button><button>Cancel</button></dialog>`));
    await page.evaluate(() => document.querySelector('dialog')?.showModal());
    expect(await layoutFaults(page)).toEqual([]);
    await page.evaluate(() => {
      const dialog = document.querySelector('dialog');
      if (dialog) dialog.insertAdjacentHTML('beforeend', '<p style="width: 60px; overflow: hidden; white-space: nowrap">A sentence too long for its box</p>');
    });
    expect((await layoutFaults(page)).map((fault) => fault.kind)).toEqual(['cut-text']);
  });
});
