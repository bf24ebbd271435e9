import {
  createWorkItem,
  dataOf,
  graphql,
  removeProjectMember,
  seedProjectTeam,
  untilNotificationsCaughtUp,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import { addItemsToSprint, createSprint, startSprint, untilSprintsCaughtUp } from '../sprints/support';

const stack = useTestStack();

const inbox = `
  query {
    notifications(first: 10) {
      edges { node { id type actor { name } project { key } workItem { key } sprint { name } } }
    }
  }
`;
const one = `query ($id: ID!) { notification(id: $id) { type actor { name } project { key } workItem { key } sprint { name } } }`;

interface InboxNode {
  id: string;
  type: string;
  actor: { name: string } | null;
  project: { key: string } | null;
  workItem: { key: string } | null;
  sprint: { name: string } | null;
}

async function inboxOf(token: string) {
  return graphql<{ notifications: { edges: { node: InboxNode }[] } }>(stack.routerUrl, inbox, {}, { token });
}

/** A member with an ASSIGNED and a SPRINT_STARTED notification, both linking the project. */
async function memberWithNotifications(): Promise<{ team: ProjectTeam; itemKey: string }> {
  const team = await seedProjectTeam(stack);
  const item = await createWorkItem(stack, team.admin.token, {
    projectId: team.project.id,
    title: 'Fix login',
    assigneeId: team.member.userId,
  });
  const sprintId = await createSprint(stack, team.admin.token, team.project.id, { name: 'Sprint 9' });
  await addItemsToSprint(stack, team.admin.token, sprintId, [item.id]);
  await untilSprintsCaughtUp(stack);
  await startSprint(stack, team.admin.token, sprintId);
  await untilNotificationsCaughtUp(stack);
  return { team, itemKey: item.key };
}

describe('notifications about a project the recipient can no longer see', () => {
  it('list without errors, with the project, work item and sprint null and the actor still named', async () => {
    const { team, itemKey } = await memberWithNotifications();
    const before = dataOf(await inboxOf(team.member.token)).notifications.edges.map((edge) => edge.node);
    expect(before.map(({ id: _id, ...node }) => node)).toEqual(
      expect.arrayContaining([
        {
          type: 'ASSIGNED',
          actor: { name: 'Ada Admin' },
          project: { key: team.project.key },
          workItem: { key: itemKey },
          sprint: null,
        },
        {
          type: 'SPRINT_STARTED',
          actor: { name: 'Ada Admin' },
          project: { key: team.project.key },
          workItem: null,
          sprint: { name: 'Sprint 9' },
        },
      ]),
    );

    // Read again, so the role caches hold the member's role when it is taken away.
    for (let i = 0; i < 2; i++) await inboxOf(team.member.token);
    await removeProjectMember(stack, team.admin.token, team.project.id, team.member.userId);

    const after = await inboxOf(team.member.token);
    expect(after.body.errors).toBeUndefined();
    const nodes = dataOf(after).notifications.edges.map((edge) => edge.node);
    expect(
      nodes.map(({ type, actor, project, workItem, sprint }) => ({ type, actor, project, workItem, sprint })),
    ).toEqual(
      expect.arrayContaining([
        { type: 'ASSIGNED', actor: { name: 'Ada Admin' }, project: null, workItem: null, sprint: null },
        { type: 'SPRINT_STARTED', actor: { name: 'Ada Admin' }, project: null, workItem: null, sprint: null },
      ]),
    );
    expect(JSON.stringify(after.body)).not.toContain(team.project.key);

    const single = await graphql(stack.routerUrl, one, { id: nodes[0]!.id }, { token: team.member.token });
    expect(single.body.errors).toBeUndefined();
    expect(dataOf(single).notification).toMatchObject({ project: null, workItem: null, sprint: null });
  });
});
