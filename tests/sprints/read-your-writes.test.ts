import {
  createOrganization,
  createProject,
  createWorkItem,
  dataOf,
  signUpUser,
  useTestStack,
  type TestUser,
} from '../testkit';
import { addItemsToSprint, createSprint, runAs, untilSprintsCaughtUp } from './support';

const stack = useTestStack();

// Rounds run one after another in each of several projects at once, as teams work side by side.
const lanes = 5;
const roundsPerLane = 10;

const completeWithFigures = `mutation ($input: CompleteSprintInput!) {
  completeSprint(input: $input) {
    carriedOverItemCount
    sprint { completedPoints completedItemCount remainingPoints workItems { edges { workItemId outcome } } }
  }
}`;
const startWithFigures = `mutation ($input: StartSprintInput!) {
  startSprint(input: $input) { sprint { committedPoints committedItemCount } }
}`;
const start = `mutation ($input: StartSprintInput!) { startSprint(input: $input) { sprint { id } } }`;
const complete = `mutation ($input: CompleteSprintInput!) { completeSprint(input: $input) { sprint { id } } }`;
const transition = `mutation ($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { id } } }`;
const reestimate = `mutation ($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id } } }`;
const velocityOf = `query ($id: ID!) {
  project(id: $id) { velocity(lastSprints: ${roundsPerLane}) { mean sprints { sprint { id } committedPoints completedPoints } } }
}`;
const statesOf = `query ($id: ID!) { project(id: $id) { workflow { states { id name } } } }`;

/** Monday to Friday of week `index` of 2031: a project's sprints never overlap. */
function weekOf(index: number): { startDate: string; endDate: string } {
  const start = Date.UTC(2031, 0, 6) + index * 7 * 86_400_000;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { startDate: day(start), endDate: day(start + 4 * 86_400_000) };
}

const indexes = (count: number) => Array.from({ length: count }, (_, index) => index);

interface Round {
  sprintId: string;
  /** Changed just before the sprint mutation. */
  changed: { id: string; version: number; estimate: number };
  /** Left alone: the figures are not simply all or nothing. */
  untouched: { id: string; estimate: number };
}

interface Lane {
  /** Each test has its own person (rate limits are per person) who owns every lane's project. */
  owner: TestUser;
  projectId: string;
  doneStateId: string;
  rounds: Round[];
}

/**
 * A project per lane, each with one planned sprint per round holding two estimated items of its own,
 * made in parallel; then the read model has caught up, so only the changes of the rounds can lag.
 */
async function planLanes(estimates: (round: number) => [number, number]): Promise<Lane[]> {
  const owner = await signUpUser(stack, { name: 'Rita Rounds' });
  const { token } = owner;
  const organization = await createOrganization(stack, token);
  const lanesPlanned = await Promise.all(
    indexes(lanes).map(async () => {
      const { id: projectId } = await createProject(stack, token, organization.id);
      const states = dataOf(await runAs(stack, token, statesOf, { id: projectId })).project.workflow.states as {
        id: string;
        name: string;
      }[];
      const rounds: Round[] = [];
      for (const round of indexes(roundsPerLane)) {
        const [changedEstimate, untouchedEstimate] = estimates(round);
        const [sprintId, changed, untouched] = await Promise.all([
          createSprint(stack, token, projectId, { name: `Round ${round + 1}`, ...weekOf(round) }),
          createWorkItem(stack, token, { projectId, title: `Changed ${round + 1}`, estimate: changedEstimate }),
          createWorkItem(stack, token, { projectId, title: `Untouched ${round + 1}`, estimate: untouchedEstimate }),
        ]);
        await addItemsToSprint(stack, token, sprintId, [changed.id, untouched.id]);
        rounds.push({
          sprintId,
          changed: { id: changed.id, version: changed.version, estimate: changedEstimate },
          untouched: { id: untouched.id, estimate: untouchedEstimate },
        });
      }
      return { owner, projectId, doneStateId: states.find((state) => state.name === 'Done')!.id, rounds };
    }),
  );
  await untilSprintsCaughtUp(stack);
  return lanesPlanned;
}

