import { randomUUID } from 'node:crypto';
import { memoryEpochs, unknownEpochs, type Epochs } from '../../lib/cache/epochs';
import { accessEpochKey } from '../../lib/cache/project-access-cache';
import type { StreamEvent } from '../../lib/events/bus';
import type { ProjectUserKey } from '../../lib/server/project-access-loader';
import { activityArguments, createActivityVisibility } from './activity-access';
import { toGlobalId } from '../../lib/ids';

const organizationId = 'org-1';

const event = (projectId: string | null, organization = organizationId) =>
  ({
    stream: 'work-items',
    entryId: '1-0',
    envelope: { id: 'e', type: 'work_item.created', organizationId: organization, projectId },
  }) as unknown as StreamEvent;

/** Visibility over a projects service whose roles and team attachments the test sets, counting its calls. */
function setUp(epochs: Epochs = memoryEpochs()) {
  const roles = new Map<string, string>();
  const teams = new Map<string, string[]>();
  const calls = { access: [] as ProjectUserKey[][], teams: 0 };
  let failing = false;
  const visibility = createActivityVisibility({
    epochs,
    readAccess: async (keys) => {
      calls.access.push([...keys]);
      if (failing) throw new Error('projects is down');
      return keys.map((key) => {
        const role = roles.get(`${key.projectId}:${key.userId}`);
        return { projectKey: 'K', organizationId, role: (role ?? null) as 'VIEWER' | null, archived: false };
      });
    },
    teamProjectIds: async (teamId) => {
      calls.teams += 1;
      if (failing) throw new Error('projects is down');
      return teams.get(teamId) ?? [];
    },
  });
  const scope = (teamId: string | null = null) => ({ organizationId, teamId });
  return { visibility, roles, teams, calls, scope, epochs, fail: (value: boolean) => (failing = value) };
}

describe('activity visibility', () => {
  it('lets an event through only when the subscriber reads its project', async () => {
    const { visibility, roles, scope } = setUp();
    roles.set('p1:u1', 'VIEWER');
    expect(await visibility.visible(event('p1'), 'u1', scope())).toBe(true);
    expect(await visibility.visible(event('p2'), 'u1', scope())).toBe(false);
    expect(await visibility.visible(event('p1'), 'u2', scope())).toBe(false);
  });

  it('never lets through an event of another organization or of no project', async () => {
    const { visibility, roles, scope, calls } = setUp();
    roles.set('p1:u1', 'VIEWER');
    expect(await visibility.visible(event('p1', 'org-2'), 'u1', scope())).toBe(false);
    expect(await visibility.visible(event(null), 'u1', scope())).toBe(false);
    expect(calls.access).toEqual([]);
  });

  it('asks once for every subscriber receiving one event, and not again until the access epoch moves', async () => {
    const { visibility, roles, scope, calls, epochs } = setUp();
    roles.set('p1:u1', 'VIEWER');
    const everyone = () =>
      Promise.all(['u1', 'u2', 'u3'].map((user) => visibility.visible(event('p1'), user, scope())));
    // The first answer about a project teaches the cache its organization; answers are kept from the next on.
    await everyone();
    expect(calls.access).toHaveLength(1);
    expect(calls.access[0]).toHaveLength(3);
    expect(await everyone()).toEqual([true, false, false]);
    expect(await everyone()).toEqual([true, false, false]);
    expect(calls.access).toHaveLength(2);

    roles.delete('p1:u1');
    await epochs.bump(accessEpochKey(organizationId));
    expect(await visibility.visible(event('p1'), 'u1', scope())).toBe(false);
    expect(calls.access).toHaveLength(3);
  });

  it('asks once for a pair that many events of one batch share', async () => {
    const { visibility, roles, scope, calls } = setUp();
    roles.set('p1:u1', 'VIEWER');
    const verdicts = await Promise.all(
      ['p1', 'p1', 'p2', 'p1'].map((project) => visibility.visible(event(project), 'u1', scope())),
    );
    expect(verdicts).toEqual([true, true, false, true]);
    expect(calls.access).toEqual([
      [expect.objectContaining({ projectId: 'p1' }), expect.objectContaining({ projectId: 'p2' })],
    ]);
  });

  it('asks every time when no epoch is known, so a removed member is never let through from a stale answer', async () => {
    const { visibility, roles, scope, calls } = setUp(unknownEpochs);
    roles.set('p1:u1', 'VIEWER');
    expect(await visibility.visible(event('p1'), 'u1', scope())).toBe(true);
    roles.delete('p1:u1');
    expect(await visibility.visible(event('p1'), 'u1', scope())).toBe(false);
    expect(calls.access).toHaveLength(2);
  });

  it('keeps a team subscriber to the projects the team has a role in, learning of attachments from the epoch', async () => {
    const { visibility, roles, teams, scope, calls, epochs } = setUp();
    roles.set('p1:u1', 'VIEWER');
    roles.set('p2:u1', 'VIEWER');
    teams.set('t1', ['p1']);
    expect(await visibility.visible(event('p1'), 'u1', scope('t1'))).toBe(true);
    expect(await visibility.visible(event('p2'), 'u1', scope('t1'))).toBe(false);
    expect(calls.teams).toBe(1);

    teams.set('t1', ['p1', 'p2']);
    await epochs.bump(accessEpochKey(organizationId));
    expect(await visibility.visible(event('p2'), 'u1', scope('t1'))).toBe(true);
    expect(calls.teams).toBe(2);
  });

  it('looks at a team’s projects once for every follower of the team receiving one event', async () => {
    const memory = memoryEpochs();
    let epochReads = 0;
    const counted: Epochs = { read: (keys) => ((epochReads += 1), memory.read(keys)), bump: memory.bump };
    const { visibility, roles, teams, scope, calls } = setUp(counted);
    teams.set('t1', ['p1']);
    for (const user of ['u1', 'u2', 'u3']) roles.set(`p1:${user}`, 'VIEWER');
    const shared = event('p1');
    const verdicts = await Promise.all(['u1', 'u2', 'u3'].map((user) => visibility.visible(shared, user, scope('t1'))));
    expect(verdicts).toEqual([true, true, true]);
    expect(calls.teams).toBe(1);
    // One read for the team's projects, one for the followers' batched access question.
    expect(epochReads).toBe(2);
  });

  it('rejects when the projects service cannot answer, and asks again on the next event', async () => {
    const { visibility, roles, teams, scope, fail } = setUp();
    roles.set('p1:u1', 'VIEWER');
    teams.set('t1', ['p1']);
    fail(true);
    await expect(visibility.visible(event('p1'), 'u1', scope())).rejects.toThrow('projects is down');
    await expect(visibility.visible(event('p1'), 'u1', scope('t1'))).rejects.toThrow('projects is down');
    fail(false);
    expect(await visibility.visible(event('p1'), 'u1', scope('t1'))).toBe(true);
  });
});

describe('activityArguments', () => {
  it('reads the organization or team ID each field takes, and nothing of another type', () => {
    const [o1, t1] = [randomUUID(), randomUUID()];
    const organization = toGlobalId('Organization', o1);
    const team = toGlobalId('Team', t1);
    expect(activityArguments('organizationActivity', { organizationId: organization })).toEqual({
      id: o1,
      type: 'Organization',
    });
    expect(activityArguments('teamActivity', { teamId: team })).toEqual({ id: t1, type: 'Team' });
    expect(activityArguments('teamActivity', { teamId: organization })).toBeNull();
    expect(activityArguments('organizationActivity', { organizationId: 'nonsense' })).toBeNull();
  });
});
