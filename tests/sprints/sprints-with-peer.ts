import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../lib/logger';
import { createServiceClient } from '../../lib/server/service-client';
import { startSubgraphServer, type RunningServer } from '../../lib/server/subgraph-server';
import { signedPostHeaders } from '../../lib/signing';
import { createSubgraph } from '../../lib/server/create-subgraph';
import sprintsSubgraph from '../../subgraphs/sprints/subgraph';
import { graphql, rawId, type GraphQLResponse, type TestStack, type TestUser } from '../testkit';

/** What the peer does with one call: answer it (optionally after `forward`ing it), or hang up. */
export type PeerBehaviour = (
  call: { index: number; ids: string[] },
  forward: () => Promise<unknown>,
) => Promise<{ status: number; body: unknown } | 'hang up'>;

export const forwardAll: PeerBehaviour = async (_call, forward) => ({ status: 200, body: await forward() });

export interface SprintsWithPeer {
  /** The ids of each call the sprints service made to its work-items peer, in order. */
  calls: string[][];
  /** How the peer treats calls from now on (forwardAll at first); the call index starts again at 0. */
  behave(behaviour: PeerBehaviour): void;
  /** One operation straight at the second sprints service, signed as the router signs for `user`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
  run(user: TestUser, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<any>>;
}

/**
 * A second sprints service on the stack's database (without a read-model consumer), whose
 * work-items service is a `node:http` peer in front of the real one: tests decide what each call of
 * the read-through meets. Started before the file's tests, stopped after them.
 */
export function useSprintsWithWorkItemsPeer(stack: TestStack): SprintsWithPeer {
  const logger = createLogger('test', 'silent');
  const calls: string[][] = [];
  let behaviour = forwardAll;
  let callsBefore = 0;
  let peer: http.Server | undefined;
  let server: RunningServer | undefined;
  let stop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const workItems = createServiceClient({
      url: stack.subgraphUrls['work-items'],
      signingSecret: stack.signingSecret,
      caller: 'sprints',
    });
    peer = http.createServer((req, res) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => {
        const { query, variables } = JSON.parse(text) as { query: string; variables: { ids: string[] } };
        calls.push(variables.ids);
        const call = { index: calls.length - 1 - callsBefore, ids: variables.ids };
        const forward = async () => ({ data: await workItems.query(query, variables) });
        behaviour(call, forward).then(
          (reply) => {
            if (reply === 'hang up') res.destroy();
            else res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
          },
          () => res.destroy(),
        );
      });
    });
    await new Promise<void>((resolve) => peer!.listen(0, '127.0.0.1', resolve));
    const peerUrl = `http://127.0.0.1:${(peer.address() as AddressInfo).port}/graphql`;
    // No bus: the second service runs no read-model consumer of its own.
    const sprints = createSubgraph(sprintsSubgraph, {
      databaseUrl: stack.databaseUrl,
      poolSize: 2,
      subgraphUrl: (name) => (name === 'work-items' ? peerUrl : stack.subgraphUrls[name]),
      signingSecret: stack.signingSecret,
      logger,
    });
    server = await startSubgraphServer(sprints, {
      port: 0,
      host: '127.0.0.1',
      signingSecret: stack.signingSecret,
      logger,
    });
    stop = async () => {
      await server?.stop();
      await sprints.close();
      await workItems.close();
      await new Promise((resolve) => peer?.close(resolve));
    };
  });
  afterAll(() => stop());

  return {
    calls,
    behave(next) {
      behaviour = next;
      callsBefore = calls.length;
    },
    run(user, query, variables = {}) {
      if (!server) throw new Error('The second sprints service is used before beforeAll started it.');
      const body = JSON.stringify({ query, variables });
      const headers = signedPostHeaders(stack.signingSecret, server.url, body, rawId(user.userId));
      return graphql(server.url, query, variables, { headers });
    },
  };
}
