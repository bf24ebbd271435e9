import type { ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const webSocketUrl = (routerUrl: string) => routerUrl.replace(/^http/, 'ws');

/** What a subscription has received so far, and ways to wait for more. */
export interface LiveSubscription {
  results: ExecutionResult[];
  /** Resolves with the next result not returned yet, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ExecutionResult>;
  /** Resolves when the server completes the subscription; rejects with the error if it fails. */
  ended: Promise<void>;
  dispose(): void;
}

/** A graphql-ws client signed in with `token`, connected before it resolves. */
export async function connectSubscriptions(routerUrl: string, token: string): Promise<Client> {
  let connected: () => void;
  let failed: (error: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    connected = resolve;
    failed = reject;
  });
  const client = createClient({
    url: webSocketUrl(routerUrl),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
    on: { connected: () => connected(), closed: (event) => failed(event), error: (error) => failed(error) },
  });
  await ready;
  return client;
}

export function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}): LiveSubscription {
  const results: ExecutionResult[] = [];
  let read = 0;
  let wake: (() => void) | null = null;
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const ended = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  ended.catch(() => {});
  let failure: unknown = null;
  let done = false;
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (result) => {
        results.push(result as ExecutionResult);
        wake?.();
      },
      error: (error) => {
        failure = error;
        done = true;
        settle.reject(error);
        wake?.();
      },
      complete: () => {
        done = true;
        settle.resolve();
        wake?.();
      },
    },
  );
  return {
    results,
    ended,
    dispose,
    next: async (timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (read >= results.length) {
        if (done) throw failure ?? new Error('The subscription completed.');
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`No subscription result within ${timeoutMs} ms.`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
      return results[read++]!;
    },
  };
}

/** A bare `graphql-transport-ws` socket, for tests of the protocol itself. */
export function rawSocket(routerUrl: string): WebSocket {
  return new WebSocket(webSocketUrl(routerUrl), 'graphql-transport-ws');
}

export function opened(socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
}

export function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
}

/** The next protocol message; rejects when the socket closes first. */
export function nextMessage(socket: WebSocket): Promise<{ type: string; id?: string; payload?: unknown }> {
  return new Promise((resolve, reject) => {
    const onClose = (code: number, reason: Buffer) => reject(new Error(`closed with ${code} ${String(reason)}`));
    socket.once('close', onClose);
    socket.once('message', (data) => {
      socket.off('close', onClose);
      resolve(JSON.parse(String(data)));
    });
  });
}

/** The next result whose `field` payload satisfies `matches`, skipping others (for example earlier probes). */
export async function nextMatching(
  live: LiveSubscription,
  field: string,
  matches: (event: Record<string, unknown>) => boolean,
  timeoutMs = 5000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await live.next(Math.max(1, deadline - Date.now()));
    if (result.errors) throw new Error(`Subscription error: ${JSON.stringify(result.errors)}`);
    const event = result.data?.[field] as Record<string, unknown> | undefined;
    if (event && matches(event)) return event;
  }
}

/**
 * Resolves once the subscription receives events. The protocol does not acknowledge a subscribe
 * message, so `probe` (a change the subscription reports) runs until one of its events arrives;
 * tests then pick their own events with `nextMatching`.
 */
export async function untilSubscribed(live: LiveSubscription, probe: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await probe();
    try {
      await live.next(300);
      return;
    } catch (error) {
      if (!(error as Error).message.startsWith('No subscription result')) throw error;
    }
  }
  throw new Error('The subscription received nothing within 10 s.');
}

/**
 * How the router closes a `graphql-transport-ws` connection it refuses after `connection_init`
 * carrying `token`, as any client of the protocol sees it.
 */
export async function connectionRefusal(routerUrl: string, token: string): Promise<{ code: number; reason: string }> {
  const socket = rawSocket(routerUrl);
  const closed = closeOf(socket);
  await opened(socket);
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  const first = await Promise.race([nextMessage(socket).catch(() => null), closed]);
  if (first && 'type' in first) {
    socket.close();
    throw new Error(`The connection was accepted: ${first.type}`);
  }
  return closed;
}
