/**
 * Calendar days as ISO strings ("2025-03-31"). ISO strings compare correctly as text, survive
 * JSON, and carry no time zone, which is what a due date is.
 */
export type IsoDate = string;

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO date for a valid day, undefined for an impossible one (31/02/2025). */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!isValidDay(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(daysInMonth(year, month))}`;
}

export function parseIso(date: IsoDate): { year: number; month: number; day: number } {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return { year, month, day };
}

/** Adds whole months, keeping the day where it exists and else the month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIso(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${pad2(newMonth)}-${pad2(newDay)}`;
}

/** Adds whole days (negative to go back), across month and year ends. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIso(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Excel's 1900 date system: serial 1 is 1 Jan 1900, with Excel's phantom 29 Feb 1900 (serial 60). */
export function isoFromExcelSerial(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  const days = whole < 60 ? whole - 1 : whole - 2;
  return new Date(Date.UTC(1900, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

export function excelSerialFromIso(date: IsoDate): number {
  const { year, month, day } = parseIso(date);
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1900, 0, 1)) / 86_400_000;
  return days + (days >= 59 ? 2 : 1);
}

/** The calendar day of a JS Date read in UTC (exceljs returns Excel dates as UTC midnight). */
export function isoFromUtcDate(date: Date): IsoDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Today's date in the local calendar, for the host to pass in; the engine never reads a clock. */
export function isoToday(now: Date): IsoDate {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
