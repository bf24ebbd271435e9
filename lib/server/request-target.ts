/**
 * The URL of an HTTP request-target, or null when the target is not one this server can answer
 * (RFC 9112 §3.2: origin-form `/path?query`, or absolute-form `http://host/path`). `new URL(target,
 * base)` reads `//host` as a network path and throws on `//a@` or `http://[::1`, so origin-form
 * targets are appended to a fixed origin instead: `//` stays the path `//`.
 */
export function requestUrl(target: string | undefined): URL | null {
  const raw = target ?? '/';
  try {
    if (raw.startsWith('/')) return new URL(`http://request-target${raw}`);
    if (/^https?:\/\//i.test(raw)) return new URL(raw);
  } catch {
    return null;
  }
  return null;
}
