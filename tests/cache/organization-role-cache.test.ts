import { dataOf, errorOf, graphql } from '../testkit/client';
import { changeOrganizationMemberRole, removeOrganizationMember } from '../testkit/seed';
import { useTestStack } from '../testkit/stack';
import { seedProjectTeam } from '../testkit/work-items';

const stack = useTestStack();
jest.setTimeout(120_000);

const readRole = (token: string, id: string) =>
  graphql<{ project: { viewerRole: string | null } }>(
    stack.routerUrl,
    'query ($id: ID!) { project(id: $id) { viewerRole } }',
    { id },
    { token },
  );

/** The organization role cache of the stack's projects service: how often it asked users. */
const projectsCache = () => {
  const cache = stack.subgraphs.projects.roleCaches?.organizationRole;
  if (!cache) throw new Error('projects has no organization role cache: the stack runs without an event bus');
  return cache;
};

describe('the organization role cache of projects', () => {
  it('answers repeated project reads without asking users again', async () => {
    const team = await seedProjectTeam(stack);
    for (let i = 0; i < 3; i++)
      expect(dataOf(await readRole(team.member.token, team.project.id)).project.viewerRole).toBe('MEMBER');
    const before = projectsCache().stats.calls;
    for (let i = 0; i < 5; i++) await readRole(team.member.token, team.project.id);
    expect(projectsCache().stats.calls).toBe(before);
  });

  it('shows an organization role change on the very next project read', async () => {
    const team = await seedProjectTeam(stack);
    for (let i = 0; i < 3; i++) await readRole(team.member.token, team.project.id);
    await changeOrganizationMemberRole(stack, team.admin.token, team.organizationId, team.member.userId, 'ADMIN');
    expect(dataOf(await readRole(team.member.token, team.project.id)).project.viewerRole).toBe('ADMIN');
    await changeOrganizationMemberRole(stack, team.admin.token, team.organizationId, team.member.userId, 'MEMBER');
    expect(dataOf(await readRole(team.member.token, team.project.id)).project.viewerRole).toBe('MEMBER');
  });

  it('refuses someone removed from the organization on the very next project read', async () => {
    const team = await seedProjectTeam(stack);
    for (let i = 0; i < 3; i++) await readRole(team.viewer.token, team.project.id);
    await removeOrganizationMember(stack, team.admin.token, team.organizationId, team.viewer.userId);
    expect(errorOf(await readRole(team.viewer.token, team.project.id)).code).toBe('NOT_FOUND');
  });
});
