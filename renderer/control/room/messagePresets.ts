import { MESSAGE_PRESETS } from '../../../shared/session/projector';

/** "Break: back at 10:45": a quarter of an hour from now, rounded up to five minutes, in the room's local time. */
export function breakPreset(now: Date): string {
  const back = new Date(now.getTime() + 15 * 60_000);
  const minutes = back.getMinutes();
  const rounded = Math.ceil(minutes / 5) * 5;
  back.setMinutes(rounded, 0, 0);
  const hh = String(back.getHours()).padStart(2, '0');
  const mm = String(back.getMinutes()).padStart(2, '0');
  return `Break: back at ${hh}:${mm}`;
}

/** The presets the message dialog offers, the break time first. */
export function messagePresets(now: Date): string[] {
  return [breakPreset(now), ...MESSAGE_PRESETS];
}
