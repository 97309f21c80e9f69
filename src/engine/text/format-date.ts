import { parseIso, type IsoDate } from '../dates/calendar.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "31 March 2025", the way council reports write a date. */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = parseIso(date);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}
