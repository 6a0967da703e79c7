// Dates as the sources write them (`4 January 2021`, `December 16`), read or recognised.
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = MONTH_NAMES.join('|');
// built once: isDatePart runs for every number of every text
const MONTH_AFTER = new RegExp(String.raw`^\s*(?:${MONTH})\b`);
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH})\s*,?\s*$`);
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})\s+(\d{4})\b`, 'i');

/** The first full date in a text, as an ISO date, or null. */
export const findDate = (text: string): string | null => findWrittenDate(text)?.iso ?? null;

/** The first full date in a text: as an ISO date (which may name no day: `32 December 2020`), and as written. */
export function findWrittenDate(text: string): { iso: string; written: string } | null {
  const match = DAY_MONTH_YEAR.exec(text);
  if (!match) return null;
  const month = MONTH_NAMES.indexOf(match[2]!.toLowerCase()) + 1;
  return { iso: `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`, written: match[0] };
}

/** Whether an ISO date is a day of the calendar: `2020-12-32` and `2021-02-29` are not. */
export function isCalendarDay(iso: string): boolean {
  const time = /^\d{4}-\d\d-\d\d$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  // Date.parse rolls 2021-02-30 over to March: a day that does not come back as written is not one
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(iso);
}

/** Why the figures of a text dated on no day of the calendar stay unlinked. */
export const noCalendarDay = (written: string) =>
  `dated ${written.trim()}, which is no day of the calendar: the figure is tied to no poll or day`;

/** Whether the figure at [start, end) is part of a date, a year or a clock time. */
export function isDatePart(text: string, start: number, end: number, figure: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  const after = text.slice(end, end + 12).toLowerCase();
  if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) return true;
  if (/^\d{4}$/.test(figure) && Number(figure) >= 1800 && Number(figure) <= 2100) return true;
  if (/^:\d/.test(after) || /\d:$/.test(before) || /^-\d{2}\b/.test(after) || /\d{4}-$/.test(before)) return true;
  // `08.06.2019`: a day, month and year written with dots
  if (/^\d{1,2}\.\d{1,2}\.(?:18|19|20|21)\d{2}$/.test(figure)) return true;
  return false;
}
