import type http from 'node:http';
import { clientAddressOf } from './client-address';

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as http.IncomingMessage;

describe('clientAddressOf', () => {
  it('is the socket peer when no proxy is trusted, whatever the client claims', () => {
    expect(clientAddressOf(request('203.0.113.9', '198.51.100.1'), 0)).toBe('203.0.113.9');
  });

  it('is the address the one trusted proxy saw', () => {
    expect(clientAddressOf(request('10.0.0.2', 'forged, 203.0.113.9'), 1)).toBe('203.0.113.9');
  });

  it('skips as many entries as there are trusted proxies', () => {
    expect(clientAddressOf(request('10.0.0.3', 'forged, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9');
  });

  it('falls back to the leftmost address when the chain is shorter than the trusted hops', () => {
    expect(clientAddressOf(request('10.0.0.2'), 1)).toBe('10.0.0.2');
    expect(clientAddressOf(request('10.0.0.2', '203.0.113.9'), 3)).toBe('203.0.113.9');
  });
});
