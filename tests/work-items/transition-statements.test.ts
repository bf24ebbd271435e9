import { transitionWorkItem } from '../../subgraphs/work-items/data/transition-work-item';
import { PrismaClient } from '../../subgraphs/work-items/generated/prisma/client';
import {
  createWorkItem,
  querySql,
  rawId,
  seedProjectTeam,
  useTestStack,
  workflowStates,
  type ProjectTeam,
} from '../testkit';
import { useRecordedClient } from '../testkit/statement-recorder';

const stack = useTestStack();

/** This file's own work-items client, whose statements the tests count. */
const recorded = useRecordedClient(stack, PrismaClient, 'work_items');

/** Moves the item to the state as the project's admin, through this file's client. */
const transitionAsAdmin = (team: ProjectTeam, id: string, toStateId: string) =>
  recorded.client.$transaction((tx) =>
    transitionWorkItem(tx, { userId: rawId(team.admin.userId), at: new Date() }, { id, toStateId, role: 'ADMIN' }),
  );

/** A project whose "In progress" column holds `count` items, and one more item in Backlog. */
async function columnWithItems(count: number) {
  const team = await seedProjectTeam(stack);
  const states = await workflowStates(stack, team.admin.token, team.project.id);
  const stateId = (name: string) => rawId(states.find((state) => state.name === name)!.id);
  const inProgress = stateId('In progress');
  for (let i = 0; i < count; i++) {
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id });
    await transitionAsAdmin(team, rawId(item.id), inProgress);
  }
  const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id });
  return { team, item: rawId(item.id), inProgress };
}

const ranksOf = async (stateId: string) =>
  (
    await querySql<{ rank: string }>(
      stack,
      'SELECT rank FROM work_items.work_item WHERE state_id = $1 ORDER BY rank COLLATE "C"',
      [stateId],
    )
  ).map((row) => row.rank);

describe('transitioning an item', () => {
  test('takes nine statements however full the target column is, one of them reading both states, the transition and the column end', async () => {
    const statementsInto = async (count: number) => {
      const { team, item, inProgress } = await columnWithItems(count);
      recorded.statements.length = 0;
      const moved = await transitionAsAdmin(team, item, inProgress);
      expect(moved.stateId).toBe(inProgress);
      return [...recorded.statements];
    };
    const intoEmpty = await statementsInto(0);
    const intoFull = await statementsInto(4);
    expect(intoEmpty).toHaveLength(9);
    expect(intoFull).toHaveLength(9);
    expect(intoFull.filter((text) => /FROM "?work_items"?\."?workflow_(state|transition)/.test(text))).toHaveLength(1);
  });

  test('puts the item after every item already in the target column', async () => {
    const { team, item, inProgress } = await columnWithItems(3);
    const before = await ranksOf(inProgress);
    const moved = await transitionAsAdmin(team, item, inProgress);
    expect(before).toHaveLength(3);
    expect(await ranksOf(inProgress)).toEqual([...before, moved.rank]);
  });
});
