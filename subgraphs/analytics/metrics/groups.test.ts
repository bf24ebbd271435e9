import { groupFlowMetrics, groupsFromCounts } from './groups';
import { flowItem } from './test-items';

describe('groupFlowMetrics', () => {
  const window = { from: '2026-03-01', to: '2026-03-10' };

  it('puts the items of a project without a team in none, and counts an item once per distinct label', () => {
    const items = [
      flowItem('a', { startedAt: '2026-03-02T09:00Z' }, { projectId: 'p1', labelIds: ['l1', 'l1'] }),
      flowItem('b', { startedAt: '2026-03-02T09:00Z', finishedAt: '2026-03-03T09:00Z' }, { projectId: 'p2' }),
    ];
    const teamIdsByProject = new Map([
      ['p1', ['t1']],
      ['p2', []],
    ]);
    expect(
      groupFlowMetrics(items, window, 'TEAM', { teamIdsByProject }).map((g) => [g.key, g.throughput, g.wip]),
    ).toEqual([
      ['t1', 0, 1],
      ['none', 1, 0],
    ]);
    expect(groupFlowMetrics(items, window, 'LABEL').map((g) => [g.key, g.throughput, g.wip])).toEqual([
      ['l1', 0, 1],
      ['none', 1, 0],
    ]);
    expect(groupFlowMetrics(items, window, 'TEAM').map((g) => g.key)).toEqual(['none']);
  });

  it('has no group for a population with nothing finished or in progress', () => {
    expect(groupFlowMetrics([flowItem('a', {})], window, 'ASSIGNEE')).toEqual([]);
  });

  it('builds the groups from counts per key, none last, throughput being the items finished', () => {
    const groups = groupsFromCounts([
      { key: 'none', measure: 'WIP', days: 0, count: 2 },
      { key: 'u2', measure: 'LEAD', days: 5, count: 2 },
      { key: 'u2', measure: 'CYCLE', days: 3, count: 2 },
      { key: 'u1', measure: 'LEAD', days: 4, count: 1 },
      { key: 'u1', measure: 'LEAD', days: 2, count: 1 },
      { key: 'u1', measure: 'CYCLE', days: 1, count: 2 },
      { key: 'u1', measure: 'WIP', days: 0, count: 3 },
    ]);
    expect(groups.map((g) => [g.key, g.throughput, g.wip, g.leadTime.mean, g.cycleTime.p85])).toEqual([
      ['u1', 2, 3, 3, 1],
      ['u2', 2, 0, 5, 3],
      ['none', 0, 2, null, null],
    ]);
  });
});
