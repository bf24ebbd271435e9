import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../lib/ids';
import {
  addProjectMember,
  createOrganization,
  createProject,
  dataOf,
  errorOf,
  removeOrganizationMember,
  seedProjectTeam,
  signUpUser,
  useTestStack,
  type ProjectTeam,
  type TestUser,
} from '../testkit';
import { runnerAs } from './support';

const stack = useTestStack();

const runAs = runnerAs(stack);

const ops = {
  create: `mutation ($input: CreateDashboardInput!) {
    createDashboard(input: $input) { dashboard { id name description sharing version project { id } owner { id } viewerCanEdit } }
  }`,
  update: `mutation ($input: UpdateDashboardInput!) {
    updateDashboard(input: $input) { dashboard { id name description sharing version project { id } } }
  }`,
  delete: `mutation ($input: DeleteDashboardInput!) { deleteDashboard(input: $input) { deletedDashboardId } }`,
  add: `mutation ($input: AddDashboardWidgetInput!) {
    addDashboardWidget(input: $input) {
      widget { id title metric days position population { project { id } team { id } savedView { id } } dashboard { id } }
      dashboard { version widgets { id } }
    }
  }`,
  updateWidget: `mutation ($input: UpdateDashboardWidgetInput!) {
    updateDashboardWidget(input: $input) { widget { id title metric days position } }
  }`,
  move: `mutation ($input: MoveDashboardWidgetInput!) {
    moveDashboardWidget(input: $input) { dashboard { version widgets { id title position } } }
  }`,
  remove: `mutation ($input: RemoveDashboardWidgetInput!) {
    removeDashboardWidget(input: $input) { removedWidgetId dashboard { version widgets { id title position } } }
  }`,
  read: `query ($id: ID!) { dashboard(id: $id) { id name viewerCanEdit version widgets { id title position } } }`,
  list: `query ($organization: ID!, $first: Int, $after: String) {
    dashboards(organizationId: $organization, first: $first, after: $after) {
      totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
    }
  }`,
};

async function createDashboard(owner: TestUser, input: Record<string, unknown>): Promise<string> {
  return dataOf(await runAs(owner, ops.create, { input: { name: 'Flow', ...input } })).createDashboard.dashboard
    .id as string;
}

async function addWidget(owner: TestUser, dashboardId: string, projectId: string, title: string): Promise<string> {
  const res = await runAs(owner, ops.add, {
    input: { dashboardId, title, metric: 'THROUGHPUT', population: { projectId } },
  });
  return dataOf(res).addDashboardWidget.widget.id as string;
}

const titles = (widgets: { title: string; position: number }[]) =>
  widgets.map((widget, index) => {
    expect(widget.position).toBe(index);
    return widget.title;
  });

