import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type GraphQLObjectType } from 'graphql';
import type { Client } from 'graphql-ws';
import { callerDependentFields, selectsCallerDependent } from '../../router/subscriptions/caller-dependent';
import { apiSchema } from '../node/support';
import { generatedSelection, pageArgumentsOf } from '../testkit/selections';
import {
  addProjectMember,
  connectSubscriptions,
  createWorkItem,
  dataOf,
  graphql,
  nextMatching,
  removeProjectMember,
  runMutation,
  seedItemReadersSeeDifferently,
  seedProjectTeam,
  subscribe,
  useTestStack,
  type LiveSubscription,
  type ProjectTeam,
  type TestUser,
} from '../testkit';

const stack = useTestStack();
const schema = apiSchema();
const marked = callerDependentFields(readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8'));

const changesOf = (selection: string) => `
  subscription ($projectId: ID!) {
    workItemChanged(projectId: $projectId) {
      kind
      workItemId
      workItem { ${selection} }
    }
  }
`;

/** Selections of a work item, some caller-dependent (their answer is each subscriber's own). */
const selections = {
  shared: [
    'title key priority version',
    'assignee { name } reporter { name } state { name category }',
    'labels { name } project { key name } comments(first: 5) { edges { node { body author { name } } } }',
  ],
  personal: [
    'title project { key viewerRole }',
    'key relations { type workItem { key title } } isBlocked',
    'title viewerIsWatching project { viewerPermissions { canWrite } }',
  ],
};

/**
 * Documents drawn from the schema: four fields of the work item each, two object levels deep. A
 * fixed seed keeps CI repeatable; SHARED_ANSWERS_SEED=<n> draws others.
 */
const seed = Number(process.env.SHARED_ANSWERS_SEED ?? 20261206);
const drawnSelections = (() => {
  const random = seededRandom(seed);
  const workItem = schema.getType('WorkItem') as GraphQLObjectType;
  // Answers that change with the clock alone, not with who asks or what changed.
  const clockBound = new Set(['timeInStates']);
  const fields = Object.values(workItem.getFields()).filter(
    (field) => pageArgumentsOf(field) !== null && !clockBound.has(field.name),
  );
  return Array.from({ length: 4 }, () => {
    const chosen = new Set(Array.from({ length: 4 }, () => fields[Math.floor(random() * fields.length)]!));
    return generatedSelection(workItem, { levels: 2, maxNesting: 5, pick: (field) => chosen.has(field) });
  });
})();

function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Reader = 'admin' | 'member' | 'viewer';
const readers: Reader[] = ['admin', 'member', 'viewer'];

describe('Live subscriptions sharing one answer per event among readers', () => {
  let team: ProjectTeam;
  let item: { id: string };
  // One connection per user, as a browser tab holds; each subscription is an operation on it.
  const clients = new Map<string, Promise<Client>>();
  const connect = (user: TestUser) => {
    let client = clients.get(user.token);
    if (!client) clients.set(user.token, (client = connectSubscriptions(stack.routerUrl, user.token)));
    return client;
  };
  const ofItem = (id: string, kind?: string) => (event: Record<string, unknown>) =>
    event.workItemId === id && (!kind || event.kind === kind);
  const until = async (condition: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  /** Subscribes and waits until the router has registered every subscription. */
  const subscribeAll = async (pairs: { user: TestUser; selection: string }[]) => {
    const before = stack.activeSubscriptions();
    const lives = await Promise.all(
      pairs.map(async ({ user, selection }) =>
        subscribe(await connect(user), changesOf(selection), { projectId: team.project.id }),
      ),
    );
    const failures: unknown[] = [];
    lives.forEach((live) => live.ended.catch((error: unknown) => failures.push(error)));
    await until(
      () => stack.activeSubscriptions() >= before + pairs.length || failures.length > 0,
      'the subscriptions to register',
    );
    expect(failures).toEqual([]);
    return lives;
  };
  /** Ends the subscriptions and waits until the router has let them go, so the next count starts clean. */
  const disposeAll = async (lives: LiveSubscription[]) => {
    const before = stack.activeSubscriptions();
    lives.forEach((live) => live.dispose());
    await until(() => stack.activeSubscriptions() <= before - lives.length, 'the subscriptions to end');
  };
  /** Changes the item and returns, for each subscription, the event it received about that change. */
  const changeAndReceive = async (lives: LiveSubscription[], title: string) => {
    const { workItem } = await graphql<{ workItem: { version: number } }>(
      stack.routerUrl,
      'query ($id: ID!) { workItem(id: $id) { version } }',
      { id: item.id },
      { token: team.admin.token },
    ).then(dataOf);
    await runMutation(stack, team.member.token, 'updateWorkItem', 'UpdateWorkItemInput', {
      id: item.id,
      expectedVersion: workItem.version,
      title,
    });
    return Promise.all(
      lives.map(async (live) => {
        for (;;) {
          const event = await nextMatching(live, 'workItemChanged', ofItem(item.id, 'UPDATED'));
          if (
            (event.workItem as { title?: string } | null)?.title === title ||
            !('title' in ((event.workItem ?? {}) as object))
          ) {
            return event;
          }
        }
      }),
    );
  };
  /** Waits until every subscription has received a change of the item, so nothing earlier is still in flight. */
  const settle = async (lives: LiveSubscription[], title: string) => changeAndReceive(lives, title);

  beforeAll(async () => {
    ({ team, item } = await seedItemReadersSeeDifferently(stack, 'Shared card'));
  });
  afterAll(async () => {
    await Promise.all([...clients.values()].map(async (client) => (await client).dispose()));
  });

  it('computes one answer per change for every reader subscribed with the same operation', async () => {
    const lives = await subscribeAll(
      readers.map((reader) => ({ user: team[reader], selection: selections.shared[1]! })),
    );
    await settle(lives, 'Shared card, settled');
    const before = stack.subscriptionExecutions();
    const events = await changeAndReceive(lives, 'Shared card, renamed');
    expect(stack.subscriptionExecutions() - before).toBe(1);
    expect(events[0]!.workItem).toEqual({
      assignee: { name: 'Mo Member' },
      reporter: { name: 'Mo Member' },
      state: { name: expect.any(String), category: expect.any(String) },
    });
    expect(events[1]).toEqual(events[0]);
    expect(events[2]).toEqual(events[0]);
    await disposeAll(lives);
  });

  it('resolves a selection with a caller-dependent field for each subscriber', async () => {
    const lives = await subscribeAll(
      readers.map((reader) => ({ user: team[reader], selection: selections.personal[0]! })),
    );
    await settle(lives, 'Shared card, settled again');
    const before = stack.subscriptionExecutions();
    const events = await changeAndReceive(lives, 'Shared card, renamed again');
    expect(stack.subscriptionExecutions() - before).toBe(3);
    expect(events.map((event) => (event.workItem as { project: { viewerRole: string } }).project.viewerRole)).toEqual([
      'ADMIN',
      'MEMBER',
      'VIEWER',
    ]);
    await disposeAll(lives);
  });

  it('delivers to each subscriber exactly what the same selection answers them over HTTP, whatever their role', async () => {
    const all = [...selections.shared, ...selections.personal, ...drawnSelections];
    const personal = all.filter((selection) => selectsCallerDependent(schema, parse(changesOf(selection)), marked));
    const pairs = readers.flatMap((reader) => all.map((selection) => ({ reader, selection })));
    const lives = await subscribeAll(pairs.map(({ reader, selection }) => ({ user: team[reader], selection })));
    await settle(lives, 'Shared card, before the comparison');
    for (const title of ['Shared card, compared', 'Shared card, compared again']) {
      const before = stack.subscriptionExecutions();
      const events = await changeAndReceive(lives, title);
      // One answer per shared selection, one per reader for each personal one.
      expect(stack.subscriptionExecutions() - before).toBe(all.length - personal.length + 3 * personal.length);
      const expected = await Promise.all(
        pairs.map(({ reader, selection }) =>
          graphql(
            stack.routerUrl,
            `query ($id: ID!) { workItem(id: $id) { ${selection} } }`,
            { id: item.id },
            {
              token: team[reader].token,
            },
          ).then((res) => (dataOf(res) as { workItem: unknown }).workItem),
        ),
      );
      expect(events.map((event) => event.workItem)).toEqual(expected);
    }
    // The readers' answers really differ where the selection is caller-dependent.
    const relationsOf = async (reader: Reader) =>
      graphql(
        stack.routerUrl,
        'query ($id: ID!) { workItem(id: $id) { relations { type } } }',
        { id: item.id },
        {
          token: team[reader].token,
        },
      ).then((res) => (dataOf(res) as { workItem: { relations: unknown[] } }).workItem.relations.length);
    expect(await relationsOf('admin')).toBe(1);
    expect(await relationsOf('member')).toBe(0);
    await disposeAll(lives);
  });

  it('stops delivering to a member removed from the project while the rest of their group goes on', async () => {
    const own = await seedProjectTeam(stack);
    await addProjectMember(stack, own.admin.token, own.project.id, own.outsider.userId, 'MEMBER');
    const selection = selections.shared[1]!;
    const before = stack.activeSubscriptions();
    const [staying, leaving] = await Promise.all(
      [own.viewer, own.outsider].map(async (user) =>
        subscribe(await connect(user), changesOf(selection), { projectId: own.project.id }),
      ),
    );
    await until(() => stack.activeSubscriptions() >= before + 2, 'the subscriptions to register');
    const first = await createWorkItem(stack, own.member.token, { projectId: own.project.id, title: 'Seen by both' });
    for (const live of [staying!, leaving!]) {
      expect(await nextMatching(live, 'workItemChanged', ofItem(first.id))).toMatchObject({ kind: 'CREATED' });
    }
    await removeProjectMember(stack, own.admin.token, own.project.id, own.outsider.userId);
    await expect(leaving!.ended).resolves.toBeUndefined();
    const second = await createWorkItem(stack, own.member.token, {
      projectId: own.project.id,
      title: 'Seen by the one who stayed',
      assigneeId: own.member.userId,
    });
    expect(await nextMatching(staying!, 'workItemChanged', ofItem(second.id))).toMatchObject({
      kind: 'CREATED',
      workItem: { assignee: { name: 'Mo Member' } },
    });
    expect(leaving!.results.some((result) => JSON.stringify(result).includes(second.id))).toBe(false);
    staying!.dispose();
  });
});
