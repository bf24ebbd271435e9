import { randomUUID } from 'node:crypto';
import type { AttachmentRemovalWorker } from '../../subgraphs/integrations/vcs/attachment-removal-worker';
import { createWorkItem, dataOf, errorOf, graphql, querySql, rawId, seedProjectTeam, useTestStack } from '../testkit';
import type { TestStack } from '../testkit';
import {
  connectRepositoryHost,
  deliverGithub,
  deliverGitlab,
  githubRepository,
  postHook,
  pullRequestPayload,
} from './vcs-support';

const pushPayload = { ref: 'refs/heads/main', repository: githubRepository, commits: [] };

const deleteConnection = (stack: TestStack, token: string, id: string) =>
  graphql(
    stack.routerUrl,
    `
      mutation ($id: ID!) {
        deleteVcsConnection(input: { connectionId: $id }) {
          deletedConnectionId
        }
      }
    `,
    { id },
    { token },
  );

const linkUrls = async (stack: TestStack, token: string, id: string) =>
  (
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          query ($id: ID!) {
            workItem(id: $id) {
              linkAttachments {
                edges {
                  node {
                    url
                  }
                }
              }
              vcsLinks {
                totalCount
              }
            }
          }
        `,
        { id },
        { token },
      ),
    ).workItem as { linkAttachments: { edges: { node: { url: string } }[] }; vcsLinks: { totalCount: number } }
  ).linkAttachments.edges.map((edge) => edge.node.url);

describe('Repository connections', () => {
  const stack = useTestStack();

  it('answers the webhook URL with the connection’s ID and a secret once, and lists it for admins only', async () => {
    const team = await seedProjectTeam(stack);
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    expect(connection.webhookUrl).toMatch(new RegExp(`/hooks/vcs/${connection.id}$`));
    expect(connection.secret).toMatch(/^[0-9a-f]{64}$/);
    const list = (token: string) =>
      graphql(
        stack.routerUrl,
        `
          query ($id: ID!) {
            organization(id: $id) {
              vcsConnections {
                totalCount
                edges {
                  node {
                    id
                    provider
                    name
                  }
                }
              }
            }
          }
        `,
        { id: team.organizationId },
        { token },
      );
    expect(dataOf(await list(team.admin.token)).organization.vcsConnections).toEqual({
      totalCount: 1,
      edges: [{ node: { id: connection.id, provider: 'GITHUB', name: 'acme' } }],
    });
    expect(dataOf(await list(team.member.token)).organization.vcsConnections.totalCount).toBe(0);
  });

  it('refuses members with FORBIDDEN and people outside the organization with NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const stranger = await seedProjectTeam(stack);
    const create = (token: string) =>
      graphql(
        stack.routerUrl,
        `
          mutation ($input: CreateVcsConnectionInput!) {
            createVcsConnection(input: $input) {
              secret
            }
          }
        `,
        { input: { organizationId: team.organizationId, provider: 'GITLAB', name: 'x' } },
        { token },
      );
    expect(errorOf(await create(team.member.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await create(stranger.admin.token)).code).toBe('NOT_FOUND');
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const rotate = (token: string) =>
      graphql(
        stack.routerUrl,
        `
          mutation ($id: ID!) {
            rotateVcsConnectionSecret(input: { connectionId: $id }) {
              secret
            }
          }
        `,
        { id: connection.id },
        { token },
      );
    expect(errorOf(await rotate(team.member.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await rotate(stranger.admin.token)).code).toBe('NOT_FOUND');
  });

  it('names the field of bad input', async () => {
    const team = await seedProjectTeam(stack);
    const res = await graphql(
      stack.routerUrl,
      `
        mutation ($input: CreateVcsConnectionInput!) {
          createVcsConnection(input: $input) {
            secret
          }
        }
      `,
      { input: { organizationId: team.organizationId, provider: 'GITHUB', name: '  ' } },
      { token: team.admin.token },
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const wrongId = await graphql(
      stack.routerUrl,
      `
        mutation ($input: CreateVcsConnectionInput!) {
          createVcsConnection(input: $input) {
            secret
          }
        }
      `,
      { input: { organizationId: team.project.id, provider: 'GITHUB', name: 'x' } },
      { token: team.admin.token },
    );
    expect(errorOf(wrongId)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
  });

  it('refuses a GitHub delivery with a bad or missing signature with 401, as a problem', async () => {
    const team = await seedProjectTeam(stack);
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const bad = await deliverGithub(stack, connection, 'push', pushPayload, { signature: `sha256=${'0'.repeat(64)}` });
    expect(bad).toMatchObject({
      status: 401,
      contentType: 'application/problem+json; charset=utf-8',
      body: { status: 401, title: 'Unauthenticated', code: 'UNAUTHENTICATED', detail: 'Bad or missing signature.' },
    });
    expect((await deliverGithub(stack, connection, 'push', pushPayload, { signature: null })).status).toBe(401);
    expect((await deliverGithub(stack, connection, 'push', pushPayload)).status).toBe(202);
  });

  it('refuses a GitLab delivery with a wrong token with 401', async () => {
    const team = await seedProjectTeam(stack);
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId, 'GITLAB');
    const payload = {
      ref: 'refs/heads/main',
      project: { path_with_namespace: 'acme/shop', web_url: 'https://gitlab.com/acme/shop' },
      commits: [],
    };
    expect((await deliverGitlab(stack, connection, 'Push Hook', payload, { token: 'nope' })).status).toBe(401);
    expect((await deliverGitlab(stack, connection, 'Push Hook', payload)).status).toBe(202);
  });

  it('answers 404 for an unknown or deleted connection, and stops accepting the old secret after a rotation', async () => {
    const team = await seedProjectTeam(stack);
    const unknown = await postHook(stack, Buffer.from(`VcsConnection:${randomUUID()}`).toString('base64url'), '{}', {
      'x-github-event': 'push',
    });
    expect(unknown).toMatchObject({ status: 404, body: { title: 'Not found', code: 'NOT_FOUND' } });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const rotated = await graphql(
      stack.routerUrl,
      `
        mutation ($id: ID!) {
          rotateVcsConnectionSecret(input: { connectionId: $id }) {
            secret
          }
        }
      `,
      { id: connection.id },
      { token: team.admin.token },
    );
    const secret = dataOf(rotated).rotateVcsConnectionSecret.secret as string;
    expect((await deliverGithub(stack, connection, 'push', pushPayload)).status).toBe(401);
    expect((await deliverGithub(stack, { ...connection, secret }, 'push', pushPayload)).status).toBe(202);
    const deleted = await graphql(
      stack.routerUrl,
      `
        mutation ($id: ID!) {
          deleteVcsConnection(input: { connectionId: $id }) {
            deletedConnectionId
          }
        }
      `,
      { id: connection.id },
      { token: team.admin.token },
    );
    expect(dataOf(deleted).deleteVcsConnection.deletedConnectionId).toBe(connection.id);
    expect((await deliverGithub(stack, { ...connection, secret }, 'push', pushPayload)).status).toBe(404);
  });

  it('removes the link attachments a deleted connection made, and keeps people’s and other connections’ links', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const kept = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    await deliverGithub(stack, connection, 'pull_request', pullRequestPayload({ number: 4, title: item.key }));
    await deliverGithub(stack, kept, 'pull_request', pullRequestPayload({ number: 5, title: item.key }));
    const manual = await graphql(
      stack.routerUrl,
      `
        mutation ($input: UpsertLinkAttachmentInput!) {
          upsertLinkAttachment(input: $input) {
            linkAttachment {
              id
            }
          }
        }
      `,
      { input: { target: item.id, url: 'https://docs.example.com/checkout', title: 'Spec' } },
      { token: team.member.token },
    );
    expect(dataOf(manual).upsertLinkAttachment.linkAttachment.id).toBeTruthy();
    expect(await linkUrls(stack, team.member.token, item.id)).toHaveLength(3);
    const deleted = await deleteConnection(stack, team.admin.token, connection.id);
    expect(dataOf(deleted).deleteVcsConnection.deletedConnectionId).toBe(connection.id);
    expect(await linkUrls(stack, team.member.token, item.id)).toEqual([
      'https://github.com/acme/shop/pull/5',
      'https://docs.example.com/checkout',
    ]);
    expect(await querySql(stack, 'SELECT * FROM integrations.vcs_attachment_removal')).toEqual([]);
    const events = await querySql<{ type: string; actor: string }>(
      stack,
      `SELECT type, envelope->>'actorId' AS actor FROM files.outbox WHERE type = 'link_attachment.deleted'`,
    );
    expect(events).toEqual([{ type: 'link_attachment.deleted', actor: rawId(team.admin.userId) }]);
  });

  it('removes them after a crash cut the removal short, once, through the worker’s retries', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    await deliverGithub(stack, connection, 'pull_request', pullRequestPayload({ number: 6, title: item.key }));
    const [link] = await querySql<{ attachment: string; connection: string }>(
      stack,
      'SELECT link_attachment_id::text AS attachment, connection_id::text AS connection FROM integrations.vcs_link WHERE work_item_id = $1',
      [rawId(item.id)],
    );
    // What the deleting transaction commits, without the call after it (the process died there);
    // plus a removal of an attachment gone already.
    await querySql(
      stack,
      `WITH queued AS (
         INSERT INTO integrations.vcs_attachment_removal (link_attachment_id, organization_id, actor_id)
         VALUES ($1, $2, $3), (gen_random_uuid(), $2, $3))
       DELETE FROM integrations.vcs_connection WHERE id = $4`,
      [link!.attachment, rawId(team.organizationId), rawId(team.admin.userId), link!.connection],
    );
    expect(await linkUrls(stack, team.member.token, item.id)).toHaveLength(1);
    const worker = stack.subgraphs.integrations.workers.vcsAttachmentRemovals as unknown as AttachmentRemovalWorker;
    expect(await worker.runDue()).toEqual({ removed: 1, failed: 0 });
    expect(await linkUrls(stack, team.member.token, item.id)).toEqual([]);
    expect(await querySql(stack, 'SELECT * FROM integrations.vcs_attachment_removal')).toEqual([]);
    expect(await worker.runDue()).toEqual({ removed: 0, failed: 0 });
  });

  it('ignores events it does not read with 202, refuses malformed bodies with 400 and oversized ones with 413', async () => {
    const team = await seedProjectTeam(stack);
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    expect(await deliverGithub(stack, connection, 'issues', { action: 'opened' })).toMatchObject({
      status: 202,
      body: { outcome: 'IGNORED' },
    });
    expect((await deliverGithub(stack, connection, 'push', { ref: 1 })).status).toBe(400);
    const huge = await postHook(stack, connection.id, `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`, {
      'x-github-event': 'push',
    });
    expect(huge).toMatchObject({ status: 413, body: { code: 'BAD_REQUEST' } });
  });

  it('keeps the delivery mutation out of the public API', async () => {
    const team = await seedProjectTeam(stack);
    const res = await graphql(
      stack.routerUrl,
      `
        mutation {
          receiveVcsWebhook(input: { connectionId: "x", headers: [], body: "{}" }) {
            outcome
          }
        }
      `,
      {},
      { token: team.admin.token },
    );
    expect(res.body.errors?.[0]?.message).toMatch(/receiveVcsWebhook/);
    expect(res.body.data ?? null).toBeNull();
  });
});

describe('Inbound repository webhooks under load', () => {
  const limited = useTestStack({ routerLimits: { rateLimitPerWindow: 3 } });

  it('count against the sending address’s budget like anonymous requests, answering 429 with Retry-After past it', async () => {
    const unknownConnection = Buffer.from(`VcsConnection:${randomUUID()}`).toString('base64url');
    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push(await postHook(limited, unknownConnection, '{}', { 'x-github-event': 'push' }));
    }
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 429]);
    expect(answers[3]).toMatchObject({
      contentType: 'application/problem+json; charset=utf-8',
      body: { status: 429, code: 'TOO_MANY_REQUESTS' },
    });
    expect(Number(answers[3]!.retryAfter)).toBeGreaterThan(0);
  });
});
