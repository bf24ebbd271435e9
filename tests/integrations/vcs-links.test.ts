import { createWorkItem, dataOf, errorOf, graphql, querySql, seedProjectTeam, useTestStack } from '../testkit';
import type { TestStack } from '../testkit';
import {
  connectRepositoryHost,
  deliverGithub,
  deliverGitlab,
  githubRepository,
  pullRequestPayload,
} from './vcs-support';

const itemQuery = `query ($id: ID!) {
  workItem(id: $id) {
    state { name category }
    linkAttachments { totalCount edges { node { url title pullRequest { number state checks repository mergedAt } } } }
    vcsLinks { totalCount edges { node { kind url title state checks closes ref } } }
    history { edges { node { field newValue actor { id } source } } }
  }
}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the selection above
const itemOf = async (stack: TestStack, token: string, id: string): Promise<any> =>
  dataOf(await graphql(stack.routerUrl, itemQuery, { id }, { token })).workItem;

describe('Version control links', () => {
  const stack = useTestStack();

  it('links a pushed commit and its branch to the items they name, and ignores unknown keys', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const number = item.key.split('-')[1];
    const res = await deliverGithub(stack, connection, 'push', {
      ref: `refs/heads/feature/${item.key.toLowerCase()}-checkout`,
      repository: githubRepository,
      commits: [
        {
          id: 'abcdef1234567890',
          message: `Fix the total (${item.key}, ${team.project.key}-9999, ZZZ-${number})`,
          url: 'https://github.com/acme/shop/commit/abcdef1234567890',
        },
      ],
    });
    expect(res).toMatchObject({ status: 202, body: { outcome: 'ACCEPTED', linked: 2, moved: 0 } });
    const seen = await itemOf(stack, team.viewer.token, item.id);
    expect(seen.linkAttachments.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      {
        url: 'https://github.com/acme/shop/commit/abcdef1234567890',
        title: `Commit abcdef1: Fix the total (${item.key}, ${team.project.key}-9999, ZZZ-${number})`,
        pullRequest: null,
      },
      {
        url: `https://github.com/acme/shop/tree/feature/${item.key.toLowerCase()}-checkout`,
        title: `Branch feature/${item.key.toLowerCase()}-checkout`,
        pullRequest: null,
      },
    ]);
    expect(seen.vcsLinks.edges.map((edge: { node: { kind: string } }) => edge.node.kind)).toEqual(['COMMIT', 'BRANCH']);
  });

  it('links a pull request with its state, and changes nothing on a duplicate delivery', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const payload = pullRequestPayload({ number: 812, title: 'Fix checkout', body: `Refs ${item.key}` });
    const first = await deliverGithub(stack, connection, 'pull_request', payload, { deliveryId: 'delivery-1' });
    expect(first.body).toMatchObject({ outcome: 'ACCEPTED', linked: 1 });
    const before = await querySql(stack, 'SELECT id, updated_at FROM files.link_attachment ORDER BY id');
    const again = await deliverGithub(stack, connection, 'pull_request', payload, { deliveryId: 'delivery-1' });
    expect(again).toMatchObject({ status: 202, body: { outcome: 'DUPLICATE', linked: 0 } });
    const repeated = await deliverGithub(stack, connection, 'pull_request', payload, { deliveryId: 'delivery-2' });
    expect(repeated.body).toMatchObject({ outcome: 'ACCEPTED', linked: 0 });
    expect(await querySql(stack, 'SELECT id, updated_at FROM files.link_attachment ORDER BY id')).toEqual(before);
    const seen = await itemOf(stack, team.member.token, item.id);
    expect(seen.linkAttachments.edges).toEqual([
      {
        node: {
          url: 'https://github.com/acme/shop/pull/812',
          title: 'PR #812: Fix checkout (open)',
          pullRequest: { number: 812, state: 'OPEN', checks: null, repository: 'acme/shop', mergedAt: null },
        },
      },
    ]);
  });

  it('shows the checks of a pull request’s head commit on its link', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const sha = 'bbbbbbb2222222';
    await deliverGithub(
      stack,
      connection,
      'pull_request',
      pullRequestPayload({ number: 7, title: `${item.key} login`, sha }),
    );
    const suite = await deliverGithub(stack, connection, 'check_suite', {
      action: 'completed',
      repository: githubRepository,
      check_suite: { head_sha: sha, status: 'completed', conclusion: 'success' },
    });
    expect(suite.body).toMatchObject({ outcome: 'ACCEPTED', linked: 1 });
    let link = (await itemOf(stack, team.member.token, item.id)).linkAttachments.edges[0].node;
    expect(link).toMatchObject({
      title: `PR #7: ${item.key} login (open, checks passing)`,
      pullRequest: { checks: 'SUCCESS' },
    });
    await deliverGithub(stack, connection, 'status', { repository: githubRepository, sha, state: 'failure' });
    link = (await itemOf(stack, team.member.token, item.id)).linkAttachments.edges[0].node;
    expect(link).toMatchObject({
      title: `PR #7: ${item.key} login (open, checks failing)`,
      pullRequest: { checks: 'FAILURE' },
    });
  });

  it('moves the items a merged pull request closes to the done state, as the system, once', async () => {
    const team = await seedProjectTeam(stack);
    const closed = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const mentioned = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const merged = pullRequestPayload({
      number: 9,
      title: 'Checkout',
      body: `Fixes ${closed.key}; see ${mentioned.key}`,
      action: 'closed',
      merged: true,
    });
    const res = await deliverGithub(stack, connection, 'pull_request', merged);
    expect(res.body).toMatchObject({ outcome: 'ACCEPTED', linked: 2, moved: 1 });
    const seen = await itemOf(stack, team.member.token, closed.id);
    expect(seen.state).toEqual({ name: 'Done', category: 'DONE' });
    expect(seen.history.edges.at(-1).node).toEqual({ field: 'state', newValue: 'Done', actor: null, source: 'vcs' });
    expect(seen.linkAttachments.edges[0].node.pullRequest).toMatchObject({
      state: 'MERGED',
      mergedAt: '2026-03-02T10:00:00.000Z',
    });
    expect((await itemOf(stack, team.member.token, mentioned.id)).state.category).not.toBe('DONE');
    const redelivered = await deliverGithub(stack, connection, 'pull_request', merged);
    expect(redelivered.body).toMatchObject({ outcome: 'ACCEPTED', moved: 0 });
    expect((await itemOf(stack, team.member.token, closed.id)).history.edges).toHaveLength(seen.history.edges.length);
  });

  it('leaves merged items where they are when the project turned moveOnMerge off, and checks the merged state', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const set = (token: string, input: Record<string, unknown>) =>
      graphql(
        stack.routerUrl,
        `
          mutation ($input: SetVcsProjectSettingsInput!) {
            setVcsProjectSettings(input: $input) {
              settings {
                moveOnMerge
                mergedState {
                  id
                }
              }
            }
          }
        `,
        { input: { projectId: team.project.id, ...input } },
        { token },
      );
    expect(errorOf(await set(team.member.token, { moveOnMerge: false })).code).toBe('FORBIDDEN');
    expect(errorOf(await set(team.outsider.token, { moveOnMerge: false })).code).toBe('NOT_FOUND');
    const other = await seedProjectTeam(stack);
    const otherState = dataOf(
      await graphql(
        stack.routerUrl,
        `
          query ($id: ID!) {
            project(id: $id) {
              workflow {
                states {
                  id
                }
              }
            }
          }
        `,
        { id: other.project.id },
        { token: other.admin.token },
      ),
    ).project.workflow.states[0].id;
    expect(errorOf(await set(team.admin.token, { mergedStateId: otherState }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.mergedStateId',
    });
    expect(dataOf(await set(team.admin.token, { moveOnMerge: false })).setVcsProjectSettings.settings).toEqual({
      moveOnMerge: false,
      mergedState: null,
    });
    const res = await deliverGithub(
      stack,
      connection,
      'pull_request',
      pullRequestPayload({ number: 3, title: `Closes ${item.key}`, action: 'closed', merged: true }),
    );
    expect(res.body).toMatchObject({ outcome: 'ACCEPTED', linked: 1, moved: 0 });
    expect((await itemOf(stack, team.member.token, item.id)).state.category).not.toBe('DONE');
  });

  it('moves the items a merged GitLab merge request closes', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId, 'GITLAB');
    const res = await deliverGitlab(stack, connection, 'Merge Request Hook', {
      project: { path_with_namespace: 'acme/shop', web_url: 'https://gitlab.com/acme/shop' },
      object_attributes: {
        iid: 5,
        title: 'Login',
        description: `Resolves ${item.key}`,
        url: 'https://gitlab.com/acme/shop/-/merge_requests/5',
        source_branch: 'login',
        state: 'merged',
        action: 'merge',
        merged_at: '2026-03-02 10:00:00 UTC',
      },
    });
    expect(res.body).toMatchObject({ outcome: 'ACCEPTED', linked: 1, moved: 1 });
    const seen = await itemOf(stack, team.member.token, item.id);
    expect(seen.state.category).toBe('DONE');
    expect(seen.linkAttachments.edges[0].node.title).toBe('MR !5: Login (merged)');
  });

  it('shows links only to those who can read the item', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    await deliverGithub(stack, connection, 'pull_request', pullRequestPayload({ number: 1, title: item.key }));
    const outsider = await graphql(stack.routerUrl, itemQuery, { id: item.id }, { token: team.outsider.token });
    expect(errorOf(outsider).code).toBe('NOT_FOUND');
    expect((await itemOf(stack, team.viewer.token, item.id)).vcsLinks.totalCount).toBe(1);
  });
});
