import { dataOf, errorOf, graphql } from '../testkit/client';
import { removeOrganizationMember, removeProjectMember } from '../testkit/seed';
import { useTestStack } from '../testkit/stack';
import { createWorkItem, seedProjectTeam, type ProjectTeam } from '../testkit/work-items';

const stack = useTestStack();
// Each test seeds a project, an item and a sprint through the router: slow on a loaded machine.
jest.setTimeout(120_000);

/** One read through the router as `token`: `workItem(id) { title }` or `sprint(id) { name }`. */
const readById =
  <T>(query: string) =>
  (token: string, id: string) =>
    graphql<T>(stack.routerUrl, query, { id }, { token });
const readItem = readById<{ workItem: { title: string } }>('query ($id: ID!) { workItem(id: $id) { title } }');
const readSprint = readById<{ sprint: { name: string } }>('query ($id: ID!) { sprint(id: $id) { name } }');

const createItem = (token: string, projectId: string) =>
  graphql(
    stack.routerUrl,
    'mutation ($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }',
    { input: { projectId, type: 'TASK', title: 'Written by whoever may' } },
    { token },
  );

/** The role caches of the stack's work-items and sprints services: how often each asked projects. */
const cacheOf = (name: 'work-items' | 'sprints') => {
  const cache = stack.subgraphs[name].roleCaches?.projectAccess;
  if (!cache) throw new Error(`${name} has no role cache: the stack runs without an event bus`);
  return cache;
};

async function seedWithItemAndSprint(): Promise<ProjectTeam & { itemId: string; sprintId: string }> {
  const team = await seedProjectTeam(stack);
  const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Cached' });
  const sprint = await graphql<{ createSprint: { sprint: { id: string } } }>(
    stack.routerUrl,
    'mutation ($input: CreateSprintInput!) { createSprint(input: $input) { sprint { id } } }',
    { input: { projectId: team.project.id, name: 'Sprint 1', startDate: '2026-01-05', endDate: '2026-01-16' } },
    { token: team.admin.token },
  );
  return { ...team, itemId: item.id, sprintId: dataOf(sprint).createSprint.sprint.id };
}

describe('the project role cache of work-items and sprints', () => {
  it('answers repeated reads of a member without asking projects again', async () => {
    const team = await seedWithItemAndSprint();
    for (let i = 0; i < 3; i++) {
      expect(dataOf(await readItem(team.member.token, team.itemId)).workItem.title).toBe('Cached');
      expect(dataOf(await readSprint(team.member.token, team.sprintId)).sprint.name).toBe('Sprint 1');
    }
    const before = { items: cacheOf('work-items').stats.calls, sprints: cacheOf('sprints').stats.calls };
    for (let i = 0; i < 5; i++) {
      await readItem(team.member.token, team.itemId);
      await readSprint(team.member.token, team.sprintId);
    }
    expect(cacheOf('work-items').stats.calls).toBe(before.items);
    expect(cacheOf('sprints').stats.calls).toBe(before.sprints);
  });

  it('refuses a removed project member on the very next work-items and sprints read', async () => {
    const team = await seedWithItemAndSprint();
    for (let i = 0; i < 3; i++) {
      await readItem(team.member.token, team.itemId);
      await readSprint(team.member.token, team.sprintId);
    }
    await removeProjectMember(stack, team.admin.token, team.project.id, team.member.userId);
    expect(errorOf(await readItem(team.member.token, team.itemId)).code).toBe('NOT_FOUND');
    expect(errorOf(await readSprint(team.member.token, team.sprintId)).code).toBe('NOT_FOUND');
  });

  it('refuses someone removed from the organization on the very next read', async () => {
    const team = await seedWithItemAndSprint();
    for (let i = 0; i < 3; i++) await readItem(team.member.token, team.itemId);
    await removeOrganizationMember(stack, team.admin.token, team.organizationId, team.member.userId);
    expect(errorOf(await readItem(team.member.token, team.itemId)).code).toBe('NOT_FOUND');
    expect(errorOf(await readSprint(team.member.token, team.sprintId)).code).toBe('NOT_FOUND');
  });

  it('applies a role change to the very next write', async () => {
    const team = await seedWithItemAndSprint();
    for (let i = 0; i < 2; i++)
      expect(errorOf(await createItem(team.viewer.token, team.project.id)).code).toBe('FORBIDDEN');
    const promoted = await graphql(
      stack.routerUrl,
      'mutation ($input: ChangeProjectMemberRoleInput!) { changeProjectMemberRole(input: $input) { role } }',
      { input: { projectId: team.project.id, userId: team.viewer.userId, role: 'MEMBER' } },
      { token: team.admin.token },
    );
    dataOf(promoted);
    dataOf(await createItem(team.viewer.token, team.project.id));
    await graphql(
      stack.routerUrl,
      'mutation ($input: ChangeProjectMemberRoleInput!) { changeProjectMemberRole(input: $input) { role } }',
      { input: { projectId: team.project.id, userId: team.viewer.userId, role: 'VIEWER' } },
      { token: team.admin.token },
    );
    expect(errorOf(await createItem(team.viewer.token, team.project.id)).code).toBe('FORBIDDEN');
  });
});