/** Every lane's project velocity once every event has reached the read model. */
async function velocitiesAfterCatchUp(planned: Lane[]) {
  await untilSprintsCaughtUp(stack);
  return Promise.all(
    planned.map(
      async ({ owner, projectId }) =>
        dataOf(await runAs(stack, owner.token, velocityOf, { id: projectId })).project.velocity,
    ),
  );
}

/** Runs a mutation as the lane's owner and fails the test on any error. */
const runIn = async (lane: Lane, query: string, input: Record<string, unknown>) =>
  dataOf(await runAs(stack, lane.owner.token, query, { input }));

const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;

describe('sprint figures of record see every change acknowledged before the mutation', () => {
  it(`counts an item done just before completeSprint as completed, in ${lanes * roundsPerLane} immediate rounds`, async () => {
    const planned = await planLanes((round) => [(round % 7) + 1, 2]);

    const observed = await Promise.all(
      planned.map(async (lane) => {
        const outcomes = [];
        for (const { sprintId, changed } of lane.rounds) {
          await runIn(lane, start, { id: sprintId });
          await runIn(lane, transition, { id: changed.id, toStateId: lane.doneStateId });
          outcomes.push((await runIn(lane, completeWithFigures, { id: sprintId })).completeSprint);
        }
        return outcomes;
      }),
    );

    expect(observed).toEqual(
      planned.map(({ rounds }) =>
        rounds.map(({ changed, untouched }) => ({
          carriedOverItemCount: 1,
          sprint: {
            completedPoints: changed.estimate,
            completedItemCount: 1,
            remainingPoints: untouched.estimate,
            workItems: {
              edges: [
                { workItemId: changed.id, outcome: 'COMPLETED' },
                { workItemId: untouched.id, outcome: 'CARRIED_OVER' },
              ],
            },
          },
        })),
      ),
    );
    expect(await velocitiesAfterCatchUp(planned)).toEqual(
      planned.map(({ rounds }) => ({
        mean: expect.closeTo(mean(rounds.map(({ changed }) => changed.estimate)), 10),
        sprints: rounds
          .map(({ sprintId, changed, untouched }) => ({
            sprint: { id: sprintId },
            committedPoints: changed.estimate + untouched.estimate,
            completedPoints: changed.estimate,
          }))
          .reverse(),
      })),
    );
  });

  it(`commits an estimate changed just before startSprint, in ${lanes * roundsPerLane} immediate rounds`, async () => {
    const planned = await planLanes(() => [1, 2]);
    const newEstimate = (round: number) => (round % 5) + 3;

    const observed = await Promise.all(
      planned.map(async (lane) => {
        const figures = [];
        for (const [round, { sprintId, changed }] of lane.rounds.entries()) {
          const input = { id: changed.id, expectedVersion: changed.version, estimate: newEstimate(round) };
          await runIn(lane, reestimate, input);
          figures.push((await runIn(lane, startWithFigures, { id: sprintId })).startSprint.sprint);
          // One active sprint per project: the next round starts the next one.
          await runIn(lane, complete, { id: sprintId });
        }
        return figures;
      }),
    );

    const committed = (round: number, untouched: { estimate: number }) => newEstimate(round) + untouched.estimate;
    expect(observed).toEqual(
      planned.map(({ rounds }) =>
        rounds.map(({ untouched }, round) => ({ committedPoints: committed(round, untouched), committedItemCount: 2 })),
      ),
    );
    expect(await velocitiesAfterCatchUp(planned)).toEqual(
      planned.map(({ rounds }) => ({
        mean: 0,
        sprints: rounds
          .map(({ sprintId, untouched }, round) => ({
            sprint: { id: sprintId },
            committedPoints: committed(round, untouched),
            completedPoints: 0,
          }))
          .reverse(),
      })),
    );
  });
});