describe('a dashboard', () => {
  test('is created private at version 1, changed version by version, and deleted', async () => {
    const team = await seedProjectTeam(stack);
    const created = dataOf(
      await runAs(team.member, ops.create, {
        input: { organizationId: team.organizationId, name: '  Flow  ', description: 'Weekly' },
      }),
    ).createDashboard.dashboard;
    expect(created).toMatchObject({
      name: 'Flow',
      description: 'Weekly',
      sharing: 'PRIVATE',
      version: 1,
      project: null,
      owner: { id: team.member.userId },
      viewerCanEdit: true,
    });

    const updated = dataOf(
      await runAs(team.member, ops.update, {
        input: {
          id: created.id,
          expectedVersion: 1,
          name: 'Team flow',
          sharing: 'PROJECT',
          projectId: team.project.id,
        },
      }),
    ).updateDashboard.dashboard;
    expect(updated).toMatchObject({ name: 'Team flow', description: 'Weekly', sharing: 'PROJECT', version: 2 });
    expect(updated.project).toEqual({ id: team.project.id });

    const unchanged = dataOf(await runAs(team.member, ops.update, { input: { id: created.id, name: 'Team flow' } }));
    expect(unchanged.updateDashboard.dashboard.version).toBe(2);

    const deleted = dataOf(await runAs(team.member, ops.delete, { input: { id: created.id } }));
    expect(deleted.deleteDashboard.deletedDashboardId).toBe(created.id);
    expect(errorOf(await runAs(team.member, ops.read, { id: created.id })).code).toBe('NOT_FOUND');
  });

  test('refuses a change made from a stale version with CONFLICT, and changes nothing', async () => {
    const team = await seedProjectTeam(stack);
    const id = await createDashboard(team.member, { organizationId: team.organizationId });
    dataOf(await runAs(team.member, ops.update, { input: { id, expectedVersion: 1, name: 'Second' } }));
    await addWidget(team.member, id, team.project.id, 'A');
    const stale = await runAs(team.member, ops.update, { input: { id, expectedVersion: 2, name: 'Third' } });
    expect(errorOf(stale).code).toBe('CONFLICT');
    expect(stale.body.errors?.[0]?.extensions?.version).toBe(3);
    expect(dataOf(await runAs(team.member, ops.read, { id })).dashboard).toMatchObject({ name: 'Second', version: 3 });
  });

  test('keeps its widgets in dense positions through adds, moves and removals, a version each', async () => {
    const team = await seedProjectTeam(stack);
    const id = await createDashboard(team.member, { organizationId: team.organizationId });
    const added = dataOf(
      await runAs(team.member, ops.add, {
        input: { dashboardId: id, title: 'A', metric: 'WIP', population: { projectId: team.project.id } },
      }),
    ).addDashboardWidget;
    expect(added.widget).toMatchObject({
      title: 'A',
      metric: 'WIP',
      days: 90,
      position: 0,
      population: { project: { id: team.project.id }, team: null, savedView: null },
      dashboard: { id },
    });
    expect(added.dashboard.version).toBe(2);
    const a = added.widget.id as string;
    const b = await addWidget(team.member, id, team.project.id, 'B');
    const c = await addWidget(team.member, id, team.project.id, 'C');
    const d = await addWidget(team.member, id, team.project.id, 'D');

    const first = dataOf(await runAs(team.member, ops.move, { input: { id: c, position: 0 } })).moveDashboardWidget;
    expect(titles(first.dashboard.widgets)).toEqual(['C', 'A', 'B', 'D']);
    expect(first.dashboard.version).toBe(6);
    const last = dataOf(await runAs(team.member, ops.move, { input: { id: a, position: 99 } })).moveDashboardWidget;
    expect(titles(last.dashboard.widgets)).toEqual(['C', 'B', 'D', 'A']);
    const middle = dataOf(await runAs(team.member, ops.move, { input: { id: a, position: 1 } })).moveDashboardWidget;
    expect(titles(middle.dashboard.widgets)).toEqual(['C', 'A', 'B', 'D']);
    const still = dataOf(await runAs(team.member, ops.move, { input: { id: a, position: 1 } })).moveDashboardWidget;
    expect(still.dashboard.version).toBe(middle.dashboard.version);

    const removed = dataOf(await runAs(team.member, ops.remove, { input: { id: b } })).removeDashboardWidget;
    expect(removed.removedWidgetId).toBe(b);
    expect(titles(removed.dashboard.widgets)).toEqual(['C', 'A', 'D']);
    expect(removed.dashboard.version).toBe(middle.dashboard.version + 1);

    const changed = dataOf(
      await runAs(team.member, ops.updateWidget, { input: { id: d, title: 'Delta', metric: 'LEAD_TIME', days: 30 } }),
    ).updateDashboardWidget.widget;
    expect(changed).toMatchObject({ title: 'Delta', metric: 'LEAD_TIME', days: 30, position: 2 });
    expect(dataOf(await runAs(team.member, ops.read, { id })).dashboard.version).toBe(removed.dashboard.version + 1);
  });

  test('holds at most 30 widgets: the 31st is a CONFLICT on input.dashboardId', async () => {
    const team = await seedProjectTeam(stack);
    const id = await createDashboard(team.member, { organizationId: team.organizationId });
    for (let i = 0; i < 30; i += 1) await addWidget(team.member, id, team.project.id, `W${i}`);
    const res = await runAs(team.member, ops.add, {
      input: { dashboardId: id, title: 'One too many', metric: 'WIP', population: { projectId: team.project.id } },
    });
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', field: 'input.dashboardId' });
    expect(dataOf(await runAs(team.member, ops.read, { id })).dashboard.widgets).toHaveLength(30);
  });
});

interface Matrix {
  team: ProjectTeam;
  otherProjectMember: TestUser;
  stranger: TestUser;
  ids: { PRIVATE: string; PROJECT: string; ORGANIZATION: string };
}

/** Three dashboards of the project's MEMBER, one per sharing, and someone with a role in another project only. */
async function sharingMatrix(): Promise<Matrix> {
  const team = await seedProjectTeam(stack);
  const stranger = await signUpUser(stack);
  const other = await createProject(stack, team.admin.token, team.organizationId);
  await addProjectMember(stack, team.admin.token, other.id, team.outsider.userId, 'MEMBER');
  const base = { organizationId: team.organizationId };
  const ids = {
    PRIVATE: await createDashboard(team.member, { ...base, name: 'Private' }),
    PROJECT: await createDashboard(team.member, {
      ...base,
      name: 'Project',
      sharing: 'PROJECT',
      projectId: team.project.id,
    }),
    ORGANIZATION: await createDashboard(team.member, { ...base, name: 'Organization', sharing: 'ORGANIZATION' }),
  };
  return { team, otherProjectMember: team.outsider, stranger, ids };
}

