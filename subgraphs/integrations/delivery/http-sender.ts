import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** At most `maxResponseBytes` of the body. */
  body: Buffer;
}

export interface HttpSender {
  post(url: string, headers: Record<string, string>, body: string): Promise<HttpAnswer>;
  close(): void;
}

/** The IP addresses the allow-list lets through the filter: its IP entries, and loopback for `localhost`. */
export function allowedAddresses(hosts: readonly string[]): string[] {
  return hosts.flatMap((host) => (host === 'localhost' ? ['127.0.0.1', '::1'] : isIP(host) ? [host] : []));
}

/**
 * POSTs through agents that refuse, when the connection is made (after DNS), loopback, private,
 * link-local, metadata and unspecified addresses, except those of the allow-list. Never follows
 * redirects; stops reading a response after `maxResponseBytes`; fails after `timeoutMs` in all.
 */
export function createHttpSender(options: {
  allowedHosts: readonly string[];
  timeoutMs: number;
  maxResponseBytes: number;
}): HttpSender {
  const filter = { allowIPAddressList: allowedAddresses(options.allowedHosts), keepAlive: true, maxSockets: 64 };
  const agents = { http: new RequestFilteringHttpAgent(filter), https: new RequestFilteringHttpsAgent(filter) };
  return {
    post(url, headers, body) {
      const target = new URL(url);
      const client = target.protocol === 'http:' ? http : https;
      return new Promise<HttpAnswer>((resolve, reject) => {
        const request = client.request(target, {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: target.protocol === 'http:' ? agents.http : agents.https,
        });
        const timer = setTimeout(
          () => request.destroy(new Error(`No complete answer within ${options.timeoutMs} ms.`)),
          options.timeoutMs,
        );
        request.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        request.on('response', (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const finish = () => {
            clearTimeout(timer);
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
          };
          response.on('data', (chunk: Buffer) => {
            if (size >= options.maxResponseBytes) return;
            chunks.push(chunk.subarray(0, options.maxResponseBytes - size));
            size += chunk.length;
            if (size >= options.maxResponseBytes) {
              response.destroy();
              finish();
            }
          });
          response.on('end', finish);
          response.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
          });
        });
        request.end(body);
      });
    },
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
