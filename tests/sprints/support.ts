import type { AnyEventEnvelope } from '../../lib/events/envelope';
import {
  createWorkItem,
  dataOf,
  graphql,
  untilSprintsCaughtUp,
  type GraphQLResponse,
  type TestStack,
} from '../testkit';
import { outboxEventsOf } from '../testkit/outbox';

export { untilSprintsCaughtUp };

// Seed and action helpers for the sprint tests: each fails the test on any GraphQL error. IDs are
// global IDs; dates are `YYYY-MM-DD`.

export const sprintOps = {
  create: `mutation ($input: CreateSprintInput!) { createSprint(input: $input) { sprint { id } } }`,
  update: `mutation ($input: UpdateSprintInput!) { updateSprint(input: $input) { sprint { id name goal startDate endDate state } } }`,
  delete: `mutation ($input: DeleteSprintInput!) { deleteSprint(input: $input) { deletedSprintId project { id } } }`,
  start: `mutation ($input: StartSprintInput!) { startSprint(input: $input) { sprint { id state committedPoints committedItemCount } } }`,
  complete: `mutation ($input: CompleteSprintInput!) { completeSprint(input: $input) { sprint { id state } carriedOverTo { id } carriedOverItemCount } }`,
  add: `mutation ($input: AddWorkItemsToSprintInput!) { addWorkItemsToSprint(input: $input) { sprint { id } addedWorkItems { id } } }`,
  remove: `mutation ($input: RemoveWorkItemsFromSprintInput!) { removeWorkItemsFromSprint(input: $input) { sprint { id } removedWorkItemIds } }`,
  capacity: `mutation ($input: SetSprintCapacityInput!) { setSprintCapacity(input: $input) { sprint { id } } }`,
};

/** One operation through the router as the token's user. */
export function runAs(
  stack: TestStack,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
): Promise<GraphQLResponse<any>> {
  return graphql(stack.routerUrl, query, variables, { token });
}

export interface SprintInput {
  name?: string;
  goal?: string;
  startDate?: string;
  endDate?: string;
}

/** Plans a sprint (by default `Sprint 1`, 2030-03-04 to 2030-03-15) and returns its ID. */
export async function createSprint(
  stack: TestStack,
  token: string,
  projectId: string,
  input: SprintInput = {},
): Promise<string> {
  const res = await runAs(stack, token, sprintOps.create, {
    input: { projectId, name: 'Sprint 1', startDate: '2030-03-04', endDate: '2030-03-15', ...input },
  });
  return dataOf(res).createSprint.sprint.id as string;
}

/** Adds items to a sprint and returns the IDs of those added. */
export async function addItemsToSprint(
  stack: TestStack,
  token: string,
  sprintId: string,
  workItemIds: string[],
): Promise<string[]> {
  const res = await runAs(stack, token, sprintOps.add, { input: { sprintId, workItemIds } });
  return (dataOf(res).addWorkItemsToSprint.addedWorkItems as { id: string }[]).map((item) => item.id);
}

/** Removes items from a sprint and returns the IDs of those removed. */
export async function removeItemsFromSprint(
  stack: TestStack,
  token: string,
  sprintId: string,
  workItemIds: string[],
): Promise<string[]> {
  const res = await runAs(stack, token, sprintOps.remove, { input: { sprintId, workItemIds } });
  return dataOf(res).removeWorkItemsFromSprint.removedWorkItemIds as string[];
}

export async function startSprint(
  stack: TestStack,
  token: string,
  sprintId: string,
): Promise<{ committedPoints: number; committedItemCount: number }> {
  const res = await runAs(stack, token, sprintOps.start, { input: { id: sprintId } });
  return dataOf(res).startSprint.sprint;
}

export async function completeSprint(
  stack: TestStack,
  token: string,
  sprintId: string,
  carryOverTo?: string,
): Promise<{ carriedOverItemCount: number; carriedOverTo: { id: string } | null }> {
  const res = await runAs(stack, token, sprintOps.complete, { input: { id: sprintId, carryOverTo } });
  return dataOf(res).completeSprint;
}

export interface CapacityInput {
  userId: string;
  pointsPerDay: number;
  focusFactor?: number;
  daysOff?: string[];
}

export async function setSprintCapacity(
  stack: TestStack,
  token: string,
  sprintId: string,
  members: CapacityInput[],
): Promise<void> {
  dataOf(await runAs(stack, token, sprintOps.capacity, { input: { sprintId, members } }));
}

/** Creates one TASK per estimate (null: unestimated), in order, and waits until the sprints read model has them. */
export async function createItems(
  stack: TestStack,
  token: string,
  projectId: string,
  estimates: (number | null)[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, estimate] of estimates.entries()) {
    ids.push((await createWorkItem(stack, token, { projectId, title: `Task ${i + 1}`, estimate })).id);
  }
  await untilSprintsCaughtUp(stack);
  return ids;
}

async function itemVersionAndStates(stack: TestStack, token: string, workItemId: string) {
  const res = await runAs(
    stack,
    token,
    `query ($id: ID!) { workItem(id: $id) { version project { workflow { states { id name } } } } }`,
    { id: workItemId },
  );
  const item = dataOf(res).workItem as {
    version: number;
    project: { workflow: { states: { id: string; name: string }[] } };
  };
  return { version: item.version, states: item.project.workflow.states };
}

/** Changes an item's fields at its current version. */
export async function updateItem(
  stack: TestStack,
  token: string,
  workItemId: string,
  changes: Record<string, unknown>,
): Promise<void> {
  const { version } = await itemVersionAndStates(stack, token, workItemId);
  const res = await runAs(
    stack,
    token,
    `mutation ($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id } } }`,
    { input: { id: workItemId, expectedVersion: version, ...changes } },
  );
  dataOf(res);
}

/** Sets an item's estimate (null clears it). Call untilSprintsCaughtUp before relying on it in sprint figures. */
export const estimateItem = (stack: TestStack, token: string, workItemId: string, estimate: number | null) =>
  updateItem(stack, token, workItemId, { estimate });

/** The default workflow's state names. */
export type StateName = 'Backlog' | 'To do' | 'In progress' | 'In review' | 'Done' | 'Canceled';

/** Moves an item to a state of the default workflow by name. Call untilSprintsCaughtUp before relying on it. */
export async function transitionItem(
  stack: TestStack,
  token: string,
  workItemId: string,
  stateName: StateName,
): Promise<void> {
  const { states } = await itemVersionAndStates(stack, token, workItemId);
  const state = states.find((candidate) => candidate.name === stateName);
  if (!state) throw new Error(`The project has no state named ${stateName}`);
  const res = await runAs(
    stack,
    token,
    `mutation ($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { id } } }`,
    { input: { id: workItemId, toStateId: state.id } },
  );
  dataOf(res);
}

export async function archiveItem(stack: TestStack, token: string, workItemId: string): Promise<void> {
  const res = await runAs(
    stack,
    token,
    `mutation ($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }`,
    { input: { id: workItemId } },
  );
  dataOf(res);
}

/** The envelopes `action` wrote to the sprints outbox, oldest first. */
export function sprintEventsOf(stack: TestStack, action: () => Promise<unknown>): Promise<AnyEventEnvelope[]> {
  return outboxEventsOf(stack, 'sprints', action);
}
