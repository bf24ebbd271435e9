import { createHash } from 'node:crypto';

const sha256Hex = /^[0-9a-f]{64}$/;

/**
 * Why a request's `persistedQuery` extension is refused (400 BAD_REQUEST), or null. Apollo Server
 * answers a wrong version or a hash that does not match the query without a code, and would use any
 * value as a cache key; here the extension must be version 1 with a lowercase SHA-256 of the query.
 */
export function persistedQueryRefusal(query: unknown, extensions: unknown): string | null {
  if (typeof extensions !== 'object' || extensions === null || !('persistedQuery' in extensions)) return null;
  const persisted = (extensions as { persistedQuery: unknown }).persistedQuery;
  if (persisted === undefined || persisted === null) return null;
  const { version, sha256Hash } = (typeof persisted === 'object' ? persisted : {}) as Record<string, unknown>;
  if (version !== 1 || typeof sha256Hash !== 'string' || !sha256Hex.test(sha256Hash)) {
    return 'The persistedQuery extension must be { "version": 1, "sha256Hash": <64 lowercase hex digits> }.';
  }
  if (typeof query === 'string' && createHash('sha256').update(query).digest('hex') !== sha256Hash) {
    return 'The persisted query hash does not match the query (sha256Hash must be the SHA-256 of the query text).';
  }
  return null;
}

/** The `extensions` of a GET request: its JSON query parameter, or undefined when absent or not JSON. */
export function extensionsOfSearch(search: URLSearchParams): unknown {
  const raw = search.get('extensions');
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
