import { describe, expect, it } from 'vitest';
import { CARD } from '../../../renderer/projector/fit/cardGeometry';
import { REFERENCE_PX, estimateLayout, estimateNote, minNotesAreaHeight, noteSizeBounds, planNoteLayout } from '../../../renderer/projector/fit/noteEstimate';
import type { MeasureText, NoteFitInput, NotePlan } from '../../../renderer/projector/fit/noteEstimate';
import { MIXED_ROOM_NOTES } from '../../support/sampleNotes';

/**
 * Character widths at 100 px of a wide sans-serif (close to DejaVu Sans, the
 * fallback font on Debian), so these tests are no kinder than the real page.
 */
const WIDTHS: Record<string, number> = {
  ' ': 32, i: 28, l: 28, j: 28, f: 35, t: 39, r: 41, s: 52, c: 55, k: 58, v: 59, y: 59, x: 59, z: 52,
  m: 97, w: 82, I: 30, M: 86, W: 99, ':': 34, ',': 32, '.': 32, '-': 36, '/': 34, '—': 100, '?': 53, '!': 40, '’': 32,
};
const wideSans: MeasureText = (text) =>
  Array.from(text).reduce((sum, char) => sum + (WIDTHS[char] ?? (/[A-Z]/.test(char) ? 70 : /[0-9]/.test(char) ? 64 : 62)), 0);

/** The notes box on each screen, as measured in Chromium: few notes (big prompt) and many notes (smaller prompt). */
const SCREENS = [
  { name: '1920×1080', width: 1920, height: 1080, few: { areaWidth: 1805, areaHeight: 743 }, many: { areaWidth: 1805, areaHeight: 832 }, moreHeight: 48 },
  { name: '1280×720', width: 1280, height: 720, few: { areaWidth: 1203, areaHeight: 495 }, many: { areaWidth: 1203, areaHeight: 554 }, moreHeight: 40 },
  { name: '1024×768', width: 1024, height: 768, few: { areaWidth: 963, areaHeight: 515 }, many: { areaWidth: 963, areaHeight: 613 }, moreHeight: 42 },
] as const;
type Screen = (typeof SCREENS)[number];

const TOPICS = ['more trust', 'clear goals', 'fewer meetings', 'honest feedback', 'time to think'];
const shortNotes = (count: number): string[] => Array.from({ length: count }, (_, i) => `Idea ${i + 1}: ${TOPICS[i % TOPICS.length] ?? ''}`);
const MIXED = MIXED_ROOM_NOTES;
const FIFTY_FOUR = 'A good manager removes obstacles before we notice them';

function inputFor(screen: Screen, texts: readonly string[]): NoteFitInput {
  const box = texts.length <= 12 ? screen.few : screen.many;
  return { texts, ...box, viewportWidth: screen.width, viewportHeight: screen.height, moreHeight: screen.moreHeight, measure: wideSans };
}

/** Checks what a person in the room would: type never under the floor, the newest notes shown, and nothing outside the box. */
function expectReadableAndInside(input: NoteFitInput, plan: NotePlan): void {
  const { min, max } = noteSizeBounds(input.viewportWidth, input.viewportHeight);
  expect(plan.size).toBeGreaterThanOrEqual(min);
  expect(plan.size).toBeLessThanOrEqual(max);
  expect(plan.hidden).toBeLessThan(Math.max(1, input.texts.length));
  const shown = input.texts.slice(plan.hidden);
  const layout = estimateLayout(shown, plan.size, input.areaWidth, input.measure, plan.clampLines);
  const used = layout.height + (plan.hidden > 0 ? input.moreHeight : 0);
  expect(used, 'shown notes and the "+N earlier" line fit in the box').toBeLessThanOrEqual(input.areaHeight);
  for (const note of layout.notes) expect(note.width).toBeLessThanOrEqual(input.areaWidth);
}