/** What a person gets of each dashboard: `edit`, `read` (seen, not editable) or `hidden` (NOT_FOUND). */
async function accessOf(person: TestUser, ids: Matrix['ids']): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(ids).map(async ([sharing, id]) => {
      const res = await runAs(person, ops.read, { id });
      if (res.body.errors)
        return [sharing, errorOf(res).code === 'NOT_FOUND' ? 'hidden' : `error ${errorOf(res).code}`];
      return [sharing, res.body.data.dashboard.viewerCanEdit ? 'edit' : 'read'];
    }),
  );
  return Object.fromEntries(entries);
}

async function listedFor(person: TestUser, organizationId: string): Promise<string[]> {
  const res = dataOf(await runAs(person, ops.list, { organization: organizationId }));
  expect(res.dashboards.totalCount).toBe(res.dashboards.edges.length);
  return res.dashboards.edges.map((edge: { node: { name: string } }) => edge.node.name);
}

describe('who sees a dashboard', () => {
  test('follows its sharing: owner, project readers, organization members, nobody outside', async () => {
    const { team, otherProjectMember, stranger, ids } = await sharingMatrix();
    expect(await accessOf(team.member, ids)).toEqual({ PRIVATE: 'edit', PROJECT: 'edit', ORGANIZATION: 'edit' });
    expect(await accessOf(team.viewer, ids)).toEqual({ PRIVATE: 'hidden', PROJECT: 'read', ORGANIZATION: 'read' });
    expect(await accessOf(otherProjectMember, ids)).toEqual({
      PRIVATE: 'hidden',
      PROJECT: 'hidden',
      ORGANIZATION: 'read',
    });
    // The organization's OWNER is the project's ADMIN too: both shared dashboards are theirs to change.
    expect(await accessOf(team.admin, ids)).toEqual({ PRIVATE: 'hidden', PROJECT: 'edit', ORGANIZATION: 'edit' });
    expect(await accessOf(stranger, ids)).toEqual({ PRIVATE: 'hidden', PROJECT: 'hidden', ORGANIZATION: 'hidden' });

    expect(await listedFor(team.member, team.organizationId)).toEqual(['Organization', 'Project', 'Private']);
    expect(await listedFor(team.viewer, team.organizationId)).toEqual(['Organization', 'Project']);
    expect(await listedFor(otherProjectMember, team.organizationId)).toEqual(['Organization']);
    const outside = await runAs(stranger, ops.list, { organization: team.organizationId });
    expect(errorOf(outside).code).toBe('NOT_FOUND');
  });

  test('ends at once for a member removed from the organization, their own dashboards included', async () => {
    const { team, ids } = await sharingMatrix();
    await removeOrganizationMember(stack, team.admin.token, team.organizationId, team.viewer.userId);
    await removeOrganizationMember(stack, team.admin.token, team.organizationId, team.member.userId);
    expect(await accessOf(team.viewer, ids)).toEqual({ PRIVATE: 'hidden', PROJECT: 'hidden', ORGANIZATION: 'hidden' });
    expect(await accessOf(team.member, ids)).toEqual({ PRIVATE: 'hidden', PROJECT: 'hidden', ORGANIZATION: 'hidden' });
    const write = await runAs(team.member, ops.update, { input: { id: ids.PRIVATE, name: 'Mine' } });
    expect(errorOf(write).code).toBe('NOT_FOUND');
    // Those the sharing lets in keep their access to the dashboards of a departed owner.
    expect(await accessOf(team.admin, ids)).toEqual({ PRIVATE: 'hidden', PROJECT: 'edit', ORGANIZATION: 'edit' });
  });

  test('answers NOT_FOUND for a hidden dashboard, as for none, and FORBIDDEN to a reader who would change it', async () => {
    const { team, ids } = await sharingMatrix();
    const missing = toGlobalId('Dashboard', randomUUID());
    const none = errorOf(await runAs(team.viewer, ops.update, { input: { id: missing, name: 'X' } }));
    const hidden = errorOf(await runAs(team.viewer, ops.update, { input: { id: ids.PRIVATE, name: 'X' } }));
    expect(hidden).toEqual(none);
    expect(hidden.code).toBe('NOT_FOUND');
    const widget = await addWidget(team.member, ids.PROJECT, team.project.id, 'W');
    for (const [op, input] of [
      [ops.update, { id: ids.PROJECT, name: 'X' }],
      [ops.delete, { id: ids.ORGANIZATION }],
      [ops.add, { dashboardId: ids.PROJECT, title: 'X', metric: 'WIP', population: { projectId: team.project.id } }],
      [ops.move, { id: widget, position: 0 }],
      [ops.remove, { id: widget }],
    ] as const) {
      expect(errorOf(await runAs(team.viewer, op, { input })).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await runAs(team.outsider, ops.remove, { input: { id: widget } })).code).toBe('NOT_FOUND');
    const node = await runAs(team.outsider, `query ($id: ID!) { node(id: $id) { id } }`, { id: widget });
    expect(node.body).toMatchObject({ data: { node: null } });
  });
});

