import { parseIso, type IsoDate } from '../dates/calendar.js';
import { remembering } from './remember.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "31 March 2025", the way council reports write a date. */
export const formatLongDate: (date: IsoDate) => string = remembering((date) => {
  const { year, month, day } = parseIso(date);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}, 4096); // messages name the same few due dates and as-at date many times over

