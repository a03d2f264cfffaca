import { encode } from 'uqr';

/** A QR code as one SVG path: `size` modules square (quiet zone included), `path` drawing the dark ones. */
export interface QrDrawing {
  size: number;
  path: string;
}

/**
 * Encodes `text` as a QR code (uqr) and draws its dark modules as one path of unit squares, one run per row: a
 * projector shows it as sharp as the screen allows, and React renders it as an ordinary element (no HTML injected).
 * Error correction M survives a projector's glare and keystone; the quiet zone of 4 modules is what phones expect.
 */
export function qrPath(text: string): QrDrawing {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size, path };
}
