// Dates as the pages write them (`GG/MM/AAAA`, Rome time) and simulated
// instants moved by calendar months.

/** `GG/MM/AAAA` of an ISO date (`AAAA-MM-GG…`). */
export function ddmmyyyy(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** `GG/MM/AAAA` of an instant, in Rome. */
export function itDate(d: Date): string {
  return d.toLocaleDateString('it-IT', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}

/** The instant moved by whole calendar months and days (UTC). */
export function monthsLater(from: Date, months: number, days = 0): Date {
  const d = new Date(from.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** `GG/MM/AAAA` six months after the `GG/MM/AAAA HH:MM` shown by the header. */
export function sixMonthsAfter(shown: string): string {
  const [d, m, y] = shown.slice(0, 10).split('/').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + 6, d));
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}
