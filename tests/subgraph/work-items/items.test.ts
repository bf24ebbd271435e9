import {
  asService,
  asUser,
  createWorkItem,
  dataOf,
  errorOf,
  rawId,
  seedProjectTeam,
  useSubgraph,
  type ProjectTeam,
} from '../../testkit';

// Project keys and roles come from projects, which asks users for organization roles: both run as
// real servers on this file's database (signed service calls), and seed people and projects.
const workItems = useSubgraph('work-items', { with: ['users', 'projects'] });

const createMutation = `mutation($input: CreateWorkItemInput!) {
  createWorkItem(input: $input) { workItem { id key title type version project { id } } }
}`;
const itemQuery = `query($id: ID!) { workItem(id: $id) { id key title } }`;
const snapshotsQuery = `query($ids: [ID!]!) {
  workItemSnapshots(ids: $ids) { id projectId organizationId key type stateCategory archived version }
}`;
const entitiesQuery = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on WorkItem { id key } }
}`;

describe('work items in the work-items subgraph alone', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(workItems);
  });

  it('numbers a MEMBER’s new item after its project key and starts it at version 1', async () => {
    const res = await workItems.execute(team.member, createMutation, {
      input: { projectId: team.project.id, type: 'TASK', title: '  Write the docs  ' },
    });
    expect(dataOf(res).createWorkItem.workItem).toMatchObject({
      key: expect.stringMatching(new RegExp(`^${team.project.key}-\\d+$`)),
      title: 'Write the docs',
      type: 'TASK',
      version: 1,
      project: { id: team.project.id },
    });
  });

  it.each([
    ['a blank title', { title: '   ' }, 'input.title'],
    ['a title longer than 255 characters', { title: 't'.repeat(256) }, 'input.title'],
    ['a project ID that is no global ID', { projectId: 'nope' }, 'input.projectId'],
  ])('rejects %s with BAD_USER_INPUT on the field', async (_label, override, field) => {
    const res = await workItems.execute(team.member, createMutation, {
      input: { projectId: team.project.id, type: 'TASK', title: 'A task', ...override },
    });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers NOT_FOUND to an organization member outside the project and FORBIDDEN to a VIEWER', async () => {
    const input = { projectId: team.project.id, type: 'TASK', title: 'Not yours' };
    expect(errorOf(await workItems.execute(team.outsider, createMutation, { input })).code).toBe('NOT_FOUND');
    expect(errorOf(await workItems.execute(team.viewer, createMutation, { input })).code).toBe('FORBIDDEN');
  });

  it('shows an item to the project’s VIEWER and hides it from an outsider as NOT_FOUND', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const seen = dataOf(await workItems.execute(team.viewer, itemQuery, { id: item.id })).workItem;
    expect(seen).toMatchObject({ id: item.id, key: item.key });
    expect(errorOf(await workItems.execute(team.outsider, itemQuery, { id: item.id })).code).toBe('NOT_FOUND');
  });

  it('gives services snapshots by raw id, null for an unknown one, and refuses people', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const ids = [rawId(item.id), unknown];
    const snapshots = dataOf(await workItems.execute(asService('sprints'), snapshotsQuery, { ids })).workItemSnapshots;
    expect(snapshots).toEqual([
      expect.objectContaining({
        id: rawId(item.id),
        projectId: rawId(team.project.id),
        organizationId: rawId(team.organizationId),
        key: item.key,
        type: 'TASK',
        archived: false,
        version: 1,
      }),
      null,
    ]);
    expect(errorOf(await workItems.execute(team.admin, snapshotsQuery, { ids })).code).toBe('FORBIDDEN');
  });

  it('resolves a WorkItem reference only for callers who may read its project', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const representations = [{ __typename: 'WorkItem', id: item.id }];
    const as = async (caller: Parameters<typeof workItems.execute>[0]) =>
      dataOf(await workItems.execute(caller, entitiesQuery, { representations }))._entities;
    expect(await as(team.viewer)).toEqual([{ id: item.id, key: item.key }]);
    expect(await as(asUser(team.outsider.userId))).toEqual([null]);
  });
});