describe('bad input', () => {
  test('names the field at fault', async () => {
    const team = await seedProjectTeam(stack);
    const elsewhere = await createOrganization(stack, team.member.token);
    const foreignProject = await createProject(stack, team.member.token, elsewhere.id);
    const unreadable = await createProject(stack, team.admin.token, team.organizationId);
    const organizationId = team.organizationId;
    const create = async (input: Record<string, unknown>) =>
      errorOf(await runAs(team.member, ops.create, { input: { organizationId, name: 'Flow', ...input } }));

    expect(await create({ name: ' ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await create({ description: 'x'.repeat(1001) })).toMatchObject({ field: 'input.description' });
    expect(await create({ sharing: 'PROJECT' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.projectId' });
    expect(await create({ projectId: team.project.id })).toMatchObject({ field: 'input.projectId' });
    for (const projectId of [foreignProject.id, unreadable.id, toGlobalId('Project', randomUUID())]) {
      expect(await create({ sharing: 'PROJECT', projectId })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.projectId',
      });
    }
    expect(await create({ organizationId: 'nonsense' })).toMatchObject({ field: 'input.organizationId' });

    const id = await createDashboard(team.member, { organizationId });
    const add = async (input: Record<string, unknown>) =>
      errorOf(
        await runAs(team.member, ops.add, {
          input: { dashboardId: id, title: 'W', metric: 'WIP', population: { projectId: team.project.id }, ...input },
        }),
      );
    expect(await add({ days: 6 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.days' });
    expect(await add({ title: '' })).toMatchObject({ field: 'input.title' });
    expect(await add({ population: {} })).toMatchObject({ field: 'input.population' });
    expect(
      await add({ population: { projectId: team.project.id, teamId: toGlobalId('Team', randomUUID()) } }),
    ).toMatchObject({ field: 'input.population' });
    expect(await add({ population: { projectId: unreadable.id } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.population.projectId',
    });
    expect(await add({ population: { projectId: foreignProject.id } })).toMatchObject({
      field: 'input.population.projectId',
    });
    expect(await add({ population: { teamId: 'bad' } })).toMatchObject({ field: 'input.population.teamId' });
    expect(await add({ dashboardId: toGlobalId('Project', randomUUID()) })).toMatchObject({
      field: 'input.dashboardId',
    });

    const widget = await addWidget(team.member, id, team.project.id, 'W');
    const move = await runAs(team.member, ops.move, { input: { id: widget, position: -1 } });
    expect(errorOf(move)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.position' });
    const update = await runAs(team.member, ops.updateWidget, { input: { id: widget, days: 367 } });
    expect(errorOf(update)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.days' });
    expect(dataOf(await runAs(team.member, ops.read, { id })).dashboard.version).toBe(2);
  });
});

describe('the list of dashboards', () => {
  test('pages newest first with a cursor, counting all the viewer sees', async () => {
    const team = await seedProjectTeam(stack);
    for (const name of ['One', 'Two', 'Three']) {
      await createDashboard(team.member, { organizationId: team.organizationId, name, sharing: 'ORGANIZATION' });
    }
    await createDashboard(team.admin, { organizationId: team.organizationId, name: 'Hidden' });
    const first = dataOf(await runAs(team.member, ops.list, { organization: team.organizationId, first: 2 }));
    expect(first.dashboards.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Three', 'Two']);
    expect(first.dashboards.totalCount).toBe(3);
    expect(first.dashboards.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(
      await runAs(team.member, ops.list, {
        organization: team.organizationId,
        first: 2,
        after: first.dashboards.pageInfo.endCursor,
      }),
    );
    expect(second.dashboards.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['One']);
    expect(second.dashboards.pageInfo.hasNextPage).toBe(false);
    const bad = await runAs(team.member, ops.list, { organization: team.organizationId, after: 'nonsense' });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
