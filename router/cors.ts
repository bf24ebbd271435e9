import type http from 'node:http';

/** Which browser origins may call the router: a list of exact origins, or `*` for any. */
export type CorsOrigins = readonly string[] | '*';

const allowedHeaders = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name';

export function parseCorsOrigins(value: string): CorsOrigins {
  if (value.trim() === '*') return '*';
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/**
 * Adds CORS headers for an allowed origin and answers preflight requests. Returns true when the
 * request was a preflight and has been answered. Access tokens travel in a header, never in cookies,
 * so no credentials mode is offered.
 */
export function handleCors(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  origins: CorsOrigins,
  methods = 'GET, POST, OPTIONS',
): boolean {
  const origin = req.headers.origin;
  const allowed = !!origin && (origins === '*' || origins.includes(origin));
  if (allowed) {
    res.setHeader('access-control-allow-origin', origins === '*' ? '*' : origin);
    res.setHeader(
      'access-control-expose-headers',
      'ratelimit-limit, ratelimit-remaining, ratelimit-reset, retry-after',
    );
    if (origins !== '*') res.setHeader('vary', 'origin');
  }
  if (req.method !== 'OPTIONS') return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', methods);
    res.setHeader('access-control-allow-headers', allowedHeaders);
    res.setHeader('access-control-max-age', '600');
  }
  res.writeHead(allowed ? 204 : 403);
  res.end();
  return true;
}
