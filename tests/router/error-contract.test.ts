import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { encodeCursor } from '../../lib/relay';
import { request } from 'undici';
import {
  closeOf,
  createWorkItem,
  graphql,
  opened,
  rawSocket,
  seedProjectTeam,
  useTestStack,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

let team: ProjectTeam;
let item: { id: string; version: number };

beforeAll(async () => {
  team = await seedProjectTeam(stack);
  item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Ship it' });
});

const updateDueDate = `
  mutation ($input: UpdateWorkItemInput!) {
    updateWorkItem(input: $input) { workItem { dueDate } }
  }
`;

const asAdmin = (query: string, variables: Record<string, unknown>) =>
  graphql(stack.routerUrl, query, variables, { token: team.admin.token });

describe('Client mistakes that a subgraph detects', () => {
  it('an impossible dueDate in variables is BAD_USER_INPUT naming the field, with HTTP 400', async () => {
    const res = await asAdmin(updateDueDate, {
      input: { id: item.id, expectedVersion: item.version, dueDate: 'tomorrow' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.dueDate' });
    expect(res.body.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });

  it('a calendar date that does not exist in a filter is BAD_USER_INPUT naming the field', async () => {
    const res = await asAdmin(
      `
        query ($id: ID!, $filter: WorkItemFilter) {
          project(id: $id) {
            workItems(filter: $filter) {
              totalCount
            }
          }
        }
      `,
      { id: team.project.id, filter: { dueAfter: '2026-02-30' } },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.dueAfter' });
  });

  it('an impossible date written in the query itself is refused as a validation error, not an outage', async () => {
    const res = await asAdmin(
      `mutation { updateWorkItem(input: { id: "${item.id}", expectedVersion: ${item.version}, dueDate: "tomorrow" }) { workItem { dueDate } } }`,
      {},
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });

  it('a DateTime without a time zone in variables is BAD_USER_INPUT naming the field', async () => {
    const res = await asAdmin(
      `
        mutation ($input: MarkAllNotificationsReadInput) {
          markAllNotificationsRead(input: $input) {
            markedCount
          }
        }
      `,
      { input: { createdUpTo: '2026-01-01T10:00' } },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.createdUpTo' });
  });
});

describe('Text and dates that no column can hold', () => {
  const listItems = `
    query ($id: ID!, $orderBy: WorkItemOrder, $after: String) {
      project(id: $id) {
        workItems(orderBy: $orderBy, after: $after, first: 5) {
          totalCount
        }
      }
    }
  `;

  it('a NUL character in a variable is BAD_USER_INPUT naming the field, and nothing is written', async () => {
    const res = await asAdmin(
      'mutation ($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }',
      { input: { projectId: team.project.id, type: 'TASK', title: 'before\u0000after' } },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.title' });
    const titles = await asAdmin(
      'query ($id: ID!) { project(id: $id) { workItems(first: 100) { edges { node { title } } } } }',
      { id: team.project.id },
    );
    const edges = (titles.body.data as { project: { workItems: { edges: { node: { title: string } }[] } } }).project
      .workItems.edges;
    expect(edges.map((edge) => edge.node.title)).not.toContain('before\u0000after');
  });

  it('a NUL character written in the query itself is BAD_USER_INPUT naming the argument path', async () => {
    const res = await asAdmin(
      `mutation { updateWorkItem(input: { id: "${item.id}", expectedVersion: ${item.version}, title: "a\\u0000b" }) { workItem { title } } }`,
      {},
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });

  it('the year 0000 is not a calendar date', async () => {
    const res = await asAdmin(updateDueDate, {
      input: { id: item.id, expectedVersion: item.version, dueDate: '0000-01-01' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.dueDate' });
  });

  it.each([
    ['creation time', { field: 'CREATED_AT' }, ['2026-02-30T10:00:00.000Z', randomUUID()]],
    ['due date', { field: 'DUE_DATE' }, ['2026-02-30', randomUUID()]],
    ['due date in year 0000', { field: 'DUE_DATE' }, ['0000-01-01', randomUUID()]],
  ])('a forged cursor with an impossible %s is BAD_USER_INPUT on after', async (_label, orderBy, values) => {
    const res = await asAdmin(listItems, { id: team.project.id, orderBy, after: encodeCursor(values) });
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(res.body.data).toBeNull();
  });

  it('a forged inbox cursor with an impossible time is BAD_USER_INPUT on after', async () => {
    const res = await asAdmin('query ($after: String) { notifications(first: 5, after: $after) { totalCount } }', {
      after: encodeCursor(['2026-02-30T10:00:00.000Z', randomUUID()]),
    });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('Router-level variable errors', () => {
  it('name the variable path of a value of the wrong type', async () => {
    const res = await asAdmin(updateDueDate, { input: { id: item.id, expectedVersion: 'seven' } });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.expectedVersion' });
  });

  it('name a required variable that is missing', async () => {
    const res = await asAdmin(updateDueDate, {});
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
  });

  it('name an unknown input field', async () => {
    const res = await asAdmin(updateDueDate, {
      input: { id: item.id, expectedVersion: item.version, dueDat: '2026-01-01' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.dueDat' });
  });
});

describe('Operation selection mistakes', () => {
  const post = async (body: unknown) => {
    const response = await request(stack.routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${team.admin.token}` },
      body: JSON.stringify(body),
    });
    return {
      status: response.statusCode,
      body: (await response.body.json()) as { errors?: { extensions?: Record<string, unknown> }[] },
    };
  };

  it('an unknown operationName is a 400 client error', async () => {
    const res = await post({ query: 'query A { __typename }', operationName: 'B' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('several operations without an operationName is a 400 client error', async () => {
    const res = await post({ query: 'query A { __typename } query B { __typename }' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });
});

describe('Subscriptions sent over HTTP', () => {
  it('get 400 BAD_REQUEST pointing at the WebSocket endpoint, even with a directive graphql-js cannot validate', async () => {
    const res = await asAdmin(
      'subscription ($p: ID!, $on: Boolean!) { workItemChanged(projectId: $p) @include(if: $on) { kind } }',
      { p: team.project.id, on: true },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.body.errors?.[0]?.message).toContain('graphql-transport-ws');
  });
});

describe('Access tokens the router refuses', () => {
  const forge = (claims: { sub: string; exp?: number }) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('workgraph')
      .setAudience('workgraph')
      .setSubject(claims.sub)
      .setIssuedAt(now);
    if (claims.exp) jwt.setExpirationTime(claims.exp);
    return jwt.sign(new TextEncoder().encode(stack.jwtSecret));
  };

  it.each([
    ['a token without an expiry', { sub: randomUUID() }],
    ['a token whose subject is not a user id', { sub: 'user-7', exp: Math.floor(Date.now() / 1000) + 600 }],
  ])('%s is UNAUTHENTICATED with HTTP 401, over HTTP and WebSocket', async (_label, claims) => {
    const token = await forge(claims);
    const res = await graphql(stack.routerUrl, '{ me { id } }', {}, { token });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const socket = rawSocket(stack.routerUrl);
    await opened(socket);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    expect(await closeOf(socket)).toEqual({ code: 4403, reason: 'Forbidden: the access token is invalid' });
  });
});
