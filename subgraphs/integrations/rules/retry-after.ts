/**
 * How long a `Retry-After` header asks to wait, in milliseconds from `now`: delay-seconds or an HTTP
 * date (RFC 9110). Null when absent, unreadable, or not in the future.
 */
export function retryAfterMs(header: string | string[] | undefined, now: Date): number | null {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) {
    const seconds = Number(value);
    return seconds > 0 ? seconds * 1000 : null;
  }
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  const wait = at - now.getTime();
  return wait > 0 ? wait : null;
}
