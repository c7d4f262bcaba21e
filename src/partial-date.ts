/** ISO 8601 at year, month or day precision: "2019", "2019-02", "2019-02-05". */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is a real calendar date at year, month or day precision. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(match[1]), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}


/** The first day a partial date covers, as YYYY-MM-DD text; open start when null. */
export function lowerBound(date: string | null): string {
  if (date === null) return '0000-01-01';
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date covers, as sortable text (day 31 stands for any month's end); open end when null. */
export function upperBound(date: string | null): string {
  if (date === null) return '9999-12-31';
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}
