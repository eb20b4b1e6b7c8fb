/**
 * toLocalIsoDate("2026-11-03T20:00:00Z") → "2026-11-04" in Hanoi (UTC+7), "2026-11-03" in London:
 * the day on the reader's own calendar, not UTC's.
 */
export function toLocalIsoDate(timestamp: string): string {
  const at = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
