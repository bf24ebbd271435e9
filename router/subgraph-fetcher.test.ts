import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyRequest, signatureHeaders } from '../lib/signing';
import { createSubgraphFetcher } from './subgraph-fetcher';

const secret = 'a'.repeat(40);

describe('subgraph fetcher', () => {
  let server: http.Server;
  let url: string;
  const seen: { body: string; headers: http.IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        seen.push({ body, headers: req.headers });
        const check = verifyRequest(secret, { method: req.method!, target: req.url!, body, headers: req.headers });
        res.writeHead(check.ok ? 200 : 401, { 'content-type': 'application/json', 'x-test': 'yes' });
        res.end(
          JSON.stringify(
            check.ok
              ? { data: { userId: check.caller, clientAddress: check.clientAddress } }
              : { errors: [{ message: check.reason }] },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('signs the exact body with the caller id and returns a fetch-like response', async () => {
    const { fetcher, close } = createSubgraphFetcher({ signingSecret: secret });
    try {
      const body = JSON.stringify({ query: '{ me { id } }' });
      const response = await fetcher(url, {
        method: 'POST',
        headers: { [signatureHeaders.userId]: 'u1', [signatureHeaders.clientAddress]: '203.0.113.7' },
        body,
      });
      expect(response.ok).toBe(true);
      expect(response.headers.get('x-test')).toBe('yes');
      expect(response.headers.get('content-type')).toBe('application/json');
      const answer = { data: { userId: 'u1', clientAddress: '203.0.113.7' } };
      expect(await response.json()).toEqual(answer);
      expect(await response.clone().text()).toBe(JSON.stringify(answer));
      expect(seen.at(-1)?.body).toBe(body);
      expect(seen.at(-1)?.headers['content-type']).toBe('application/json');

      const anonymous = await fetcher(url, { method: 'POST', body: '{"query":"{ x }"}' });
      expect(await anonymous.json()).toEqual({ data: { userId: null, clientAddress: null } });
    } finally {
      await close();
    }
  });

  it('is rejected by a subgraph with another secret', async () => {
    const { fetcher, close } = createSubgraphFetcher({ signingSecret: 'b'.repeat(40) });
    try {
      const response = await fetcher(url, { method: 'POST', body: '{}' });
      expect(response.status).toBe(401);
      expect(response.ok).toBe(false);
    } finally {
      await close();
    }
  });
});
