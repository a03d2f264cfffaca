import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { expectCleanScreen } from './layoutCheck';

/** Every rule this axe-core knows, each switched on (experimental and deprecated rules are off unless asked for). */
const EVERY_RULE = axe.getRules().map((rule) => rule.ruleId);
const ALL_RULES_ON = Object.fromEntries(EVERY_RULE.map((id) => [id, { enabled: true }]));

/**
 * Findings that are not problems, each for one rule on one element only, with the reason. A rule is never
 * switched off as a whole; an entry here must say why a person using a screen reader or the keyboard loses nothing.
 */
const NOT_PROBLEMS: readonly { rule: string; target: string; why: string }[] = [];

/** Runs axe with every rule on the page as it is now; fails (softly, so every screen is reported) with the rule id, the element and the screen. */
export async function expectNothingFound(page: Page, screen: string): Promise<void> {
  // axe reads colours as they are painted: let notes that are fading in finish first (a looping animation never does).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  // axe skips what is aria-hidden, such as the control window's preview; a page still has one `main` in its markup.
  const mains = await page.locator('main, [role="main"]').count();
  expect.soft(mains, `\`main\` elements on ${screen} (the preview's included)`).toBe(1);
  const results = await new AxeBuilder({ page }).options({ rules: ALL_RULES_ON }).analyze();
  const ran = new Set([...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map((result) => result.id));
  expect.soft(EVERY_RULE.filter((id) => !ran.has(id)), `rules axe did not run on ${screen}`).toEqual([]);
  const found = results.violations.flatMap((violation) =>
    violation.nodes
      .map((node) => ({ target: node.target.join(' '), summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim() }))
      .filter(({ target }) => !NOT_PROBLEMS.some((known) => known.rule === violation.id && known.target === target))
      .map(({ target, summary }) => `${screen} · ${violation.id} (${violation.impact ?? 'n/a'}) · ${target} · ${summary}`),
  );
  expect.soft(found, `axe (every rule) on ${screen}`).toEqual([]);
  // The same screens, as a person sees them: nothing cut, unreachable, covered, overlapping or too small to read.
  await expectCleanScreen(page, screen);
}

