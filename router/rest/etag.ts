import { createHash } from 'node:crypto';

/** A strong entity tag of a response body: the same bytes, the same tag. */
export const etagOf = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/**
 * Whether `If-None-Match` matches the tag (RFC 9110 §13.1.2: `*`, or any listed tag by weak
 * comparison, so `W/"x"` matches `"x"`).
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