describe('note size limits', () => {
  it('the floor is 1/30 of the screen height, never under 18 px: 24 px at 720 px high, 36 at 1080, 25.6 at 768', () => {
    expect(noteSizeBounds(1280, 720).min).toBe(24);
    expect(noteSizeBounds(1920, 1080).min).toBeCloseTo(36);
    expect(noteSizeBounds(1024, 768).min).toBeCloseTo(25.6);
    expect(noteSizeBounds(800, 480).min).toBe(18);
    // A preview drawn small never gets text under the absolute floor either.
    expect(noteSizeBounds(384, 216).min).toBe(18);
  });

  it('the ceiling grows with the screen and is never under the floor', () => {
    expect(noteSizeBounds(1920, 1080).max).toBeGreaterThan(noteSizeBounds(1280, 720).max);
    expect(noteSizeBounds(400, 900).max).toBe(noteSizeBounds(400, 900).min);
  });

  it('a prompt may be cut only when the notes box is under about three rows of notes at the floor', () => {
    expect(minNotesAreaHeight(720)).toBeGreaterThan(3 * 24 * CARD.lineHeight);
    expect(minNotesAreaHeight(720)).toBeLessThan(200);
  });
});

describe('estimating one note', () => {
  const mono: MeasureText = (text) => text.length * 60;

  it('a short note is as wide as its text plus padding, on one line', () => {
    const size = 20;
    const note = estimateNote('abcdefghij', size, 1000, mono);
    const text = 10 * 60 * (size / REFERENCE_PX);
    expect(note.lines).toBe(1);
    expect(note.width).toBeGreaterThan(text);
    expect(note.width).toBeLessThan(text + 2 * size);
  });

  it('wraps at spaces inside the full width, and breaks a word too long for a line', () => {
    const words = estimateNote('aaaa bbbb cccc dddd', 10, 40, mono);
    expect(words.width).toBe(40);
    expect(words.lines).toBeGreaterThanOrEqual(3);
    const url = estimateNote(`https://example.org/${'x'.repeat(180)}`, 20, 400, mono);
    expect(url.width).toBe(400);
    // 200 characters × 12 px = 2400 px of text in a line about 380 px wide.
    expect(url.lines).toBeGreaterThanOrEqual(7);
  });

  it('counts line breaks the note itself has', () => {
    expect(estimateNote('one\ntwo\nthree', 20, 1000, mono).lines).toBe(3);
  });
});

