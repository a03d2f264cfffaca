import { expect, test } from '@playwright/test';
import { entryChunk, pageGzipKB, reachableChunks, upFrontChunks } from '../../bench/rendererSize';

// Reads the built renderer (dist/renderer, built before the browser tests run): how the bundler split the pages is
// decided in vite.config.ts, and only the build shows what it did.
const PAGES = ['control.html', 'presenter.html'] as const;

test.describe('the built pages', () => {
  test('neither window can load the other window\'s entry, which would start that app inside it', () => {
    for (const page of PAGES) {
      const other = entryChunk(PAGES.find((candidate) => candidate !== page) ?? page);
      const reached = reachableChunks(upFrontChunks(page));
      expect(reached.has(entryChunk(page)), `${page} loads its own entry`).toBe(true);
      expect(reached.has(other), `${page} can load ${other}`).toBe(false);
    }
  });

  test('each window loads at most its budget of JavaScript before it runs (gzip): control 120 kB, presenter 90 kB', () => {
    const weights = pageGzipKB();
    expect(weights.control).toBeLessThanOrEqual(120);
    expect(weights.presenter).toBeLessThanOrEqual(90);
  });
});
