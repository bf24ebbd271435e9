import {
  createWorkItem,
  seedProjectTeam,
  useTestStack,
  workflowStates,
  type ProjectTeam,
  type TestUser,
} from '../testkit';
import { createApiToken } from '../users/api-token-support';
import { createSprint, problemOf, rest } from './support';

const stack = useTestStack();

/**
 * The cross-tenant checks of tests/node/node.test.ts and tests/sprints/permissions.test.ts, through
 * REST: the same rules decide, since every route runs GraphQL operations as the caller.
 */
describe('REST permissions', () => {
  let team: ProjectTeam;
  let stranger: TestUser;
  let item: { id: string; key: string; version: number };
  let sprintId: string;
  let commentId: string;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    stranger = (await seedProjectTeam(stack)).admin;
    item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    sprintId = (await createSprint(stack, team.admin.token, team.project.id)).id;
    const comment = await rest(stack, 'POST', `/work-items/${item.key}/comments`, {
      token: team.member.token,
      body: { body: 'Internal' },
    });
    commentId = comment.body.id;
  }, 60_000);

  const reads = () => [
    `/projects/${team.project.id}`,
    `/projects/${team.project.id}/work-items`,
    `/projects/${team.project.id}/sprints`,
    `/work-items/${item.key}?organizationId=${team.organizationId}`,
    `/work-items/${item.id}`,
    `/work-items/${item.key}/comments?organizationId=${team.organizationId}`,
    `/work-items/${item.key}/attachments?organizationId=${team.organizationId}`,
    `/sprints/${sprintId}`,
  ];

  it('answers 404, never 403, to someone of another organization, for every project, item, comment and sprint', async () => {
    for (const path of reads()) {
      const answer = await rest(stack, 'GET', path, { token: stranger.token });
      expect({ path, status: answer.status, body: answer.body }).toEqual({
        path,
        status: 404,
        body: problemOf(404, 'NOT_FOUND'),
      });
    }
    expect(commentId).toBeTruthy();
  });

  it('answers 404 to an organization member outside the project, reading and writing alike', async () => {
    for (const path of reads()) {
      const answer = await rest(stack, 'GET', path, { token: team.outsider.token });
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
    }
    const writes = await Promise.all([
      rest(stack, 'POST', `/projects/${team.project.id}/work-items`, {
        token: team.outsider.token,
        body: { title: 'x' },
      }),
      rest(stack, 'PATCH', `/work-items/${item.id}`, {
        token: team.outsider.token,
        body: { expectedVersion: 1, title: 'x' },
      }),
      rest(stack, 'POST', `/work-items/${item.id}/comments`, { token: team.outsider.token, body: { body: 'x' } }),
      rest(stack, 'PATCH', `/projects/${team.project.id}`, { token: team.outsider.token, body: { name: 'x' } }),
    ]);
    expect(writes.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
  });

  it('lets a VIEWER read everything and answers 403 to each of their writes', async () => {
    for (const path of reads()) {
      const answer = await rest(stack, 'GET', path, { token: team.viewer.token });
      expect({ path, status: answer.status }).toEqual({ path, status: 200 });
    }
    const [done] = (await workflowStates(stack, team.viewer.token, team.project.id)).filter(
      (s) => s.category === 'DONE',
    );
    const writes = await Promise.all([
      rest(stack, 'POST', `/projects/${team.project.id}/work-items`, {
        token: team.viewer.token,
        body: { title: 'x' },
      }),
      rest(stack, 'PATCH', `/work-items/${item.key}`, {
        token: team.viewer.token,
        body: { expectedVersion: item.version, title: 'x' },
      }),
      rest(stack, 'POST', `/work-items/${item.key}/transitions`, {
        token: team.viewer.token,
        body: { toStateId: done!.id },
      }),
      rest(stack, 'POST', `/work-items/${item.key}/comments`, { token: team.viewer.token, body: { body: 'x' } }),
      rest(stack, 'PATCH', `/projects/${team.project.id}`, { token: team.viewer.token, body: { name: 'x' } }),
    ]);
    for (const answer of writes) expect(answer.body).toEqual(problemOf(403, 'FORBIDDEN'));
  });

  it('answers 404 to someone of another organization on every webhook route, reading and writing alike', async () => {
    const own = await seedProjectTeam(stack);
    // An address the outbound filter refuses: the ping's delivery exists, nothing leaves the machine.
    const created = await rest(stack, 'POST', `/organizations/${own.organizationId}/webhook-endpoints`, {
      token: own.admin.token,
      body: { projectId: own.project.id, url: 'https://10.0.0.1/hooks', eventTypes: ['work_item.created'] },
    });
    const endpoint = `/webhook-endpoints/${created.body.id}`;
    const pinged = await rest(stack, 'POST', `${endpoint}/pings`, { token: own.admin.token });
    const delivery = `/webhook-deliveries/${pinged.body.id}`;
    const calls: [string, string, unknown?][] = [
      ['GET', `/organizations/${own.organizationId}/webhook-endpoints`],
      ['GET', `/projects/${own.project.id}/webhook-endpoints`],
      ['GET', endpoint],
      ['GET', `${endpoint}/deliveries`],
      ['GET', delivery],
      [
        'POST',
        `/organizations/${own.organizationId}/webhook-endpoints`,
        { url: 'https://10.0.0.2/hooks', eventTypes: ['work_item.created'] },
      ],
      ['PATCH', endpoint, { url: 'https://10.0.0.2/hooks' }],
      ['POST', `${endpoint}/pings`],
      ['POST', `${endpoint}/secret-rotations`, {}],
      ['POST', `${endpoint}/replays`, { from: '2026-01-01T00:00:00Z', to: '2099-01-01T00:00:00Z' }],
      ['POST', `${delivery}/redeliveries`],
      ['DELETE', endpoint],
    ];
    for (const [method, path, body] of calls) {
      const answer = await rest(stack, method, path, { token: stranger.token, body });
      expect({ method, path, status: answer.status, body: answer.body }).toEqual({
        method,
        path,
        status: 404,
        body: problemOf(404, 'NOT_FOUND'),
      });
    }
    const untouched = await rest(stack, 'GET', `${delivery}`, { token: own.admin.token });
    expect(untouched.body).toMatchObject({ attemptCount: 1, endpoint: { id: created.body.id } });
    const listed = await rest(stack, 'GET', `/organizations/${own.organizationId}/webhook-endpoints`, {
      token: own.admin.token,
    });
    expect(listed.body.items).toEqual([expect.objectContaining({ url: 'https://10.0.0.1/hooks' })]);
  });

  it('keeps each caller’s Idempotency-Key to themselves: the same key does not replay another person’s answer', async () => {
    const headers = { 'idempotency-key': 'shared-key' };
    const mine = await rest(stack, 'POST', `/work-items/${item.key}/comments`, {
      token: team.member.token,
      headers,
      body: { body: 'Mine' },
    });
    expect(mine.status).toBe(201);
    const theirs = await rest(stack, 'POST', `/work-items/${item.key}/comments`, {
      token: stranger.token,
      headers,
      body: { body: 'Mine' },
    });
    expect(theirs.status).toBe(404);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
  });
  it('holds a personal API token to its scopes: a read-only token reads, is refused every write with 403, and counts against its own budget', async () => {
    const withoutUsers = await createApiToken(stack, team.member.token, {
      scopes: ['projects:read', 'work_items:read'],
    });
    const refused = await rest(stack, 'GET', `/projects/${team.project.id}/work-items`, { token: withoutUsers.token });
    // An item's answer names its assignee and reporter, which the users service resolves.
    expect(refused.body).toMatchObject({
      ...problemOf(403, 'FORBIDDEN'),
      detail: expect.stringContaining('users:read'),
    });
    const readOnly = await createApiToken(stack, team.member.token, {
      scopes: ['projects:read', 'work_items:read', 'users:read'],
    });
    const read = await rest(stack, 'GET', `/projects/${team.project.id}/work-items`, { token: readOnly.token });
    expect(read.status).toBe(200);
    expect(read.body.items.map((one: { id: string }) => one.id)).toContain(item.id);
    expect(read.headers.get('x-ratelimit-resource')).toBe('rest');
    expect(Number(read.headers.get('x-ratelimit-used'))).toBeGreaterThanOrEqual(1);
    const write = await rest(stack, 'POST', `/projects/${team.project.id}/work-items`, {
      token: readOnly.token,
      body: { title: 'Not with a read-only token' },
    });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject(problemOf(403, 'FORBIDDEN'));
    const comment = await rest(stack, 'POST', `/work-items/${item.key}/comments`, {
      token: readOnly.token,
      body: { body: 'Nor this' },
    });
    expect(comment.status).toBe(403);
    const writer = await createApiToken(stack, team.member.token, {
      scopes: ['work_items:write', 'projects:read', 'users:read'],
    });
    const created = await rest(stack, 'POST', `/projects/${team.project.id}/work-items`, {
      token: writer.token,
      body: { title: 'With a write token' },
    });
    expect(created.status).toBe(201);
    const outsider = await createApiToken(stack, stranger.token, {
      scopes: ['projects:read', 'work_items:read', 'users:read'],
    });
    expect((await rest(stack, 'GET', `/projects/${team.project.id}`, { token: outsider.token })).status).toBe(404);
  });
});
