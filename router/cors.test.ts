import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleCors, parseCorsOrigins, type CorsOrigins } from './cors';

async function withServer(origins: CorsOrigins, run: (url: string) => Promise<void>) {
  const server = http.createServer((req, res) => {
    if (!handleCors(req, res, origins)) res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
  } finally {
    server.close();
  }
}

describe('CORS', () => {
  it('parses a comma-separated list of origins, or a wildcard', () => {
    expect(parseCorsOrigins(' https://app.example.com, https://m.example.com ')).toEqual([
      'https://app.example.com',
      'https://m.example.com',
    ]);
    expect(parseCorsOrigins('*')).toBe('*');
    expect(parseCorsOrigins('')).toEqual([]);
  });

  it('answers the preflight of an allowed origin with the methods and headers a GraphQL client sends', () =>
    withServer(['https://app.example.com'], async (url) => {
      const res = await fetch(url, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(res.headers.get('vary')).toBe('origin');
    }));

  it('refuses the preflight of an origin not on the list and adds no CORS headers to its requests', () =>
    withServer(['https://app.example.com'], async (url) => {
      const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com' } });
      expect(preflight.status).toBe(403);
      const res = await fetch(url, { headers: { origin: 'https://evil.example.com' } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }));

  it('allows any origin with a wildcard, without credentials', () =>
    withServer('*', async (url) => {
      const res = await fetch(url, { headers: { origin: 'https://anywhere.example.com' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }));
});
