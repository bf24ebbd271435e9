import type http from 'node:http';
import { CloseCode, makeServer, type ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type WebSocket from 'ws';
import type { WebSocketServer } from 'ws';
import type { Logger } from '../../lib/logger';

/** Close code for a client that stopped reading: more than the allowed bytes wait to be sent to it. */
export const slowConsumerCloseCode = 4413;
const slowConsumerGraceMs = 10_000;

/**
 * graphql-ws on a `ws` server: its `use/ws` starter, with the router's logger instead of
 * console.error (a client sending an oversized frame is routine, not an internal error),
 * keep-alive pings that drop connections missing a pong, and a bound on what may wait to be sent
 * to one client: past `maxBufferedBytes` the connection closes with 4413 (its subscriptions' other
 * subscribers never wait for it: each connection sends on its own).
 */
export function serveGraphQLWs<P extends Record<string, unknown>, E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<P, Extra & Partial<E>>,
  wss: WebSocketServer,
  limits: { keepAliveMs: number; maxBufferedBytes: number },
  logger: Logger,
): { dispose(): Promise<void> } {
  const { keepAliveMs, maxBufferedBytes } = limits;
  const server = makeServer(options);
  wss.options.handleProtocols = (protocols) => (protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false);
  wss.on('connection', (socket: WebSocket, request: http.IncomingMessage) => {
    // `ws` has already sent the close code a protocol error deserves (1002, 1007, 1009); `on`, not
    // `once`: a second 'error' without a listener would be thrown.
    socket.on('error', (error) => logger.debug('websocket error', { error: error.message }));
    let pongWait: NodeJS.Timeout | null = null;
    const pinger = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
      socket.once('pong', () => {
        if (pongWait) clearTimeout(pongWait);
        pongWait = null;
      });
      socket.ping();
    }, keepAliveMs);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            if (socket.bufferedAmount + data.length > maxBufferedBytes) {
              logger.debug('websocket: slow consumer closed', { bufferedBytes: socket.bufferedAmount });
              socket.close(
                slowConsumerCloseCode,
                'Slow consumer: too much unsent; reconnect and resume with the last cursor',
              );
              // The close frame waits behind what is unsent: a client that does not read it soon is dropped.
              setTimeout(() => socket.terminate(), slowConsumerGraceMs).unref();
              return resolve();
            }
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch((error: unknown) => {
              logger.error('websocket message failed', { error: String(error) });
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request } as Extra & Partial<E>,
    );
    socket.once('close', (code, reason) => {
      if (pongWait) clearTimeout(pongWait);
      clearInterval(pinger);
      void closed(code, String(reason));
    });
  });
  return {
    dispose: async () => {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
