import { graphql, useTestStack } from '../testkit';
import {
  clientFrame,
  closeCodeAfter,
  getRequest,
  rawExchange,
  rawWebSocket,
  upgradeRequest,
} from '../testkit/raw-http';

const stack = useTestStack();

// Targets from the audit: each made `new URL(target, base)` throw, inside the router's upgrade
// listener (ending the process) and in every request handler (answering 500).
const malformedTargets = ['//', '//a@', 'http://[::1', '//a@/graphql', 'http://[::1]:x/graphql', '/\\\\a@'];

async function stillServes(): Promise<void> {
  const res = await graphql(stack.routerUrl, '{ __typename }');
  expect(res.status).toBe(200);
  expect(res.body.data).toEqual({ __typename: 'Query' });
}

describe('Malformed request-targets', () => {
  it.each(malformedTargets)(
    'a WebSocket upgrade to %s gets a 4xx answer and the router keeps serving',
    async (target) => {
      const answer = await rawExchange(stack.routerUrl, upgradeRequest(target));
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      await stillServes();
    },
  );

  it.each(malformedTargets)('a GET of %s gets a 4xx answer from the router', async (target) => {
    const answer = await rawExchange(stack.routerUrl, getRequest(target));
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).toContain('"code":"');
    expect(answer.text).not.toMatch(/Invalid URL|ERR_INVALID_URL|at new URL/);
  });

  it('answers every malformed target with a 4xx on every subgraph, upgrades included', async () => {
    for (const url of Object.values(stack.subgraphUrls)) {
      for (const target of malformedTargets) {
        for (const request of [getRequest(target), upgradeRequest(target)]) {
          const answer = await rawExchange(url, request);
          expect({ url, target, status: answer.status }).toEqual({ url, target, status: expect.any(Number) });
          expect(answer.status).toBeGreaterThanOrEqual(400);
          expect(answer.status).toBeLessThan(500);
        }
      }
    }
    await stillServes();
  });
});

describe('Garbage WebSocket frames', () => {
  const frames: [string, Buffer, number][] = [
    ['a frame with reserved bits set', clientFrame(0x1, Buffer.from('{}'), { firstByteBits: 0x40 }), 1002],
    ['an unmasked client frame', clientFrame(0x1, Buffer.from('{}'), { masked: false }), 1002],
    ['a text frame that is not UTF-8', clientFrame(0x1, Buffer.from([0xc3, 0x28, 0xff])), 1007],
    ['a frame with an unknown opcode', clientFrame(0x3, Buffer.from('x')), 1002],
    ['a frame announcing 2^63 bytes', Buffer.from([0x81, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 1009],
    ['bytes that are no frame at all', Buffer.from('GET / HTTP/1.1\r\n\r\n'), 1002],
  ];

  it.each(frames)(
    '%s closes the connection with a close code and the router keeps serving',
    async (_name, frame, code) => {
      const socket = await rawWebSocket(stack.routerUrl);
      expect(await closeCodeAfter(socket, frame)).toBe(code);
      await stillServes();
    },
  );
});
