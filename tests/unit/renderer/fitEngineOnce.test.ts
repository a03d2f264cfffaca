import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD, FOLD_LINE, PROJECTOR_PROPERTIES, cardHeight, foldLineHeight } from '../../../renderer/projector/fit/cardGeometry';
import { foldText, pageText } from '../../../renderer/projector/fit/foldText';
import { LEGIBLE_FLOOR_CSS, legibleFloorPx } from '../../../renderer/projector/fit/legibility';

const RENDERER = join(__dirname, '../../../renderer');

/** Every CSS file the projected screen is drawn with: projector.css and the kind stages'. */
function projectorCss(): Array<{ file: string; text: string }> {
  const kinds = join(RENDERER, 'projector/stages');
  const files = [join(RENDERER, 'projector/projector.css'), ...readdirSync(kinds).filter((name) => name.endsWith('.css')).map((name) => join(kinds, name))];
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

describe('the legibility rule, written once', () => {
  it('is 1/30 of the screen height, never under 18 px, in px and as the CSS the screen sets', () => {
    expect(legibleFloorPx(720)).toBe(24);
    expect(legibleFloorPx(1080)).toBe(36);
    expect(legibleFloorPx(300)).toBe(18);
    expect(LEGIBLE_FLOOR_CSS).toBe('max(18px, calc(100cqh / 30))');
    expect((PROJECTOR_PROPERTIES as Record<string, string>)['--p-floor']).toBe(LEGIBLE_FLOOR_CSS);
  });

  it('no projector CSS declares the floor or the card sizes itself: they read the properties the screen sets', () => {
    for (const { file, text } of projectorCss()) {
      expect(text, file).not.toMatch(/--p-floor\s*:/);
      expect(text, file).not.toMatch(/100cqh\s*\/\s*30/);
      expect(text, file).not.toMatch(/--card-[a-z-]+\s*:/);
      expect(text, file).not.toMatch(/--fold-[a-z-]+\s*:/);
    }
    const kindCss = projectorCss().find(({ file }) => file.endsWith('kindStage.css'))?.text ?? '';
    const card = /\.pcard \{([^}]*)\}/.exec(kindCss)?.[1] ?? '';
    expect(card).toContain('padding: var(--card-pad)');
    expect(card).toContain('line-height: var(--card-line-height)');
    expect(card).toContain('border-left: var(--card-accent)');
  });
});

describe('card geometry, shared by the estimate and the CSS', () => {
  it('the custom properties say the same numbers the estimate computes with', () => {
    const properties = PROJECTOR_PROPERTIES as Record<string, string>;
    expect(properties['--card-pad']).toBe(`${CARD.padY}em ${CARD.padX}em`);
    expect(properties['--card-line-height']).toBe(String(CARD.lineHeight));
    expect(properties['--card-gap']).toBe(`${CARD.gap}em`);
    expect(properties['--fold-line-height']).toBe(String(FOLD_LINE.lineHeight));
    expect(cardHeight(1, 24)).toBeCloseTo(24 * CARD.lineHeight + 2 * CARD.padY * 24 + 2);
    expect(foldLineHeight(24)).toBeGreaterThan(24 * FOLD_LINE.lineHeight);
  });
});

describe('one wording for a fold', () => {
  it('says how many and what; lists that keep the newest say the folded came earlier', () => {
    expect(foldText(12, { one: 'note', many: 'notes' }, 'start')).toBe('+12 earlier notes');
    expect(foldText(1, { one: 'note', many: 'notes' }, 'start')).toBe('+1 earlier note');
    expect(foldText(3, { one: 'option', many: 'options' }, 'end')).toBe('+3 more options');
    expect(pageText(1, 3)).toBe('Page 2 of 3');
  });
});
