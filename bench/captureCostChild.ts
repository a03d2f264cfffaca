/**
 * Child process for `measureCaptureCostInFreshProcess`: `tsx bench/captureCostChild.ts NOTES SAMPLES` prints the
 * capture percentiles as JSON. A first pass warms the code; the second is the one reported.
 */
import { measureCaptureCost } from './captureCost';

const notes = Number(process.argv[2]);
const samples = Number(process.argv[3]);
if (!Number.isInteger(notes) || !Number.isInteger(samples)) throw new Error('usage: captureCostChild.ts NOTES SAMPLES');
await measureCaptureCost(notes, samples);
console.log(JSON.stringify(await measureCaptureCost(notes, samples)));
