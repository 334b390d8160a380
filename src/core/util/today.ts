/**
 * Today's date where the person is, as `YYYY-MM-DD`. A registration or a birth after today is a typo
 * (2062 for 2026); the check reads the computer's own calendar, not UTC, so at 7 a.m. in Chengdu
 * "today" is the Chinese date, not yesterday's.
 */
export function localToday(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
