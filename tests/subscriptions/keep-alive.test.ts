import WebSocket from 'ws';
import { closeOf, opened, useTestStack, webSocketUrl } from '../testkit';

// Long enough for a busy CI machine to answer pings in time, short enough for a quick test.
const stack = useTestStack({ routerLimits: { webSocketKeepAliveMs: 500 } });

describe('WebSocket keep-alive', () => {
  it('pings every connection and drops one that stops answering with pongs', async () => {
    const silent = new WebSocket(webSocketUrl(stack.routerUrl), 'graphql-transport-ws', { autoPong: false });
    const answering = new WebSocket(webSocketUrl(stack.routerUrl), 'graphql-transport-ws');
    await Promise.all([opened(silent), opened(answering)]);
    let pings = 0;
    answering.on('ping', () => (pings += 1));

    expect((await closeOf(silent)).code).toBe(1006);
    expect(pings).toBeGreaterThan(0);
    expect(answering.readyState).toBe(WebSocket.OPEN);
    answering.terminate();
  });
});
