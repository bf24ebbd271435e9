import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

export interface CountingProxy {
  url: string;
  /** Bodies of the requests forwarded so far (or answered by `failWith`). */
  bodies: string[];
  /** How long each request is held before it is forwarded, so concurrent requests overlap. */
  holdMs: number;
  /** When set, requests are answered with this status instead of being forwarded. */
  failWith: number | null;
  close(): Promise<void>;
}

/** A node:http proxy in front of one subgraph URL, counting what reaches it; bytes pass unchanged. */
export async function startCountingProxy(targetUrl: string): Promise<CountingProxy> {
  const target = new URL(targetUrl);
  const proxy: CountingProxy = { url: '', bodies: [], holdMs: 0, failWith: null, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      proxy.bodies.push(body);
      await new Promise((resolve) => setTimeout(resolve, proxy.holdMs));
      if (proxy.failWith !== null) {
        res.writeHead(proxy.failWith, { 'content-type': 'text/plain' });
        return res.end('proxy says no');
      }
      const headers = { ...req.headers, host: target.host };
      const answer = await request(new URL(req.url ?? '/', target), {
        method: req.method as 'POST',
        headers,
        body,
      });
      const text = await answer.body.text();
      res.writeHead(answer.statusCode, {
        'content-type': String(answer.headers['content-type'] ?? 'application/json'),
      });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${target.pathname}`;
  proxy.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return proxy;
}
