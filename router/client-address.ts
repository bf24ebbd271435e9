import type http from 'node:http';

/**
 * The address of the client behind a request. With no trusted proxy it is the socket's peer. Behind
 * `trustProxyHops` proxies (a load balancer, an ingress) each appends the address it saw to
 * X-Forwarded-For, so the client is the entry that many places from the right; entries further left
 * are whatever the client claimed and are never trusted.
 */
export function clientAddressOf(req: http.IncomingMessage, trustProxyHops: number): string {
  const peer = req.socket.remoteAddress ?? '';
  if (trustProxyHops <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The nearest proxy is the socket's peer itself; the hops before it are in the header.
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustProxyHops)] ?? peer;
}
