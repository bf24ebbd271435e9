import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { request } from 'undici';
import type { Logger } from '../../lib/logger';
import { startSubgraphServer, type RunningServer } from '../../lib/server/subgraph-server';
import { signatureHeaders } from '../../lib/signing';
import { startRouter } from '../../router';
import { supergraphSdlPath } from '../../scripts/start-supergraph';
import { createSubgraph, type BuiltSubgraph } from '../../lib/server/create-subgraph';
import usersSubgraph from '../../subgraphs/users/subgraph';
import { nodeOwnerEntries, type NodeOwnerName } from '../../subgraphs/users/node-owners';
import { createWorkItem, dataOf, graphql, rawId, seedProjectTeam, signUpUser, useTestStack } from '../testkit';
import { createSprint } from '../sprints/support';
import { internalExtensions } from './support';

// A users subgraph of its own behind a router of its own, in front of the stack's other subgraphs,
// with an HTTP peer between users and each owner: it counts the calls, or answers as a broken owner.

const stack = useTestStack();

type Behaviour = 'forward' | 'status 500' | 'not JSON' | 'internal errors' | 'connection reset';
const secret = 'connect ECONNREFUSED 10.1.2.3:5432 at /srv/workgraph/subgraphs/work-items/data/items.ts:42';

interface OwnerPeer {
  calls: { caller: string | undefined; representations: { __typename: string; id: string }[] }[];
  behaviour: Behaviour;
  server: http.Server;
  url: string;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function startOwnerPeer(target: () => string): Promise<OwnerPeer> {
  const peer = { calls: [], behaviour: 'forward' } as unknown as OwnerPeer;
  peer.server = http.createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const caller = req.headers[signatureHeaders.userId] as string | undefined;
      peer.calls.push({ caller, representations: JSON.parse(body).variables.representations });
      const json = (status: number, payload: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      switch (peer.behaviour) {
        case 'status 500':
          return json(500, { errors: [{ message: secret }] });
        case 'not JSON':
          return res.writeHead(200, { 'content-type': 'text/html' }).end(`<h1>${secret}</h1>`);
        case 'internal errors':
          return json(200, {
            data: { _entities: [null] },
            errors: [{ message: secret, path: ['_entities', 0], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          });
        case 'connection reset':
          return req.socket.destroy();
        case 'forward': {
          const headers = Object.fromEntries(
            Object.entries(req.headers).filter(([name]) => name.startsWith('x-workgraph-') || name === 'content-type'),
          ) as Record<string, string>;
          const answer = await request(target(), { method: 'POST', headers, body });
          return res.writeHead(answer.statusCode, { 'content-type': 'application/json' }).end(await answer.body.text());
        }
      }
    })();
  });
  await new Promise<void>((resolve) => peer.server.listen(0, '127.0.0.1', resolve));
  peer.url = `http://127.0.0.1:${(peer.server.address() as AddressInfo).port}/graphql`;
  return peer;
}

const logged: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
const logger: Logger = Object.fromEntries(
  (['debug', 'info', 'warn', 'error'] as const).map((level) => [
    level,
    (message: string, fields?: Record<string, unknown>) => logged.push({ level, message, fields }),
  ]),
) as unknown as Logger;

let peers: Map<NodeOwnerName, OwnerPeer>;
let users: BuiltSubgraph;
let usersServer: RunningServer;
let routerUrl: string;
let stopRouter: () => Promise<void>;

beforeAll(async () => {
  peers = new Map(
    await Promise.all(
      nodeOwnerEntries.map(
        async (entry) => [entry.name, await startOwnerPeer(() => stack.subgraphUrls[entry.name])] as const,
      ),
    ),
  );
  users = createSubgraph(usersSubgraph, {
    databaseUrl: stack.databaseUrl,
    signingSecret: stack.signingSecret,
    subgraphUrl: (owner) => peers.get(owner as NodeOwnerName)!.url,
    env: { JWT_SECRET: stack.jwtSecret },
    logger,
  });
  usersServer = await startSubgraphServer(users, { port: 0, signingSecret: stack.signingSecret, logger });
  const router = await startRouter({
    supergraphSdl: readFileSync(supergraphSdlPath, 'utf8'),
    subgraphUrls: { ...stack.subgraphUrls, users: usersServer.url },
    signingSecret: stack.signingSecret,
    jwtSecret: stack.jwtSecret,
    port: 0,
    production: false,
    logger,
  });
  routerUrl = router.url;
  stopRouter = () => router.stop();
}, 60_000);

