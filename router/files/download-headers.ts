import { contentDispositionOf } from '../../lib/files/file-names';
import type { DownloadClaims } from '../../lib/files/file-links';

// The headers of a stored file served to a browser. Whatever was uploaded, nothing served here may
// run as part of our origin: types a browser would render as a document or script are downloaded
// rather than shown (even when the link says inline), never sniffed, and sandboxed if opened anyway.

const activeTypes = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/xml',
  'application/xml',
  'text/xsl',
  'application/javascript',
  'application/x-javascript',
  'application/ecmascript',
  'text/javascript',
  'text/ecmascript',
]);

const mediaTypeOf = (contentType: string): string => contentType.split(';')[0]!.trim().toLowerCase();

/** Whether a browser could render the type as a document or run it as script. */
export function isActiveContentType(contentType: string): boolean {
  const type = mediaTypeOf(contentType);
  return activeTypes.has(type) || type.endsWith('+xml');
}

/** Seconds a browser may keep a download: until the link expires, and at most 5 minutes. */
export const maxDownloadCacheSeconds = 300;

export function downloadHeaders(claims: DownloadClaims, nowMs: number): Record<string, string> {
  const active = isActiveContentType(claims.contentType);
  const disposition = active ? 'attachment' : claims.disposition;
  const maxAge = Math.max(0, Math.min(maxDownloadCacheSeconds, claims.expires - Math.ceil(nowMs / 1000)));
  return {
    'content-type': active ? 'application/octet-stream' : claims.contentType,
    'content-disposition': contentDispositionOf(disposition, claims.fileName),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
    'cross-origin-resource-policy': 'same-site',
    'referrer-policy': 'no-referrer',
    'cache-control': `private, max-age=${maxAge}`,
    'accept-ranges': 'bytes',
  };
}
