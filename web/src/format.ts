const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019" → "2019", "2019-02" → "Feb 2019", "2019-02-05" → "5 Feb 2019" (a PartialDate at its own precision). */
export function partialDate(value: string | null | undefined): string {
  if (!value) return '';
  const [year, month, day] = value.split('-');
  if (!month) return year ?? value;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "since Feb 2019", "2014 – 2017", "as of 2016": when a relation or role held. */
export function period(since?: string | null, until?: string | null, asOf?: string | null): string {
  if (since && until) return `${partialDate(since)} – ${partialDate(until)}`;
  if (since) return `since ${partialDate(since)}`;
  if (until) return `until ${partialDate(until)}`;
  if (asOf) return `as of ${partialDate(asOf)}`;
  return '';
}

/** memberCompanies → "Member companies". */
export function factKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
