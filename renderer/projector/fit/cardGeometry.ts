import type { CSSProperties } from 'react';
import { LEGIBLE_FLOOR_CSS } from './legibility';

/**
 * A projected card's geometry in multiples of its text size (em), written once: the fit's estimate of how notes
 * flow (noteEstimate.ts) computes with these numbers, and the CSS draws cards with them through the custom
 * properties of `PROJECTOR_PROPERTIES`, so the two cannot drift apart.
 */
export const CARD = {
  lineHeight: 1.2,
  padY: 0.28,
  padX: 0.5,
  /** The coloured left border. */
  accent: 0.16,
  /** Space between cards, across and down. */
  gap: 0.3,
  radius: 0.25,
  /** The thin border on the other sides, in px. */
  borderPx: 1,
} as const;

/** The "+N more" line's geometry in multiples of its text size (which is the legibility floor). */
export const FOLD_LINE = {
  lineHeight: 1.3,
  padY: 0.1,
  padX: 0.7,
  marginY: 0.2,
  borderPx: 1,
} as const;

/** Outer height of a card of `lines` lines at text size `size`, px. */
export function cardHeight(lines: number, size: number): number {
  return lines * CARD.lineHeight * size + 2 * CARD.padY * size + 2 * CARD.borderPx;
}

/** Width a card adds around its text at `size`, px (padding, accent and border). */
export function cardChromeWidth(size: number): number {
  return 2 * CARD.padX * size + CARD.accent * size + CARD.borderPx;
}

/** Outer height of the "+N more" line, margins included, when its text is `floor` px. */
export function foldLineHeight(floor: number): number {
  return floor * (FOLD_LINE.lineHeight + 2 * FOLD_LINE.padY + 2 * FOLD_LINE.marginY) + 2 * FOLD_LINE.borderPx;
}

const em = (value: number) => `${value}em`;

/**
 * The custom properties the projected screen sets on its root: the legibility floor and the card and fold-line
 * geometry above. presenter.css and the kind stages' CSS read only these, never numbers of their own.
 */
export const PROJECTOR_PROPERTIES = {
  '--p-floor': LEGIBLE_FLOOR_CSS,
  '--card-line-height': String(CARD.lineHeight),
  '--card-pad': `${em(CARD.padY)} ${em(CARD.padX)}`,
  '--card-accent': em(CARD.accent),
  '--card-gap': em(CARD.gap),
  '--card-radius': em(CARD.radius),
  '--card-border': `${CARD.borderPx}px`,
  '--fold-line-height': String(FOLD_LINE.lineHeight),
  '--fold-pad': `${em(FOLD_LINE.padY)} ${em(FOLD_LINE.padX)}`,
  '--fold-margin': `${em(FOLD_LINE.marginY)} 0`,
  '--fold-border': `${FOLD_LINE.borderPx}px`,
} as CSSProperties;
