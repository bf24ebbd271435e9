import type { SubgraphName } from '../../subgraphs/registry';
import {
  changeOrganizationMemberRole,
  dataOf,
  errorOf,
  graphql,
  removeOrganizationMember,
  removeProjectMember,
  seedProjectTeam,
  useTestStack,
  type TestUser,
} from '../testkit';
import { uploadFile } from '../files/support';
import { createEndpoint } from '../integrations/support';

// Webhook endpoints may point at this machine (nothing is delivered: no event is subscribed to in time).
const stack = useTestStack({ integrations: { env: { INTEGRATIONS_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } } });
// Each test seeds a project and a file through the router: slow on a loaded machine.
jest.setTimeout(120_000);

const run = (query: string, variables: Record<string, unknown>, user: TestUser) =>
  graphql(stack.routerUrl, query, variables, { token: user.token });

const fileQuery = 'query ($id: ID!) { file(id: $id) { name } }';
const flowQuery = 'query ($id: ID!) { flowMetrics(population: { projectId: $id }) { wip { date } } }';
const endpointsQuery = 'query ($id: ID!) { project(id: $id) { webhookEndpoints(first: 1) { totalCount } } }';
const changeRole = `mutation ($input: ChangeProjectMemberRoleInput!) {
  changeProjectMemberRole(input: $input) { role }
}`;

/** How often the subgraph's role caches asked projects and users, and answered themselves. */
const statsOf = (name: SubgraphName) => {
  const caches = stack.subgraphs[name].roleCaches;
  if (!caches) throw new Error(`${name} has no role caches: the stack runs without an event bus`);
  const { projectAccess, organizationRole } = caches;
  return {
    calls: projectAccess.stats.calls + organizationRole.stats.calls,
    hits: projectAccess.stats.hits + organizationRole.stats.hits,
  };
};

async function projectWithFile() {
  const team = await seedProjectTeam(stack);
  const { file } = await uploadFile(stack, team.admin.token, {
    target: team.project.id,
    fileName: 'plan.txt',
    contentType: 'text/plain',
    bytes: Buffer.from('the plan'),
  });
  return { team, fileId: file.id };
}

describe('the role caches of files, analytics and integrations', () => {
  it("answer a member's repeated reads without asking projects or users again", async () => {
    const { team, fileId } = await projectWithFile();
    const reads = [
      ['files', () => run(fileQuery, { id: fileId }, team.member)],
      ['analytics', () => run(flowQuery, { id: team.project.id }, team.member)],
    ] as const;
    for (const [name, read] of reads) {
      for (let i = 0; i < 2; i++) dataOf(await read());
      const before = statsOf(name);
      for (let i = 0; i < 3; i++) dataOf(await read());
      const after = statsOf(name);
      expect({ name, calls: after.calls - before.calls }).toEqual({ name, calls: 0 });
      expect(after.hits - before.hits).toBeGreaterThanOrEqual(3);
    }
  });

  it('refuse a removed project member on the very next files and analytics read', async () => {
    const { team, fileId } = await projectWithFile();
    for (let i = 0; i < 3; i++) {
      expect(dataOf(await run(fileQuery, { id: fileId }, team.member)).file.name).toBe('plan.txt');
      dataOf(await run(flowQuery, { id: team.project.id }, team.member));
    }
    await removeProjectMember(stack, team.admin.token, team.project.id, team.member.userId);
    expect(errorOf(await run(fileQuery, { id: fileId }, team.member)).code).toBe('NOT_FOUND');
    expect(errorOf(await run(flowQuery, { id: team.project.id }, team.member)).code).toBe('NOT_FOUND');
  });

  it('hide webhook endpoints from a project ADMIN demoted to MEMBER on the very next read', async () => {
    const team = await seedProjectTeam(stack);
    const setRole = async (role: string) =>
      dataOf(
        await run(changeRole, { input: { projectId: team.project.id, userId: team.member.userId, role } }, team.admin),
      );
    await setRole('ADMIN');
    await createEndpoint(stack, team.member.token, {
      organizationId: team.organizationId,
      projectId: team.project.id,
      url: 'http://127.0.0.1:9/hook',
      eventTypes: ['work_item.created'],
    });
    const endpointCount = async () =>
      dataOf(await run(endpointsQuery, { id: team.project.id }, team.member)).project.webhookEndpoints.totalCount;
    for (let i = 0; i < 3; i++) expect(await endpointCount()).toBe(1);
    await setRole('MEMBER');
    expect(await endpointCount()).toBe(0);
  });
});

describe('the organization role cache of users itself', () => {
  const organizationQuery = 'query ($id: ID!) { organization(id: $id) { name viewerRole } }';

  it("answers a member's repeated organization reads from the cache and refuses them once removed", async () => {
    const team = await seedProjectTeam(stack);
    const read = () => run(organizationQuery, { id: team.organizationId }, team.member);
    for (let i = 0; i < 2; i++) expect(dataOf(await read()).organization.viewerRole).toBe('MEMBER');
    const before = statsOf('users');
    for (let i = 0; i < 3; i++) dataOf(await read());
    const after = statsOf('users');
    expect(after.calls - before.calls).toBe(0);
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(3);

    await changeOrganizationMemberRole(stack, team.admin.token, team.organizationId, team.member.userId, 'ADMIN');
    expect(dataOf(await read()).organization.viewerRole).toBe('ADMIN');
    await removeOrganizationMember(stack, team.admin.token, team.organizationId, team.member.userId);
    expect(errorOf(await read()).code).toBe('NOT_FOUND');
  });
});
