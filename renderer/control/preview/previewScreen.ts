import type { ProjectorSize } from '../../../shared/protocol/hostStatus';

/**
 * The size the preview draws the projected screen at while no presenter page has reported its own:
 * a 1280×720 projector (the 1/30-of-the-height rule being proportional, the same as a 1920×1080 one).
 */
export const DEFAULT_PREVIEW_SCREEN: ProjectorSize = { width: 1280, height: 720 };

/** Where the scaled screen sits in the preview box: its scale and its offset (centred, black bars around). */
export interface Letterbox {
  scale: number;
  left: number;
  top: number;
}

/** The size to draw the projected screen at: the projector's own when known, else the default. */
export function previewScreenSize(projector: ProjectorSize | null | undefined): ProjectorSize {
  return projector ?? DEFAULT_PREVIEW_SCREEN;
}

/**
 * Fits `screen` inside a `boxWidth`×`boxHeight` box, whole and centred, keeping its shape
 * (a 4:3 projector in a 16:9 box gets bars left and right). Scale 0 while the box has no size.
 */
export function letterbox(boxWidth: number, boxHeight: number, screen: ProjectorSize): Letterbox {
  if (boxWidth <= 0 || boxHeight <= 0) return { scale: 0, left: 0, top: 0 };
  const scale = Math.min(boxWidth / screen.width, boxHeight / screen.height);
  return { scale, left: (boxWidth - screen.width * scale) / 2, top: (boxHeight - screen.height * scale) / 2 };
}

/** The line under the preview saying which screen it shows. */
export function describePreviewSize(projector: ProjectorSize | null | undefined): string {
  const { width, height } = previewScreenSize(projector);
  return projector ? `Projector ${width} × ${height}` : `No projector open — preview at ${width} × ${height}`;
}
