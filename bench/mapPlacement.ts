import { spreadChips } from '../renderer/projector/layout/chipLayout';
import type { ChipToPlace } from '../renderer/projector/layout/chipLayout';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/** The plot of a 1920×1080 projector's 2-D map, px, and the quadrant a point reads in. */
const PLOT = { width: 1800, height: 620 };
const quadrantOf = (x: number, y: number) => ({ left: x < PLOT.width / 2 ? 0 : PLOT.width / 2, top: y < PLOT.height / 2 ? 0 : PLOT.height / 2, width: PLOT.width / 2, height: PLOT.height / 2 });

/** `count` notes spread over the map as a busy room's would be, chips the sizes the stage measures (seeded: the same every run). */
function roomOfNotes(count: number): ChipToPlace[] {
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return Array.from({ length: count }, (_, index) => {
    const x = random() * PLOT.width;
    const y = random() * PLOT.height;
    const width = 200 + random() * 200;
    const height = random() < 0.5 ? 45 : 80;
    return { id: `note-${index}`, x, y, width, height, narrow: { width: width * 0.6, height: height * 1.6 }, region: quadrantOf(x, y) };
  });
}

/** Time to place the projector map's chips for `count` notes (the pure placement, in this process), and how many got words. */
export function measureMapPlacement(count: number, samples: number): Percentiles & { withWords: number } {
  const chips = roomOfNotes(count);
  const timings: number[] = [];
  let withWords = 0;
  for (let run = 0; run < samples + 3; run++) {
    const started = performance.now();
    const placed = spreadChips(chips, PLOT, 6, [], 14);
    if (run >= 3) timings.push(performance.now() - started);
    withWords = placed.filter((chip) => !chip.dot).length;
  }
  return { ...percentiles(timings), withWords };
}
