import { randomUUID } from 'node:crypto';
import { querySql, rawId, seedProjectTeam, dataOf, useSubgraph, type ProjectTeam } from '../../testkit';

// The analytics subgraph on its own database, with projects and users for the viewer's role. The
// read model is seeded straight into its own tables (the projection is tested in the stack tier),
// so a group's buckets can be drilled into without the router's cost limit in the way.
const analytics = useSubgraph('analytics', { with: ['users', 'projects'] });

const dayMs = 86_400_000;
const today = new Date(new Date().toISOString().slice(0, 10));
const daysAgo = (days: number, hour = 10) => new Date(today.getTime() - days * dayMs + hour * 3_600_000);
const window = { from: daysAgo(29).toISOString().slice(0, 10), to: today.toISOString().slice(0, 10) };

const bucket = 'histogram { days count workItems(first: 50) { totalCount edges { node { id } } } }';
const groupsQuery = `query ($representations: [_Any!]!, $window: FlowWindowInput, $filter: FlowFilterInput, $by: FlowGrouping!) {
  _entities(representations: $representations) {
    ... on Project {
      flowMetrics(window: $window, filter: $filter) {
        groups(by: $by) { key throughput wip cycleTime { count p50 ${bucket} } leadTime { mean ${bucket} } }
      }
    }
  }
}`;

interface SeededItem {
  type: string;
  assignee: string | null;
  labels: string[];
  created: Date;
  started: Date | null;
  finished: Date | null;
}

describe('flow metrics grouped by assignee, type, label and team', () => {
  let team: ProjectTeam;
  const people = [randomUUID(), randomUUID()];
  const labels = [randomUUID(), randomUUID()];
  const teamId = randomUUID();

  beforeAll(async () => {
    team = await seedProjectTeam(analytics);
    const projectId = rawId(team.project.id);
    const items: SeededItem[] = [
      // Finished in the window: cycle 3, 1, 6, 2 days; lead 6, 2, 9, 2.
      {
        type: 'BUG',
        assignee: people[0]!,
        labels: [labels[0]!],
        created: daysAgo(12),
        started: daysAgo(9),
        finished: daysAgo(7),
      },
      {
        type: 'TASK',
        assignee: people[0]!,
        labels: [labels[0]!, labels[1]!],
        created: daysAgo(5),
        started: daysAgo(4),
        finished: daysAgo(4, 18),
      },
      {
        type: 'TASK',
        assignee: people[1]!,
        labels: [],
        created: daysAgo(20),
        started: daysAgo(17),
        finished: daysAgo(12),
      },
      {
        type: 'BUG',
        assignee: null,
        labels: [labels[1]!],
        created: daysAgo(3),
        started: daysAgo(3),
        finished: daysAgo(2),
      },
      // In progress at the end of the window.
      {
        type: 'TASK',
        assignee: people[1]!,
        labels: [labels[0]!],
        created: daysAgo(10),
        started: daysAgo(8),
        finished: null,
      },
      { type: 'STORY', assignee: null, labels: [], created: daysAgo(6), started: daysAgo(1), finished: null },
      // Neither: finished before the window, or never started.
      {
        type: 'TASK',
        assignee: people[0]!,
        labels: [],
        created: daysAgo(80),
        started: daysAgo(70),
        finished: daysAgo(60),
      },
      { type: 'BUG', assignee: people[1]!, labels: [labels[0]!], created: daysAgo(4), started: null, finished: null },
    ];
    for (const [i, item] of items.entries()) {
      await querySql(
        analytics,
        `INSERT INTO analytics.item_fact (id, project_id, organization_id, key, title, type, state_id, state_category,
           assignee_id, reporter_id, label_ids, created_at, started_at, finished_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::uuid[], $12, $13, $14, 1)`,
        [
          randomUUID(),
          projectId,
          rawId(team.organizationId),
          `${team.project.key}-${i + 1}`,
          `Item ${i + 1}`,
          item.type,
          randomUUID(),
          item.finished ? 'DONE' : item.started ? 'IN_PROGRESS' : 'TODO',
          item.assignee,
          rawId(team.member.userId),
          item.labels,
          item.created,
          item.started,
          item.finished,
        ],
      );
    }
    await querySql(analytics, 'INSERT INTO analytics.team_project (team_id, project_id) VALUES ($1, $2)', [
      teamId,
      projectId,
    ]);
  });

  const groupsOf = async (by: string, filter: Record<string, unknown> | null) => {
    const representations = [{ __typename: 'Project', id: team.project.id }];
    const res = await analytics.execute(team.member, groupsQuery, { representations, window, filter, by });
    return dataOf(res)._entities[0].flowMetrics.groups;
  };

  it.each(['ASSIGNEE', 'TYPE', 'LABEL', 'TEAM'])(
    'counts whole projects by %s in SQL with the same figures and items per bucket as the items one by one',
    async (by) => {
      const whole = await groupsOf(by, null);
      expect(await groupsOf(by, { types: ['EPIC', 'STORY', 'TASK', 'BUG', 'SUBTASK'] })).toEqual(whole);
      expect(whole.length).toBeGreaterThan(0);
    },
  );

  it('puts each item in its assignee group, unassigned ones in none, with its cycle time bucket listing it', async () => {
    const groups = await groupsOf('ASSIGNEE', null);
    const byKey = new Map(groups.map((group: { key: string }) => [group.key, group]));
    const none = byKey.get('none') as { throughput: number; wip: number; cycleTime: { p50: number } };
    expect([none.throughput, none.wip, none.cycleTime.p50]).toEqual([1, 1, 2]);
    const totals = groups.map((group: { throughput: number; wip: number }) => group.throughput + group.wip);
    expect(totals.reduce((sum: number, n: number) => sum + n, 0)).toBe(6);
    for (const group of groups) {
      for (const drill of group.cycleTime.histogram) expect(drill.workItems.totalCount).toBe(drill.count);
      for (const drill of group.cycleTime.histogram) expect(drill.workItems.edges).toHaveLength(drill.count);
    }
  });

  it('counts an item once in each of its labels and the unlabelled in none', async () => {
    const groups = await groupsOf('LABEL', null);
    const counts = Object.fromEntries(
      groups.map((group: { key: string; throughput: number; wip: number }) => [
        group.key,
        [group.throughput, group.wip],
      ]),
    );
    expect(Object.values(counts).sort()).toEqual([
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
    expect(counts.none).toEqual([1, 1]);
  });
});