describe('planning the projected notes', () => {
  for (const screen of SCREENS) {
    describe(screen.name, () => {
      const plans = new Map<number, NotePlan>();
      for (const count of [1, 8, 60, 200]) {
        it(`${count} short notes: readable, newest shown, all inside the box`, () => {
          const input = inputFor(screen, shortNotes(count));
          const plan = planNoteLayout(input);
          plans.set(count, plan);
          expectReadableAndInside(input, plan);
          expect(plan.clampLines).toBeNull();
        });
      }

      it('fewer notes get bigger type', () => {
        const sizes = [1, 8, 60, 200].map((count) => plans.get(count)?.size ?? 0);
        // One note gets the ceiling (sizes go to the page in steps of 0.1 px).
        expect(sizes[0]).toBeGreaterThan(noteSizeBounds(screen.width, screen.height).max - 0.1);
        for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1] ?? 0);
        expect(sizes[1]).toBeGreaterThan(sizes[2] ?? 0);
      });

      it('200 notes fold only the oldest, at the floor, and no more than needed', () => {
        const input = inputFor(screen, shortNotes(200));
        const plan = planNoteLayout(input);
        expect(plan.size).toBeCloseTo(noteSizeBounds(screen.width, screen.height).min, 1);
        expect(plan.hidden).toBeGreaterThan(0);
        const oneMore = estimateLayout(input.texts.slice(plan.hidden - 1), plan.size, input.areaWidth, wideSans);
        expect(oneMore.height + input.moreHeight, 'showing one more note would not fit').toBeGreaterThan(input.areaHeight);
      });

      it('8 notes of mixed length all show in full, the 54-character one included', () => {
        const input = inputFor(screen, MIXED);
        const plan = planNoteLayout(input);
        expectReadableAndInside(input, plan);
        expect(plan.hidden).toBe(0);
        expect(plan.clampLines).toBeNull();
        const long = estimateNote(FIFTY_FOUR, plan.size, input.areaWidth, wideSans);
        expect(long.lines).toBeLessThanOrEqual(2);
        expect(plan.size).toBeGreaterThan(noteSizeBounds(screen.width, screen.height).min);
      });

      it('long words and links are broken inside their card, never wider than the screen', () => {
        const texts = [
          'Antidisestablishmentarianism-and-supercalifragilisticexpialidocious-all-the-way-down',
          `https://intranet.example.org/teams/leadership/${'retro-notes-'.repeat(12)}final`,
          'Short one',
          ...shortNotes(5),
        ];
        const input = inputFor(screen, texts);
        const plan = planNoteLayout(input);
        expectReadableAndInside(input, plan);
        expect(plan.hidden).toBe(0);
      });
    });
  }

  it('60 short notes do not all fit at 1/30 of the height: the oldest fold, every shown note at or above the floor', () => {
    for (const screen of SCREENS) {
      const input = inputFor(screen, shortNotes(60));
      const plan = planNoteLayout(input);
      expect(plan.size, screen.name).toBeGreaterThanOrEqual(screen.height / 30);
      expect(plan.hidden, screen.name).toBeGreaterThan(0);
      expect(plan.hidden, screen.name).toBeLessThan(60);
      expectReadableAndInside(input, plan);
    }
  });

  it('the rule is proportional: a 1920×1080 and a 1280×720 projector fold about the same number of notes', () => {
    const big = planNoteLayout(inputFor(SCREENS[0], shortNotes(60)));
    const small = planNoteLayout(inputFor(SCREENS[1], shortNotes(60)));
    expect(Math.abs(big.hidden - small.hidden)).toBeLessThanOrEqual(8);
  });

  it('never goes under the floor, even when nothing fits: it folds instead', () => {
    const screen = SCREENS[1];
    const input = { ...inputFor(screen, shortNotes(60)), areaHeight: 120 };
    const plan = planNoteLayout(input);
    expect(plan.size).toBe(24);
    expect(plan.hidden).toBeGreaterThanOrEqual(45);
    expectReadableAndInside(input, plan);
  });

  it('cuts lines only as a last resort: the newest note alone is too long for the box at the floor', () => {
    const huge = 'We talked about trust and about deciding together. '.repeat(20).trim();
    const screen = SCREENS[1];
    const input = { ...inputFor(screen, ['Earlier note', huge]), areaWidth: 700, areaHeight: 200 };
    const plan = planNoteLayout(input);
    expect(plan.size).toBe(24);
    expect(plan.hidden).toBe(1);
    expect(plan.clampLines).not.toBeNull();
    expectReadableAndInside(input, plan);

    // With room, the same note shows whole.
    const roomy = planNoteLayout({ ...input, areaWidth: 1203, areaHeight: 554 });
    expect(roomy.clampLines).toBeNull();
    expect(roomy.hidden).toBe(0);
  });

  it('takes a smaller cap or more folded notes when the page asks (its real layout came out taller)', () => {
    const input = inputFor(SCREENS[1], shortNotes(12));
    const free = planNoteLayout(input);
    expect(free.size * 0.9, 'room to shrink above the floor').toBeGreaterThan(noteSizeBounds(1280, 720).min);
    const capped = planNoteLayout({ ...input, sizeCap: free.size * 0.9 });
    expect(capped.size).toBeLessThanOrEqual(free.size * 0.9);
    const folded = planNoteLayout({ ...input, minHidden: 3 });
    expect(folded.hidden).toBeGreaterThanOrEqual(3);
    expectReadableAndInside(input, folded);
  });
});
