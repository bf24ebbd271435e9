import { Webhook } from 'standardwebhooks';
import { addProjectMember, createWorkItem, seedProjectTeam, type ProjectTeam } from '../testkit';
import { createApiToken } from '../users/api-token-support';
import { deliveriesOf, untilDeliveries, useWebhookStack } from '../integrations/support';
import { linksOf, problemOf, rest } from './support';

// Webhooks may reach this machine, where each test's receiver listens.
const { stack, receiver } = useWebhookStack();

/** Registers an organization endpoint at the test's receiver through REST, as the team's admin. */
async function endpointOf(team: ProjectTeam, body: Record<string, unknown> = {}) {
  const created = await rest(stack, 'POST', `/organizations/${team.organizationId}/webhook-endpoints`, {
    token: team.admin.token,
    body: { url: receiver().url, eventTypes: ['work_item.created'], ...body },
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; secret: string };
}

/** Pings the endpoint as the team's admin; the ping's delivery. */
async function ping(team: ProjectTeam, endpointId: string) {
  const pinged = await rest(stack, 'POST', `/webhook-endpoints/${endpointId}/pings`, { token: team.admin.token });
  expect(pinged.status).toBe(201);
  return pinged.body as { id: string; status: string };
}

describe('webhooks over REST', () => {
  it('registers an organization endpoint, answering its whsec_ secret once with a Location, and reads and lists it for admins only', async () => {
    const team = await seedProjectTeam(stack);
    const created = await rest(stack, 'POST', `/organizations/${team.organizationId}/webhook-endpoints`, {
      token: team.admin.token,
      body: { url: receiver().url, description: 'CI', eventTypes: ['work_item.created'], payloadMode: 'FULL' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      url: receiver().url,
      description: 'CI',
      eventTypes: ['work_item.created'],
      payloadMode: 'FULL',
      enabled: true,
      disabledReason: null,
      organization: { id: team.organizationId },
      project: null,
      createdBy: { id: team.admin.userId, name: 'Ada Admin' },
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]+=*$/),
    });
    expect(created.headers.get('location')).toBe(`/api/v1/webhook-endpoints/${created.body.id}`);
    const read = await rest(stack, 'GET', created.headers.get('location')!, { token: team.admin.token });
    expect(read.status).toBe(200);
    const { secret: _secret, ...withoutSecret } = created.body;
    expect(read.body).toEqual(withoutSecret);
    const listed = await rest(stack, 'GET', `/organizations/${team.organizationId}/webhook-endpoints`, {
      token: team.admin.token,
    });
    expect(listed.body).toEqual({ items: [withoutSecret], totalCount: 1 });
    // As in GraphQL: a member below admin sees no endpoints, and none by ID.
    const memberList = await rest(stack, 'GET', `/organizations/${team.organizationId}/webhook-endpoints`, {
      token: team.member.token,
    });
    expect(memberList).toMatchObject({ status: 200, body: { items: [], totalCount: 0 } });
    const memberRead = await rest(stack, 'GET', `/webhook-endpoints/${created.body.id}`, { token: team.member.token });
    expect(memberRead.body).toEqual(problemOf(404, 'NOT_FOUND'));
  });

  it('lets a project admin register and list their project’s endpoints, but not the organization’s', async () => {
    const team = await seedProjectTeam(stack);
    await addProjectMember(stack, team.admin.token, team.project.id, team.outsider.userId, 'ADMIN');
    const projectAdmin = team.outsider;
    const created = await rest(stack, 'POST', `/organizations/${team.organizationId}/webhook-endpoints`, {
      token: projectAdmin.token,
      body: { projectId: team.project.id, url: receiver().url, eventTypes: ['work_item.created'] },
    });
    expect(created.status).toBe(201);
    expect(created.body.project).toEqual({ id: team.project.id });
    const listed = await rest(stack, 'GET', `/projects/${team.project.id}/webhook-endpoints`, {
      token: projectAdmin.token,
    });
    expect(listed.body.items.map((endpoint: { id: string }) => endpoint.id)).toEqual([created.body.id]);
    const byOrganization = await rest(stack, 'GET', `/organizations/${team.organizationId}/webhook-endpoints`, {
      token: team.admin.token,
    });
    expect(byOrganization.body.totalCount).toBe(1);
    const organizationWide = await rest(stack, 'POST', `/organizations/${team.organizationId}/webhook-endpoints`, {
      token: projectAdmin.token,
      body: { url: receiver().url, eventTypes: ['work_item.created'] },
    });
    expect(organizationWide.body).toEqual(problemOf(403, 'FORBIDDEN'));
  });

  it('answers 403 to a member below admin for every write, and 404 for the endpoints of a project they are not in', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    const delivery = await ping(team, endpoint.id);
    const writes = await Promise.all([
      rest(stack, 'POST', `/organizations/${team.organizationId}/webhook-endpoints`, {
        token: team.member.token,
        body: { url: receiver().url, eventTypes: ['work_item.created'] },
      }),
      rest(stack, 'PATCH', `/webhook-endpoints/${endpoint.id}`, { token: team.member.token, body: { enabled: false } }),
      rest(stack, 'DELETE', `/webhook-endpoints/${endpoint.id}`, { token: team.member.token }),
      rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/pings`, { token: team.member.token }),
      rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/secret-rotations`, { token: team.member.token, body: {} }),
      rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/replays`, {
        token: team.member.token,
        body: { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' },
      }),
      rest(stack, 'POST', `/webhook-deliveries/${delivery.id}/redeliveries`, { token: team.member.token }),
    ]);
    for (const answer of writes) expect(answer.body).toEqual(problemOf(403, 'FORBIDDEN'));
    // The organization's admin registers an endpoint of the project: a member outside it does not see it.
    const projectEndpoint = await endpointOf(team, { projectId: team.project.id });
    const hidden = await Promise.all([
      rest(stack, 'PATCH', `/webhook-endpoints/${projectEndpoint.id}`, { token: team.outsider.token, body: {} }),
      rest(stack, 'POST', `/webhook-endpoints/${projectEndpoint.id}/pings`, { token: team.outsider.token }),
      rest(stack, 'GET', `/projects/${team.project.id}/webhook-endpoints`, { token: team.outsider.token }),
    ]);
    for (const answer of hidden) expect(answer.body).toEqual(problemOf(404, 'NOT_FOUND'));
    expect(await deliveriesOf(stack, projectEndpoint.id)).toEqual([]);
  });

  it('refuses bad input with BAD_USER_INPUT naming each field where it was sent', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    const create = (body: unknown) =>
      rest(stack, 'POST', `/organizations/${team.organizationId}/webhook-endpoints`, { token: team.admin.token, body });
    const cases = [
      {
        answer: await create({ url: 'https://user:secret@hooks.example.com/x', eventTypes: ['work_item.created'] }),
        field: { in: 'body', field: 'url' },
      },
      {
        answer: await create({ url: receiver().url, eventTypes: ['work_item.created', 'no.such_event'] }),
        field: { in: 'body', field: 'eventTypes.1' },
      },
      { answer: await create({ url: receiver().url, eventTypes: [] }), field: { in: 'body', field: 'eventTypes' } },
      { answer: await create({ eventTypes: ['work_item.created'] }), field: { in: 'body', field: 'url' } },
      {
        answer: await create({ url: receiver().url, eventTypes: ['work_item.created'], secret: 'mine' }),
        field: { in: 'body', field: 'secret' },
      },
      {
        answer: await rest(stack, 'POST', `/organizations/not-an-id/webhook-endpoints`, {
          token: team.admin.token,
          body: { url: receiver().url, eventTypes: ['work_item.created'] },
        }),
        field: { in: 'path', field: 'organizationId' },
      },
      {
        answer: await rest(stack, 'PATCH', `/webhook-endpoints/${endpoint.id}`, {
          token: team.admin.token,
          body: { url: null },
        }),
        field: { in: 'body', field: 'url' },
      },
      {
        answer: await rest(stack, 'PATCH', `/webhook-endpoints/${team.project.id}`, {
          token: team.admin.token,
          body: { enabled: false },
        }),
        field: { in: 'path', field: 'endpointId' },
      },
      {
        answer: await rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/secret-rotations`, {
          token: team.admin.token,
          body: { overlapHours: 500 },
        }),
        field: { in: 'body', field: 'overlapHours' },
      },
      {
        answer: await rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/replays`, {
          token: team.admin.token,
          body: { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' },
        }),
        field: { in: 'body', field: 'to' },
      },
      {
        answer: await rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/replays`, {
          token: team.admin.token,
          body: { from: 'yesterday', to: '2026-01-01T00:00:00Z' },
        }),
        field: { in: 'body', field: 'from' },
      },
      {
        answer: await rest(stack, 'GET', `/webhook-endpoints/${endpoint.id}/deliveries?status=LOST`, {
          token: team.admin.token,
        }),
        field: { in: 'query', field: 'status' },
      },
    ];
    for (const { answer, field } of cases) {
      expect(answer.body).toMatchObject({
        ...problemOf(400, 'BAD_USER_INPUT'),
        errors: [expect.objectContaining(field)],
      });
    }
    const listed = await rest(stack, 'GET', `/organizations/${team.organizationId}/webhook-endpoints`, {
      token: team.admin.token,
    });
    expect(listed.body.totalCount).toBe(1);
  });

  it('updates an endpoint with PATCH: disabled by hand, then enabled again, other fields as they were', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team, { description: 'Before' });
    const path = `/webhook-endpoints/${endpoint.id}`;
    const disabled = await rest(stack, 'PATCH', path, {
      token: team.admin.token,
      body: { enabled: false, eventTypes: ['work_item.created', 'work_item.updated'] },
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({
      enabled: false,
      disabledReason: 'MANUAL',
      disabledAt: expect.any(String),
      description: 'Before',
      eventTypes: ['work_item.created', 'work_item.updated'],
    });
    const enabled = await rest(stack, 'PATCH', path, { token: team.admin.token, body: { enabled: true } });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null });
    expect((await rest(stack, 'GET', path, { token: team.admin.token })).body).toEqual(enabled.body);
  });

  it('deletes an endpoint with 204 and no body, after which every route answers 404 for it', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    const delivery = await ping(team, endpoint.id);
    const deleted = await rest(stack, 'DELETE', `/webhook-endpoints/${endpoint.id}`, { token: team.admin.token });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    const after = await Promise.all([
      rest(stack, 'GET', `/webhook-endpoints/${endpoint.id}`, { token: team.admin.token }),
      rest(stack, 'DELETE', `/webhook-endpoints/${endpoint.id}`, { token: team.admin.token }),
      rest(stack, 'GET', `/webhook-endpoints/${endpoint.id}/deliveries`, { token: team.admin.token }),
      rest(stack, 'GET', `/webhook-deliveries/${delivery.id}`, { token: team.admin.token }),
      rest(stack, 'POST', `/webhook-deliveries/${delivery.id}/redeliveries`, { token: team.admin.token }),
    ]);
    for (const answer of after) expect(answer.body).toEqual(problemOf(404, 'NOT_FOUND'));
  });

  it('pings an endpoint without a body: the receiver gets a signed ping, the answer is its delivery with the attempt', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    const pinged = await rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/pings`, { token: team.admin.token });
    expect(pinged.status).toBe(201);
    expect(pinged.headers.get('location')).toBe(`/api/v1/webhook-deliveries/${pinged.body.id}`);
    expect(pinged.body).toMatchObject({
      endpoint: { id: endpoint.id },
      eventType: 'ping',
      status: 'SUCCEEDED',
      attemptCount: 1,
      attempts: [{ number: 1, trigger: 'PING', responseStatus: 204, outcome: 'SUCCEEDED', error: null }],
    });
    expect(receiver().requests).toHaveLength(1);
    const [request] = receiver().requests;
    expect(request!.headers['webhook-id']).toBe(pinged.body.messageId);
    expect(new Webhook(endpoint.secret).verify(request!.body, request!.headers)).toMatchObject({ type: 'ping' });
    expect(JSON.parse(pinged.body.body)).toEqual(JSON.parse(request!.body));
  });

  it('rotates the secret: the new one is answered once, and deliveries carry a signature with each during the overlap', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    const rotated = await rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/secret-rotations`, {
      token: team.admin.token,
      body: { overlapHours: 2 },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({
      id: endpoint.id,
      secret: expect.stringMatching(/^whsec_/),
      previousSecretExpiresAt: expect.any(String),
    });
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    const overlap = new Date(rotated.body.previousSecretExpiresAt).getTime() - Date.now();
    expect(overlap).toBeGreaterThan(115 * 60_000);
    expect(overlap).toBeLessThanOrEqual(120 * 60_000);
    await ping(team, endpoint.id);
    const [request] = receiver().requests;
    expect(request!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    for (const secret of [endpoint.secret, rotated.body.secret]) {
      expect(new Webhook(secret).verify(request!.body, request!.headers)).toMatchObject({ type: 'ping' });
    }
    const read = await rest(stack, 'GET', `/webhook-endpoints/${endpoint.id}`, { token: team.admin.token });
    expect(read.body.secret).toBeUndefined();
  });

  it('lists an endpoint’s deliveries newest first, a page at a time through the Link header, and by status', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    receiver().answer({ status: 500, body: 'down' });
    const failed = await ping(team, endpoint.id);
    const second = await ping(team, endpoint.id);
    const third = await ping(team, endpoint.id);
    expect(failed.status).toBe('FAILED');
    const path = `/webhook-endpoints/${endpoint.id}/deliveries`;
    const first = await rest(stack, 'GET', `${path}?limit=2`, { token: team.admin.token });
    expect(first.status).toBe(200);
    expect(first.body.totalCount).toBe(3);
    expect(first.body.items.map((delivery: { id: string }) => delivery.id)).toEqual([third.id, second.id]);
    expect(first.body.items[0]).not.toHaveProperty('attempts');
    expect(linksOf(first)).toEqual({
      next: expect.stringContaining('cursor='),
      last: expect.stringContaining('cursor='),
    });
    const next = await rest(stack, 'GET', linksOf(first).next!, { token: team.admin.token });
    expect(next.body.items.map((delivery: { id: string }) => delivery.id)).toEqual([failed.id]);
    // The page before the second is the first: the items before its first one.
    expect(linksOf(next)).toEqual({ first: `/api/v1${path}?limit=2`, prev: expect.stringContaining('cursor=') });
    const back = await rest(stack, 'GET', linksOf(next).prev!, { token: team.admin.token });
    expect(back.body).toEqual(first.body);
    const failing = await rest(stack, 'GET', `${path}?status=FAILED`, { token: team.admin.token });
    expect(failing.body).toEqual({
      items: [expect.objectContaining({ id: failed.id, status: 'FAILED' })],
      totalCount: 1,
    });
  });

  it('reads a delivery with its attempts, and redelivers it as a new attempt of the same message', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    receiver().answer({ status: 503, body: 'Try later' });
    const delivery = await ping(team, endpoint.id);
    const read = await rest(stack, 'GET', `/webhook-deliveries/${delivery.id}`, { token: team.admin.token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: delivery.id,
      status: 'FAILED',
      attemptCount: 1,
      attempts: [
        {
          number: 1,
          trigger: 'PING',
          requestUrl: receiver().url,
          responseStatus: 503,
          responseBodyExcerpt: 'Try later',
          outcome: 'FAILED',
        },
      ],
    });
    const signature = read.body.attempts[0].requestHeaders.find(
      (header: { name: string }) => header.name === 'webhook-signature',
    );
    expect(signature.value).toBe('v1,…');
    const redelivered = await rest(stack, 'POST', `/webhook-deliveries/${delivery.id}/redeliveries`, {
      token: team.admin.token,
    });
    expect(redelivered.status).toBe(200);
    expect(redelivered.body).toMatchObject({ id: delivery.id, status: 'SUCCEEDED', attemptCount: 2 });
    expect(redelivered.body.attempts.map((attempt: { trigger: string }) => attempt.trigger)).toEqual([
      'PING',
      'REDELIVERY',
    ]);
    const ids = receiver().requests.map((request) => request.headers['webhook-id']);
    expect(ids).toEqual([read.body.messageId, read.body.messageId]);
  });

  it('replays the deliveries of a window: queued (202) and sent again by the worker with the same webhook-id', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    const before = new Date(Date.now() - 60_000);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await untilDeliveries(stack, endpoint.id, 1);
    await stack.webhooks.runDue();
    expect(receiver().requests).toHaveLength(1);
    const path = `/webhook-endpoints/${endpoint.id}/replays`;
    const empty = await rest(stack, 'POST', path, {
      token: team.admin.token,
      body: { from: '2026-01-01T00:00:00Z', to: before.toISOString() },
    });
    expect(empty).toMatchObject({ status: 202, body: { replayedCount: 0 } });
    const replayed = await rest(stack, 'POST', path, {
      token: team.admin.token,
      body: { from: before.toISOString(), to: new Date(Date.now() + 60_000).toISOString() },
    });
    expect(replayed).toMatchObject({ status: 202, body: { replayedCount: 1 } });
    await stack.webhooks.runDue();
    expect(receiver().requests).toHaveLength(2);
    const [first, again] = receiver().requests;
    expect(again!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(again!.body).toBe(first!.body);
  });

  it('tags endpoint and delivery reads with an ETag: 304 while nothing changed, 200 after a change', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    const delivery = await ping(team, endpoint.id);
    const paths = [
      `/webhook-endpoints/${endpoint.id}`,
      `/organizations/${team.organizationId}/webhook-endpoints`,
      `/projects/${team.project.id}/webhook-endpoints`,
      `/webhook-endpoints/${endpoint.id}/deliveries`,
      `/webhook-deliveries/${delivery.id}`,
    ];
    const tags = new Map<string, string>();
    for (const path of paths) {
      const first = await rest(stack, 'GET', path, { token: team.admin.token });
      const etag = first.headers.get('etag')!;
      expect({ path, etag }).toEqual({ path, etag: expect.stringMatching(/^"[A-Za-z0-9_-]+"$/) });
      const again = await rest(stack, 'GET', path, { token: team.admin.token, headers: { 'if-none-match': etag } });
      expect({ path, status: again.status }).toEqual({ path, status: 304 });
      tags.set(path, etag);
    }
    await rest(stack, 'PATCH', paths[0]!, { token: team.admin.token, body: { description: 'Changed' } });
    await rest(stack, 'POST', `/webhook-deliveries/${delivery.id}/redeliveries`, { token: team.admin.token });
    const changed = await Promise.all(
      [paths[0]!, paths[4]!].map((path) =>
        rest(stack, 'GET', path, { token: team.admin.token, headers: { 'if-none-match': tags.get(path)! } }),
      ),
    );
    expect(changed.map((answer) => answer.status)).toEqual([200, 200]);
  });

  it('registers once per Idempotency-Key: a retry replays the first answer and its secret, another body is 422', async () => {
    const team = await seedProjectTeam(stack);
    const path = `/organizations/${team.organizationId}/webhook-endpoints`;
    const headers = { 'idempotency-key': `endpoint-${Date.now()}` };
    const body = { url: receiver().url, eventTypes: ['work_item.created'] };
    const first = await rest(stack, 'POST', path, { token: team.admin.token, headers, body });
    expect(first.status).toBe(201);
    const retry = await rest(stack, 'POST', path, { token: team.admin.token, headers, body });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const other = await rest(stack, 'POST', path, {
      token: team.admin.token,
      headers,
      body: { ...body, description: 'Another' },
    });
    expect(other.body).toMatchObject({
      ...problemOf(422, 'BAD_USER_INPUT'),
      errors: [expect.objectContaining({ in: 'header', field: 'Idempotency-Key' })],
    });
    const listed = await rest(stack, 'GET', path, { token: team.admin.token });
    expect(listed.body.items.map((endpoint: { id: string }) => endpoint.id)).toEqual([first.body.id]);
  });

  it('lets a personal API token with webhooks:read read endpoints and deliveries, and refuses it every write with 403', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await endpointOf(team);
    const delivery = await ping(team, endpoint.id);
    // Endpoints name who registered them, which the users service answers.
    const reader = await createApiToken(stack, team.admin.token, { scopes: ['webhooks:read', 'users:read'] });
    const reads = await Promise.all(
      [
        `/organizations/${team.organizationId}/webhook-endpoints`,
        `/webhook-endpoints/${endpoint.id}`,
        `/webhook-endpoints/${endpoint.id}/deliveries`,
        `/webhook-deliveries/${delivery.id}`,
      ].map((path) => rest(stack, 'GET', path, { token: reader.token })),
    );
    expect(reads.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const writes = await Promise.all([
      rest(stack, 'POST', `/organizations/${team.organizationId}/webhook-endpoints`, {
        token: reader.token,
        body: { url: receiver().url, eventTypes: ['work_item.created'] },
      }),
      rest(stack, 'PATCH', `/webhook-endpoints/${endpoint.id}`, { token: reader.token, body: { enabled: false } }),
      rest(stack, 'DELETE', `/webhook-endpoints/${endpoint.id}`, { token: reader.token }),
      rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/pings`, { token: reader.token }),
      rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/secret-rotations`, { token: reader.token, body: {} }),
      rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/replays`, {
        token: reader.token,
        body: { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' },
      }),
      rest(stack, 'POST', `/webhook-deliveries/${delivery.id}/redeliveries`, { token: reader.token }),
    ]);
    for (const answer of writes) {
      expect(answer.body).toMatchObject({
        ...problemOf(403, 'FORBIDDEN'),
        detail: expect.stringContaining('webhooks:admin'),
      });
    }
    expect(receiver().requests).toHaveLength(1);
    const still = await rest(stack, 'GET', `/webhook-endpoints/${endpoint.id}`, { token: team.admin.token });
    expect(still.body.enabled).toBe(true);
    const admin = await createApiToken(stack, team.admin.token, { scopes: ['webhooks:admin', 'users:read'] });
    const pinged = await rest(stack, 'POST', `/webhook-endpoints/${endpoint.id}/pings`, { token: admin.token });
    expect(pinged.status).toBe(201);
  });
});
