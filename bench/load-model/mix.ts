import { toGlobalId } from '../../lib/ids';
import { boardQuery } from '../work-items';
import type { LoadFixture } from './seed-api';
import { membershipsOf } from './seed-api';

export interface OwnItem {
  id: string;
  version: number;
  state: number;
  busy: boolean;
}

/** One virtual user: its token, its home project (where it writes) and the items assigned to it there. */
export interface VirtualUser {
  index: number;
  token: string;
  home: number;
  readable: number[];
  own: OwnItem[];
}

export interface Request {
  body: string;
  token: string;
  /** Called with the answer's data; false means the answer was wrong. */
  check(data: unknown): boolean;
  done?(ok: boolean): void;
}

export interface Operation {
  name: string;
  weight: number;
  crud: boolean;
  make(user: VirtualUser, world: World): Request | null;
}

export interface World {
  fixture: LoadFixture;
  /** A sample of item ids per project, to open and comment on. */
  sample: string[][];
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const body = (query: string, variables: object) => JSON.stringify({ query, variables });
type Data = Record<string, unknown> | null | undefined;
const at = (data: unknown, ...path: string[]) =>
  path.reduce<unknown>((node, key) => (node as Data)?.[key] ?? undefined, data);

const itemQuery = `query Item($id: ID!) {
  workItem(id: $id) {
    key title description type priority estimate version createdAt
    state { name category } assignee { name } reporter { name } labels { name color } project { key name }
    comments(first: 20) { totalCount edges { node { body createdAt author { name } } } }
    history(first: 20) { edges { node { field oldValue newValue createdAt actor { name } } } }
  }
}`;

const inboxQuery = `query Inbox {
  unreadNotificationCount
  notifications(first: 20) {
    totalCount
    edges { node { id type summary createdAt readAt actor { name } workItem { key title } } }
  }
}`;

const sprintQuery = `query SprintPage($id: ID!) {
  project(id: $id) {
    activeSprint { name state committedPoints completedPoints remainingPoints
      burndown { date remainingPoints idealRemainingPoints } }
  }
}`;

const itemResult = 'workItem { id version state { id } }';
const createMutation = `mutation Create($i: CreateWorkItemInput!) { createWorkItem(input: $i) { ${itemResult} } }`;
const updateMutation = `mutation Update($i: UpdateWorkItemInput!) { updateWorkItem(input: $i) { ${itemResult} } }`;
const transitionMutation = `mutation Transition($i: TransitionWorkItemInput!) {
  transitionWorkItem(input: $i) { ${itemResult} }
}`;
const moveMutation = `mutation Move($i: MoveWorkItemInput!) { moveWorkItem(input: $i) { ${itemResult} } }`;
const commentMutation = `mutation Comment($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }`;

type ItemResult = { id: string; version: number; state: { id: string } };

/** A write on one of the user's own items, which no other request touches meanwhile. */
function onOwnItem(
  user: VirtualUser,
  world: World,
  field: string,
  build: (item: OwnItem) => { query: string; input: object },
): Request | null {
  const free = user.own.filter((item) => !item.busy);
  if (!free.length) return null;
  const item = pick(free);
  item.busy = true;
  const { query, input } = build(item);
  let result: ItemResult | undefined;
  const states = world.fixture.projects[user.home]!.states;
  return {
    body: body(query, { i: input }),
    token: user.token,
    check: (data) => Boolean((result = at(data, field, 'workItem') as ItemResult | undefined)?.version),
    done: (ok) => {
      item.busy = false;
      if (ok && result) {
        item.version = result.version;
        item.state = states.findIndex((s) => s.id === result!.state.id);
      } else user.own.splice(user.own.indexOf(item), 1);
    },
  };
}

/** What clients do, by weight: reads dominate (80 of 100), writes are the user's own items. */
export const operations: Operation[] = [
  {
    name: 'open board',
    weight: 20,
    crud: false,
    make: (user, world) => ({
      body: body(boardQuery, { id: world.fixture.projects[pick(user.readable)]!.id }),
      token: user.token,
      check: (data) => ((at(data, 'project', 'board', 'columns') as unknown[] | undefined)?.length ?? 0) > 0,
    }),
  },
  {
    name: 'open item',
    weight: 35,
    crud: false,
    make: (user, world) => ({
      body: body(itemQuery, { id: pick(world.sample[pick(user.readable)]!) }),
      token: user.token,
      check: (data) => Boolean(at(data, 'workItem', 'key')),
    }),
  },
  {
    name: 'my notifications',
    weight: 20,
    crud: false,
    make: (user) => ({
      body: body(inboxQuery, {}),
      token: user.token,
      check: (data) => Array.isArray(at(data, 'notifications', 'edges')),
    }),
  },
  {
    name: 'sprint page',
    weight: 5,
    crud: false,
    make: (user, world) => ({
      body: body(sprintQuery, { id: world.fixture.projects[pick(user.readable)]!.id }),
      token: user.token,
      check: (data) => Boolean(at(data, 'project', 'activeSprint', 'name')),
    }),
  },
  {
    name: 'create item',
    weight: 4,
    crud: true,
    make: (user, world) => {
      let result: ItemResult | undefined;
      const project = world.fixture.projects[user.home]!;
      return {
        body: body(createMutation, {
          i: {
            projectId: project.id,
            type: 'TASK',
            title: `Load-made item by user ${user.index}`,
            assigneeId: world.fixture.users[user.index]!.id,
            priority: 'MEDIUM',
            estimate: 3,
          },
        }),
        token: user.token,
        check: (data) => Boolean((result = at(data, 'createWorkItem', 'workItem') as ItemResult | undefined)?.id),
        done: (ok) => {
          if (ok && result) user.own.push({ id: result.id, version: result.version, state: 0, busy: false });
        },
      };
    },
  },
  {
    name: 'update item',
    weight: 5,
    crud: true,
    make: (user, world) =>
      onOwnItem(user, world, 'updateWorkItem', (item) => ({
        query: updateMutation,
        input: {
          id: item.id,
          expectedVersion: item.version,
          title: `Updated by user ${user.index} at v${item.version}`,
          priority: pick(['LOW', 'MEDIUM', 'HIGH']),
        },
      })),
  },
  {
    name: 'transition item',
    weight: 4,
    crud: true,
    make: (user, world) => {
      const states = world.fixture.projects[user.home]!.states;
      // Across the open states (not Done or Canceled), so items stay on the working board.
      return onOwnItem(user, world, 'transitionWorkItem', (item) => ({
        query: transitionMutation,
        input: { id: item.id, toStateId: states[(item.state + 1) % 4]!.id },
      }));
    },
  },
  {
    name: 'comment',
    weight: 4,
    crud: true,
    make: (user, world) => ({
      body: body(commentMutation, {
        i: { workItemId: pick(world.sample[user.home]!), body: `A comment from user ${user.index}.` },
      }),
      token: user.token,
      check: (data) => Boolean(at(data, 'addComment', 'comment', 'id')),
    }),
  },
  {
    name: 'move card',
    weight: 3,
    crud: false,
    make: (user, world) =>
      onOwnItem(user, world, 'moveWorkItem', (item) => {
        const neighbour = user.own.find((other) => other !== item && other.state === item.state && !other.busy);
        return { query: moveMutation, input: neighbour ? { id: item.id, beforeId: neighbour.id } : { id: item.id } };
      }),
  },
];

/** An operation drawn by weight. */
export function drawOperation(list: readonly Operation[] = operations): Operation {
  const total = list.reduce((sum, op) => sum + op.weight, 0);
  let ticket = Math.random() * total;
  for (const op of list) if ((ticket -= op.weight) < 0) return op;
  return list.at(-1)!;
}

/** Virtual users with their tokens and own items (`assigned`: raw ids, versions and state indexes per user). */
export function virtualUsers(
  fixture: LoadFixture,
  tokens: string[],
  assigned: { id: string; version: number; state: number }[][],
): VirtualUser[] {
  return fixture.users.map((_, index) => {
    const memberships = membershipsOf(index);
    return {
      index,
      token: tokens[index]!,
      home: memberships[0]![0],
      readable: memberships.map(([p]) => p),
      own: (assigned[index] ?? []).map((item) => ({
        id: toGlobalId('WorkItem', item.id),
        version: item.version,
        state: item.state,
        busy: false,
      })),
    };
  });
}
