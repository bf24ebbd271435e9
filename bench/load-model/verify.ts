import { boardQuery } from '../work-items';
import { gql } from '../support';
import type { LoadFixture } from './seed-api';

function expect(what: string, ok: boolean, seen: unknown): void {
  if (!ok) throw new Error(`The seeded data does not read back: ${what}; got ${JSON.stringify(seen).slice(0, 500)}`);
}

/**
 * Reads the seed back through the router as its users would, before anything is measured: a board
 * with every column full, an item with its comments and history, the active sprint, an inbox.
 */
export async function verifySeed(routerUrl: string, fixture: LoadFixture, tokens: string[], n: number) {
  const project = fixture.projects[1]!;
  const [reader, role] = project.members.find(([u, r]) => u !== 0 && r === 'VIEWER')!;
  type Board = { project: { board: { columns: { items: { totalCount: number; edges: unknown[] } }[] } } };
  const board = await gql<Board>(routerUrl, boardQuery, { id: project.id }, tokens[reader]);
  const columns = board.project.board.columns;
  // At least half of an even share: a kept database's earlier runs moved items between the open columns.
  expect(
    `a ${role}'s board of ${project.key} with six full columns`,
    columns.length === 6 &&
      columns.every((c) => c.items.totalCount >= Math.floor((n - 1) / 12) && c.items.edges.length > 0),
    columns.map((c) => c.items.totalCount),
  );
  type Item = {
    workItemByKey: {
      key: string;
      comments: { totalCount: number; edges: { node: { author: { name: string } } }[] };
      history: { edges: { node: { field: string } }[] };
    };
  };
  const item = await gql<Item>(
    routerUrl,
    `query($key: String!) { workItemByKey(key: $key) { key
      comments(first: 5) { totalCount edges { node { author { name } } } }
      history(first: 5) { edges { node { field } } } } }`,
    { key: `${project.key}-20` },
    tokens[reader],
  );
  const read = item.workItemByKey;
  expect(
    'an item with three comments and created/state history',
    read.comments.totalCount === 3 && // Entries of one change share their time, so they come in id order.
      read.history.edges
        .map((e) => e.node.field)
        .sort()
        .join() === 'created,state,state',
    read,
  );
  type Sprint = { project: { activeSprint: { name: string; committedPoints: number } | null } };
  const sprint = await gql<Sprint>(
    routerUrl,
    'query($id: ID!) { project(id: $id) { activeSprint { name committedPoints } } }',
    { id: project.id },
    tokens[reader],
  );
  expect('an active sprint with committed points', (sprint.project.activeSprint?.committedPoints ?? 0) > 0, sprint);
  const assignee = project.members.find(([, r]) => r !== 'VIEWER' && r !== 'ADMIN')![0];
  // The newest entries are the memberships and sprint starts the seed made through the router.
  type Inbox = { notifications: { totalCount: number; edges: { node: { summary: string; workItem: unknown } }[] } };
  const inbox = await gql<Inbox>(
    routerUrl,
    'query { notifications(first: 20) { totalCount edges { node { summary workItem { key } } } } }',
    {},
    tokens[assignee],
  );
  expect(
    'an inbox with notifications about seeded items',
    inbox.notifications.totalCount > 0 && inbox.notifications.edges.some((e) => e.node.workItem),
    inbox,
  );
  console.log(
    `verified through the router: board of ${project.key} (${columns.map((c) => c.items.totalCount).join('/')} cards), ` +
      `${read.key} with ${read.comments.totalCount} comments, sprint “${sprint.project.activeSprint!.name}”, ` +
      `an inbox of ${inbox.notifications.totalCount}`,
  );
}
