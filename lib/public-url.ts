// Addresses that mean "this machine" to a server but nothing to a person reading an email elsewhere.
const localHosts = new Set(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost']);

/**
 * Where people reach a router listening on `host` and `port`, for links in emails when PUBLIC_URL
 * is not set: `localhost` for loopback and wildcard addresses, the host itself otherwise.
 */
export function defaultPublicUrl(host: string, port: number): string {
  const name = localHosts.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return new URL(`http://${name}:${port}`).origin;
}
