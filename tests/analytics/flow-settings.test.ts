import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../lib/ids';
import { runAs, transitionItem } from '../sprints/support';
import {
  createWorkItem,
  dataOf,
  errorOf,
  seedProjectTeam,
  untilAnalyticsCaughtUp,
  useTestStack,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

const setSettings = `mutation ($input: SetProjectFlowSettingsInput!) {
  setProjectFlowSettings(input: $input) {
    flowSettings { isDefault startedStates { id } doneStates { id } }
    project { id }
  }
}`;
const readSettings = `query ($id: ID!) {
  project(id: $id) {
    flowSettings { isDefault startedStates { id } doneStates { id } }
    flowMetrics { aging { count items { edges { node { workItem { id } } } } } }
  }
}`;
const statesQuery = `query ($id: ID!) { project(id: $id) { workflow { states { id name } } } }`;

describe('setProjectFlowSettings', () => {
  let team: ProjectTeam;
  let states: Record<string, string>;
  let inProgressItem: string;
  let inReviewItem: string;
  const input = (changes: Record<string, unknown> = {}) => ({
    input: { projectId: team.project.id, startedStateIds: [states['In review']], doneStateIds: [], ...changes },
  });

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    const workflow = dataOf(await runAs(stack, team.admin.token, statesQuery, { id: team.project.id }));
    states = Object.fromEntries(
      workflow.project.workflow.states.map((state: { id: string; name: string }) => [state.name, state.id]),
    );
    inProgressItem = (await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'a' })).id;
    inReviewItem = (await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'b' })).id;
    await transitionItem(stack, team.member.token, inProgressItem, 'In progress');
    await transitionItem(stack, team.member.token, inReviewItem, 'In review');
    await untilAnalyticsCaughtUp(stack);
  });

  it('lets a project admin choose the states that start items, recomputing every item at once', async () => {
    const before = dataOf(await runAs(stack, team.viewer.token, readSettings, { id: team.project.id })).project;
    expect(before.flowSettings).toEqual({ isDefault: true, startedStates: [], doneStates: [] });
    expect(before.flowMetrics.aging.count).toBe(2);

    const set = dataOf(await runAs(stack, team.admin.token, setSettings, input())).setProjectFlowSettings;
    expect(set.flowSettings).toEqual({
      isDefault: false,
      startedStates: [{ id: states['In review'] }],
      doneStates: [],
    });
    expect(set.project.id).toBe(team.project.id);

    // Only In review starts work now: the item still In progress has not started.
    const after = dataOf(await runAs(stack, team.viewer.token, readSettings, { id: team.project.id })).project;
    expect(
      after.flowMetrics.aging.items.edges.map((edge: { node: { workItem: { id: string } } }) => edge.node.workItem.id),
    ).toEqual([inReviewItem]);

    const reset = dataOf(await runAs(stack, team.admin.token, setSettings, input({ startedStateIds: [] })));
    expect(reset.setProjectFlowSettings.flowSettings.isDefault).toBe(true);
  });

  it.each([
    ['a member', 'member', 'FORBIDDEN'],
    ['a viewer', 'viewer', 'FORBIDDEN'],
    ['someone outside the project', 'outsider', 'NOT_FOUND'],
  ] as const)('refuses %s', async (_label, who, code) => {
    expect(errorOf(await runAs(stack, team[who].token, setSettings, input())).code).toBe(code);
  });

  it.each([
    ['a malformed project ID', () => ({ projectId: 'nope' }), 'input.projectId'],
    [
      'a state of no workflow',
      () => ({ startedStateIds: [toGlobalId('WorkflowState', randomUUID())] }),
      'input.startedStateIds.0',
    ],
    ['a state that both starts and finishes', () => ({ doneStateIds: [states['In review']] }), 'input.doneStateIds.0'],
    [
      'more than 30 states',
      () => ({ doneStateIds: Array.from({ length: 31 }, () => states.Done) }),
      'input.doneStateIds',
    ],
  ])('refuses %s, naming the field', async (_label, changes, field) => {
    expect(errorOf(await runAs(stack, team.admin.token, setSettings, input(changes())))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });
});