afterAll(async () => {
  await stopRouter?.();
  await usersServer?.stop();
  await users?.close();
  for (const peer of peers?.values() ?? []) await new Promise((resolve) => peer.server.close(resolve));
});

beforeEach(() => {
  logged.length = 0;
  for (const peer of peers.values()) {
    peer.calls.length = 0;
    peer.behaviour = 'forward';
  }
});

async function seed() {
  const team = await seedProjectTeam(stack);
  const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
  const { addComment, createLabel } = dataOf(
    await graphql(
      stack.routerUrl,
      `
        mutation ($item: ID!, $project: ID!) {
          addComment(input: { workItemId: $item, body: "Hi" }) {
            comment {
              id
            }
          }
          createLabel(input: { projectId: $project, name: "ui", color: "#112233" }) {
            label {
              id
            }
          }
        }
      `,
      { item: item.id, project: team.project.id },
      { token: team.member.token },
    ),
  );
  const sprint = await createSprint(stack, team.member.token, team.project.id);
  return { team, item: item.id, comment: addComment.comment.id, label: createLabel.label.id, sprint };
}

const fiveNodes = `query ($item: ID!, $comment: ID!, $label: ID!, $sprint: ID!, $project: ID!) {
  item: node(id: $item) { id ... on WorkItem { title } }
  comment: node(id: $comment) { id }
  label: node(id: $label) { __typename }
  sprint: node(id: $sprint) { id }
  project: node(id: $project) { id }
}`;

describe('node(id) asks the owner of each object', () => {
  it('once per owning subgraph for all the nodes of a request, signed as the viewer', async () => {
    const { team, item, comment, label, sprint } = await seed();
    const response = await graphql(
      routerUrl,
      fiveNodes,
      { item, comment, label, sprint, project: team.project.id },
      { token: team.viewer.token },
    );
    expect(dataOf(response)).toEqual({
      item: { id: item, title: 'A task' },
      comment: { id: comment },
      label: { __typename: 'Label' },
      sprint: { id: sprint },
      project: { id: team.project.id },
    });
    const viewer = rawId(team.viewer.userId);
    expect(peers.get('work-items')!.calls).toEqual([
      {
        caller: viewer,
        representations: [
          { __typename: 'WorkItem', id: item },
          { __typename: 'Comment', id: comment },
          { __typename: 'Label', id: label },
        ],
      },
    ]);
    expect(peers.get('sprints')!.calls).toEqual([
      { caller: viewer, representations: [{ __typename: 'Sprint', id: sprint }] },
    ]);
    expect(peers.get('projects')!.calls).toHaveLength(1);
    expect(peers.get('notifications')!.calls).toEqual([]);
    expect(logged.filter((line) => line.level === 'warn' || line.level === 'error')).toEqual([]);
  });

  it('takes an owner’s NOT_FOUND for an answer: null, nothing logged', async () => {
    const { team } = await seed();
    const stranger = await signUpUser(stack);
    const response = await graphql(
      routerUrl,
      `
        query ($id: ID!) {
          node(id: $id) {
            id
          }
        }
      `,
      { id: team.project.id },
      { token: stranger.token },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ node: null });
    expect(peers.get('projects')!.calls).toHaveLength(1);
    expect(logged.filter((line) => line.level === 'warn' || line.level === 'error')).toEqual([]);
  });

  it.each<Behaviour>(['status 500', 'not JSON', 'internal errors', 'connection reset'])(
    'gives null for the nodes of an owner that fails (%s), shows nothing of it, and logs it',
    async (behaviour) => {
      const { team, item, comment, label, sprint } = await seed();
      peers.get('work-items')!.behaviour = behaviour;
      const response = await graphql(
        routerUrl,
        fiveNodes,
        { item, comment, label, sprint, project: team.project.id },
        { token: team.member.token },
      );
      expect(response.body.errors).toBeUndefined();
      expect(internalExtensions(response)).toEqual([]);
      expect(response.body.data).toEqual({
        item: null,
        comment: null,
        label: null,
        sprint: { id: sprint },
        project: { id: team.project.id },
      });
      expect(JSON.stringify(response.body)).not.toMatch(/ECONNREFUSED|\/srv\//);
      expect(logged.filter((line) => line.level === 'warn' || line.level === 'error')).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^node owner/),
          fields: expect.objectContaining({ subgraph: 'work-items' }),
        }),
      ]);
    },
  );
});
