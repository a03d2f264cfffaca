import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESENTER_THEMES } from '../../../renderer/projector/themes/presenterTheme';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { newSession } from '../shared/sessionFixtures';
import { deltaE2000, seenDifference, simulate } from './colourVision';
import type { Deficiency } from './colourVision';

const CSS = readFileSync(join(__dirname, '../../../renderer/projector/themes/presenterThemes.css'), 'utf8');

/** The `--p-*` colours each theme's rule block defines, parsed from the CSS file. */
function themeVariables(theme: string): Record<string, string> {
  const block = new RegExp(`\\[data-theme='${theme}'\\][^{]*\\{([^}]*)\\}`).exec(CSS)?.[1];
  if (!block) throw new Error(`no rule for theme ${theme}`);
  const variables: Record<string, string> = {};
  for (const match of block.matchAll(/--(p-[a-z0-9-]+):\s*([^;]+);/g)) variables[match[1] ?? ''] = (match[2] ?? '').trim();
  return variables;
}

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * How far apart (CIEDE2000) two column accents must stay, for every kind of colour vision. One unit is about
 * the smallest difference anyone notices side by side (2.3 is the usual just-noticeable difference); 20 is a
 * different colour at a glance, with room left for a washed-out projector that flattens saturation.
 */
const MIN_ACCENT_DIFFERENCE = 20;

/** Typical colour vision, then the three dichromacies (Machado et al. 2009, severity 1). */
const VISIONS: ReadonlyArray<Deficiency | null> = [null, 'protanopia', 'deuteranopia', 'tritanopia'];

/** The pairs of colours that come closer than the threshold for this kind of vision, with their difference. */
function closePairs(colours: readonly string[], vision: Deficiency | null): string[] {
  const close: string[] = [];
  colours.forEach((first, i) => {
    colours.slice(i + 1).forEach((second) => {
      const difference = seenDifference(first, second, vision);
      if (difference < MIN_ACCENT_DIFFERENCE) close.push(`${first} / ${second}: ΔE00 ${difference.toFixed(1)}`);
    });
  });
  return close;
}

/** Every text colour and the backgrounds it is set on in the presenter's CSS. */
const TEXT_ON_BACKGROUND: ReadonlyArray<[string, string]> = [
  ['p-text', 'p-bg'],
  ['p-text', 'p-card'],
  ['p-text', 'p-surface'],
  ['p-text', 'p-chip-bg'],
  ['p-text', 'p-plot-bg'],
  ['p-muted', 'p-bg'],
  ['p-muted', 'p-card'],
  ['p-muted', 'p-surface'],
  ['p-link', 'p-bg'],
  ['p-link', 'p-plot-bg'],
  ['p-warning', 'p-bg'],
  ['p-critical', 'p-bg'],
  ['p-mark', 'p-surface'],
  ['p-mark', 'p-bg'],
  ['p-overtime', 'p-overtime-bg'],
];

describe('projector themes', () => {
  for (const theme of PRESENTER_THEMES) {
    describe(theme, () => {
      const variables = themeVariables(theme);
      for (const [text, background] of TEXT_ON_BACKGROUND) {
        it(`${text} on ${background} has a contrast of at least 7:1 (WCAG AAA)`, () => {
          const fg = variables[text];
          const bg = variables[background];
          expect(fg, `${theme} defines --${text}`).toBeDefined();
          expect(bg, `${theme} defines --${background}`).toBeDefined();
          expect(contrast(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(7);
        });
      }

      it('its four column accents are different colours, each clearly visible on the column background (3:1)', () => {
        const accents = [0, 1, 2, 3].map((index) => variables[`p-accent-${index}`] ?? '');
        expect(new Set(accents).size).toBe(4);
        for (const accent of accents) expect(contrast(accent, variables['p-surface'] ?? ''), `${accent} on the column background`).toBeGreaterThanOrEqual(3);
      });

      for (const vision of VISIONS) {
        it(`its column accents stay apart with ${vision ?? 'typical colour vision'} (CIEDE2000 ≥ ${MIN_ACCENT_DIFFERENCE})`, () => {
          const accents = [0, 1, 2, 3].map((index) => variables[`p-accent-${index}`] ?? '');
          expect(closePairs(accents, vision)).toEqual([]);
        });
      }
    });
  }

  it('the colour-vision checker agrees with published CIEDE2000 data and fails a red/green pair', () => {
    // Sharma, Wu and Dalal (2005), test pairs 1 and 17.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    // A red and a green a person with typical vision tells apart at once, and one with deuteranopia cannot.
    expect(closePairs(['#d62728', '#2ca02c'], null)).toEqual([]);
    expect(closePairs(['#d62728', '#2ca02c'], 'deuteranopia')).toHaveLength(1);
    // Pure red seen with protanopia is dark and yellowish: the simulation moves it.
    const [r, g] = simulate([255, 0, 0], 'protanopia');
    expect(r).toBeLessThan(150);
    expect(g).toBeGreaterThan(r - 60);
  });

  it('the checker itself fails a pair under 7:1', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(7);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
  });
});

describe('the projector theme is a session setting', () => {
  function run(state: SessionState, command: Command): SessionState {
    const outcome = commandToEvent(state, commandSchema.parse(command), { now: 2000, newId: () => 'id' });
    if (!outcome.ok) throw new Error(outcome.error);
    const next = outcome.event ? sessionReducer(state, outcome.event) : state;
    if (!next) throw new Error('session closed');
    return next;
  }

  it('a new session projects in the dark theme; the command changes it and a return to live keeps it', () => {
    let session = newSession();
    expect(session.presenter.theme).toBe('dark');
    session = run(session, { type: 'presenter.setTheme', theme: 'high-contrast' });
    expect(session.presenter.theme).toBe('high-contrast');
    session = run(session, { type: 'presenter.returnToLive' });
    expect(session.presenter.theme).toBe('high-contrast');
    expect(commandSchema.safeParse({ type: 'presenter.setTheme', theme: 'neon' }).success).toBe(false);
  });

  it('is saved with the session and read back', () => {
    const session = run(newSession(), { type: 'presenter.setTheme', theme: 'light' });
    const read = parseSessionFile(serializeSessionFile(session, 3000));
    expect(read.ok && read.session.presenter.theme).toBe('light');
  });
});
