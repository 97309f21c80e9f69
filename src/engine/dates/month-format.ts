/**
 * Whether an Excel number format shows a date as a month and year with no day ("mmm-yy",
 * "mmmm yyyy", "[$-809]mmm-yy;@"): such a date is stored as the 1st but means the whole month, so
 * it is due at the month's end.
 */
export function isMonthFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const shown = (format.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '') // quoted text
    .replace(/\[[^\]]*\]/g, '') // locale, colour and condition sections
    .replace(/\\./g, '') // escaped characters
    .toLowerCase();
  return /m/.test(shown) && /y/.test(shown) && !/[dhs]/.test(shown);
}
