import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  querySql,
  seedProjectTeam,
  useTestStack,
  workflowStates,
} from '../testkit';
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
    history { edges { node { field oldValue newValue actor { id } source note } } }
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

  it('combines the checks of a pull request’s head commit: a late success of one check never hides another’s failure', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const sha = 'ccccccc3333333';
    const pr = (head: string, action = 'opened') =>
      deliverGithub(
        stack,
        connection,
        'pull_request',
        pullRequestPayload({ number: 31, title: `${item.key} cart`, sha: head, action }),
      );
    const checkRun = (id: number, name: string, conclusion: string | null, head = sha) =>
      deliverGithub(stack, connection, 'check_run', {
        action: conclusion ? 'completed' : 'created',
        repository: githubRepository,
        check_run: {
          id,
          name,
          head_sha: head,
          status: conclusion ? 'completed' : 'in_progress',
          conclusion,
        },
      });
    const checksNow = async () => {
      const link = (await itemOf(stack, team.member.token, item.id)).linkAttachments.edges[0].node;
      return [link.pullRequest.checks, link.title];
    };
    await pr(sha);
    await checkRun(101, 'lint', 'failure');
    expect((await checkRun(102, 'test', 'success')).body).toMatchObject({ outcome: 'ACCEPTED', linked: 0 });
    expect(await checksNow()).toEqual(['FAILURE', `PR #31: ${item.key} cart (open, checks failing)`]);
    // The failed check runs again (a new run of the same name): pending, then passing.
    await checkRun(103, 'lint', null);
    expect((await checksNow())[0]).toBe('PENDING');
    await checkRun(103, 'lint', 'success');
    expect(await checksNow()).toEqual(['SUCCESS', `PR #31: ${item.key} cart (open, checks passing)`]);
    // A late report of the older run changes nothing; a status of another context counts too.
    await checkRun(101, 'lint', 'failure');
    expect((await checksNow())[0]).toBe('SUCCESS');
    await deliverGithub(stack, connection, 'status', {
      id: 7,
      repository: githubRepository,
      sha,
      state: 'pending',
      context: 'ci/deploy-preview',
    });
    expect((await checksNow())[0]).toBe('PENDING');
    // A new head commit starts afresh: its own checks, even one reported before the push reached us.
    const next = 'ddddddd4444444';
    await checkRun(201, 'lint', 'success', next);
    await pr(next, 'synchronize');
    expect(await checksNow()).toEqual(['SUCCESS', `PR #31: ${item.key} cart (open, checks passing)`]);
    await checkRun(202, 'test', 'failure', next);
    expect((await checksNow())[0]).toBe('FAILURE');
  });

  it('shows a GitLab commit’s latest pipeline: a new pipeline replaces a failed one', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId, 'GITLAB');
    const project = { path_with_namespace: 'acme/shop', web_url: 'https://gitlab.com/acme/shop' };
    const sha = 'eeeeeee5555555';
    await deliverGitlab(stack, connection, 'Merge Request Hook', {
      project,
      object_attributes: {
        iid: 8,
        title: `${item.key} login`,
        url: 'https://gitlab.com/acme/shop/-/merge_requests/8',
        source_branch: 'login',
        state: 'opened',
        last_commit: { id: sha },
      },
    });
    const pipeline = (id: number, status: string) =>
      deliverGitlab(stack, connection, 'Pipeline Hook', { project, object_attributes: { id, sha, status } });
    await pipeline(50, 'failed');
    expect((await itemOf(stack, team.member.token, item.id)).vcsLinks.edges[0].node.checks).toBe('FAILURE');
    await pipeline(51, 'success');
    await pipeline(50, 'failed');
    expect((await itemOf(stack, team.member.token, item.id)).vcsLinks.edges[0].node.checks).toBe('SUCCESS');
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
    expect(seen.history.edges.at(-1).node).toMatchObject({
      field: 'state',
      newValue: 'Done',
      actor: null,
      source: 'vcs',
      note: null,
    });
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
    const [otherState] = await workflowStates(stack, other.admin.token, other.project.id);
    expect(errorOf(await set(team.admin.token, { mergedStateId: otherState!.id }))).toMatchObject({
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

  it('links a merged pull request to an item of an archived project but moves nothing there', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: ArchiveProjectInput!) {
            archiveProject(input: $input) {
              project {
                archivedAt
              }
            }
          }
        `,
        { input: { projectId: team.project.id } },
        { token: team.admin.token },
      ),
    );
    const res = await deliverGithub(
      stack,
      connection,
      'pull_request',
      pullRequestPayload({ number: 4, title: `Closes ${item.key}`, action: 'closed', merged: true }),
    );
    expect(res.body).toMatchObject({ outcome: 'ACCEPTED', linked: 1, moved: 0, refused: [] });
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

  it('records a move the workflow refuses in the item’s history, once, and lists it in the answer', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const workflow = dataOf(
      await graphql(
        stack.routerUrl,
        `
          query ($id: ID!) {
            project(id: $id) {
              workflow {
                initialState {
                  id
                  name
                }
                states {
                  id
                  category
                }
              }
            }
          }
        `,
        { id: team.project.id },
        { token: team.admin.token },
      ),
    ).project.workflow;
    const done = workflow.states.find((state: { category: string }) => state.category === 'DONE');
    const required = await graphql(
      stack.routerUrl,
      `
        mutation ($input: SetWorkflowTransitionInput!) {
          setWorkflowTransition(input: $input) {
            transition {
              requiredFields
            }
          }
        }
      `,
      { input: { fromStateId: workflow.initialState.id, toStateId: done.id, requiredFields: ['ASSIGNEE'] } },
      { token: team.admin.token },
    );
    expect(dataOf(required).setWorkflowTransition.transition.requiredFields).toEqual(['ASSIGNEE']);
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const merged = pullRequestPayload({
      number: 21,
      title: 'Checkout',
      body: `Fixes ${item.key}`,
      action: 'closed',
      merged: true,
    });
    const reason = 'Moving to "Done" requires an assignee. Missing: ASSIGNEE.';
    const res = await deliverGithub(stack, connection, 'pull_request', merged);
    expect(res).toMatchObject({
      status: 202,
      body: {
        outcome: 'ACCEPTED',
        message: `Linked 1, moved 0. Not moved, the workflow refused: ${item.key}.`,
        linked: 1,
        moved: 0,
        skippedKeys: [],
        refused: [{ key: item.key, reason }],
      },
    });
    const seen = await itemOf(stack, team.member.token, item.id);
    expect(seen.state.name).toBe(workflow.initialState.name);
    expect(seen.history.edges.at(-1).node).toEqual({
      field: 'stateRefused',
      oldValue: workflow.initialState.name,
      newValue: 'Done',
      actor: null,
      source: 'vcs',
      note: `PR #21 in acme/shop was merged, but the item could not move: ${reason}`,
    });
    // The pull request's later deliveries try again: answered again, recorded once.
    const again = await deliverGithub(stack, connection, 'pull_request', merged);
    expect(again.body).toMatchObject({ moved: 0, refused: [{ key: item.key, reason }] });
    expect((await itemOf(stack, team.member.token, item.id)).history.edges).toHaveLength(seen.history.edges.length);
  });

  it('reads the first 100 distinct keys of a delivery and answers the others as skipped', async () => {
    const team = await seedProjectTeam(stack);
    const first = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const late = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const connection = await connectRepositoryHost(stack, team.admin.token, team.organizationId);
    const unknown = Array.from({ length: 104 }, (_, index) => `ZZ-${index + 1}`);
    const commit = (id: string, message: string) => ({
      id,
      message,
      url: `https://github.com/acme/shop/commit/${id}`,
    });
    const res = await deliverGithub(stack, connection, 'push', {
      ref: 'refs/heads/main',
      repository: githubRepository,
      commits: [commit('a1b2c3d4e5', `${first.key} ${unknown.join(' ')}`), commit('f6a7b8c9d0', `Fixes ${late.key}`)],
    });
    const skippedKeys = [...unknown.slice(99), late.key];
    expect(res).toMatchObject({
      status: 202,
      body: {
        outcome: 'ACCEPTED',
        linked: 1,
        skippedKeys,
        message: `Linked 1, moved 0. Only the first 100 keys are read: skipped 6 (${skippedKeys.join(', ')}).`,
      },
    });
    expect((await itemOf(stack, team.member.token, first.id)).vcsLinks.totalCount).toBe(1);
    expect((await itemOf(stack, team.member.token, late.id)).vcsLinks.totalCount).toBe(0);
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
