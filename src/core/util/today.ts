/**
 * Today's date where the person is, as `YYYY-MM-DD`. A registration or a birth after today is a typo
 * (2062 for 2026); the check reads the computer's own calendar, not UTC, so at 7 a.m. in Chengdu
 * "today" is the Chinese date, not yesterday's.
 */
export function localToday(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * A moment stored as ISO 8601 (`2026-11-29T06:05:00.000Z`), as the person reads a clock where they
 * are: `2026-11-29 14:05`, or with the seconds. Undefined for anything that is no time: such a
 * string may come from a file anyone could have edited.
 */
export function localDateTime(iso: string | undefined, seconds = false): string | undefined {
  const at = iso ? new Date(iso) : undefined;
  if (!at || Number.isNaN(at.getTime())) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${localToday(at)} ${two(at.getHours())}:${two(at.getMinutes())}${seconds ? `:${two(at.getSeconds())}` : ''}`;
}
