import { formatDateTime, formatShortTime } from '../../ui/format';

/** When a copy was saved, as short as is clear: "12:04" today, "28 Nov, 12:04" otherwise. */
export function savedWhen(epochMs: number, now: Date = new Date()): string {
  const saved = new Date(epochMs);
  const sameDay = saved.getFullYear() === now.getFullYear() && saved.getMonth() === now.getMonth() && saved.getDate() === now.getDate();
  return sameDay ? formatShortTime(epochMs) : formatDateTime(epochMs);
}
