// Apart from format.ts because the projector's title screen shows it: the presenter page loads this up front, not the rest.
const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A session date (YYYY-MM-DD) for people: "Sat, 28 Nov 2026". Falls back to the raw text. */
export function formatSessionDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}
