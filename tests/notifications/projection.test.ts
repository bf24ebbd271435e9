import {
  createWorkItem,
  dataOf,
  graphql,
  querySql,
  rawId,
  seedProjectTeam,
  untilNotificationsCaughtUp,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import { addItemsToSprint, completeSprint, createSprint, startSprint, transitionItem } from '../sprints/support';
import { addTeammate, assignItem, commentOn, inboxOf, notificationRowsOf, setChannels } from './support';

const stack = useTestStack();

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function teamWithItem(title = 'Fix login'): Promise<{ team: ProjectTeam; itemId: string; key: string }> {
  const team = await seedProjectTeam(stack);
  const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title });
  return { team, itemId: item.id, key: item.key };
}

/** The `notification.created` events written for a user (but those of joining: ADDED_TO_PROJECT, INVITED_TO_ORGANIZATION), oldest first. */
async function liveEventsOf(userRawId: string): Promise<{ notificationId: string; type: string }[]> {
  return querySql(
    stack,
    `SELECT envelope->'payload'->>'notificationId' AS "notificationId", envelope->'payload'->>'type' AS type
       FROM notifications.outbox WHERE type = 'notification.created'
        AND envelope->'payload'->>'recipientId' = $1
        AND envelope->'payload'->>'type' NOT IN ('ADDED_TO_PROJECT', 'INVITED_TO_ORGANIZATION') ORDER BY seq`,
    [userRawId],
  );
}

describe('assignment', () => {
  it('notifies the assignee, with the actor, project and item, and not the actor', async () => {
    const { team, itemId, key } = await teamWithItem();
    await assignItem(stack, team.admin.token, itemId, team.member);
    await untilNotificationsCaughtUp(stack);

    const rows = await notificationRowsOf(stack, team.member);
    expect(rows).toEqual([
      expect.objectContaining({
        type: 'ASSIGNED',
        summary: `Ada Admin assigned ${key} “Fix login” to you.`,
        actor_id: rawId(team.admin.userId),
        project_id: rawId(team.project.id),
        work_item_id: rawId(itemId),
        sprint_id: null,
        in_app: true,
      }),
    ]);
    expect(await liveEventsOf(rawId(team.member.userId))).toEqual([{ notificationId: rows[0]!.id, type: 'ASSIGNED' }]);
    expect(await inboxOf(stack, team.admin)).toEqual([]);

    // Assigning oneself notifies nobody; unassigning neither.
    await assignItem(stack, team.admin.token, itemId, team.admin);
    await assignItem(stack, team.admin.token, itemId, null);
    await untilNotificationsCaughtUp(stack);
    expect(await inboxOf(stack, team.admin)).toEqual([]);
    expect(await notificationRowsOf(stack, team.member)).toHaveLength(1);
  });

  it('notifies an assignee set on creation', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, {
      projectId: team.project.id,
      title: 'Set up CI',
      assigneeId: team.member.userId,
    });
    await untilNotificationsCaughtUp(stack);
    expect(await inboxOf(stack, team.member)).toContain(`ASSIGNED: Ada Admin assigned ${item.key} “Set up CI” to you.`);
  });
});

describe('comments', () => {
  it('gives mentioned users MENTIONED, other watchers COMMENTED and the commenter nothing', async () => {
    const { team, itemId, key } = await teamWithItem();
    const cy = await addTeammate(stack, team, 'Cy Commenter');
    await assignItem(stack, team.admin.token, itemId, team.member);
    await untilNotificationsCaughtUp(stack);

    // The admin (reporter) and Mo (assignee) watch; Cy mentions the admin and Vi.
    await commentOn(stack, cy.token, itemId, 'Can you both look?', [team.admin, team.viewer]);
    await untilNotificationsCaughtUp(stack);

    expect(await inboxOf(stack, team.admin)).toEqual([
      `MENTIONED: Cy Commenter mentioned you in a comment on ${key} “Fix login”.`,
    ]);
    expect(await inboxOf(stack, team.viewer)).toEqual([
      `MENTIONED: Cy Commenter mentioned you in a comment on ${key} “Fix login”.`,
    ]);
    expect((await inboxOf(stack, team.member)).at(-1)).toBe(`COMMENTED: Cy Commenter commented on ${key} “Fix login”.`);
    expect(await inboxOf(stack, cy)).toEqual([]);

    // Cy now watches: Mo's reply reaches Cy and the admin, not Mo.
    await commentOn(stack, team.member.token, itemId, 'On it.');
    await untilNotificationsCaughtUp(stack);
    expect((await inboxOf(stack, cy)).at(-1)).toBe(`COMMENTED: Mo Member commented on ${key} “Fix login”.`);
    expect((await inboxOf(stack, team.admin)).at(-1)).toBe(`COMMENTED: Mo Member commented on ${key} “Fix login”.`);
    expect((await inboxOf(stack, team.member)).at(-1)).toBe(`COMMENTED: Cy Commenter commented on ${key} “Fix login”.`);
  });
});

describe('watching', () => {
  it('makes the reporter a watcher who hears of state changes by others', async () => {
    const { team, itemId, key } = await teamWithItem();
    await transitionItem(stack, team.member.token, itemId, 'In progress');
    await transitionItem(stack, team.admin.token, itemId, 'Done');
    await untilNotificationsCaughtUp(stack);

    expect(await inboxOf(stack, team.admin)).toEqual([
      `STATE_CHANGED: Mo Member moved ${key} “Fix login” to In progress.`,
    ]);
    const watchers = await querySql(
      stack,
      `SELECT user_id::text, watching, reason FROM notifications.watcher WHERE work_item_id = $1::uuid`,
      [rawId(itemId)],
    );
    expect(watchers).toEqual([{ user_id: rawId(team.admin.userId), watching: true, reason: 'REPORTER' }]);
  });

  it('stops after an unwatch, and commenting again watches again', async () => {
    const { team, itemId, key } = await teamWithItem();
    await untilNotificationsCaughtUp(stack);
    await querySql(
      stack,
      `UPDATE notifications.watcher SET watching = false WHERE work_item_id = $1::uuid AND user_id = $2::uuid`,
      [rawId(itemId), rawId(team.admin.userId)],
    );

    await transitionItem(stack, team.member.token, itemId, 'In progress');
    await commentOn(stack, team.member.token, itemId, 'Started.');
    await untilNotificationsCaughtUp(stack);
    expect(await inboxOf(stack, team.admin)).toEqual([]);

    await commentOn(stack, team.admin.token, itemId, 'Thanks.');
    await transitionItem(stack, team.member.token, itemId, 'Done');
    await untilNotificationsCaughtUp(stack);
    expect(await inboxOf(stack, team.admin)).toEqual([`STATE_CHANGED: Mo Member moved ${key} “Fix login” to Done.`]);
  });

  it('stops for a user removed from the project', async () => {
    const { team, itemId } = await teamWithItem();
    const cy = await addTeammate(stack, team, 'Cy Commenter');
    await commentOn(stack, cy.token, itemId, 'Watching this.');
    await untilNotificationsCaughtUp(stack);
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: RemoveProjectMemberInput!) {
            removeProjectMember(input: $input) {
              project {
                id
              }
            }
          }
        `,
        { input: { projectId: team.project.id, userId: cy.userId } },
        { token: team.admin.token },
      ),
    );
    await untilNotificationsCaughtUp(stack);
    const watchers = await querySql(
      stack,
      `SELECT watching, reason FROM notifications.watcher WHERE work_item_id = $1::uuid AND user_id = $2::uuid`,
      [rawId(itemId), rawId(cy.userId)],
    );
    expect(watchers).toEqual([{ watching: false, reason: 'COMMENTER' }]);

    await transitionItem(stack, team.member.token, itemId, 'Done');
    await untilNotificationsCaughtUp(stack);
    expect(await inboxOf(stack, cy)).toEqual([]);
  });
});

describe('projects', () => {
  it('notifies people added to a project, naming its key even before the project has items', async () => {
    const { team, key } = await teamWithItem();
    const cy = await addTeammate(stack, team, 'Cy Commenter');
    await untilNotificationsCaughtUp(stack);

    const projectKey = key.slice(0, key.lastIndexOf('-'));
    expect(await inboxOf(stack, team.member, { withAddedToProject: true })).toEqual([
      `ADDED_TO_PROJECT: Ada Admin added you to the project ${projectKey}.`,
    ]);
    expect(await inboxOf(stack, cy, { withAddedToProject: true })).toEqual([
      `ADDED_TO_PROJECT: Ada Admin added you to the project ${projectKey}.`,
    ]);
    expect(await inboxOf(stack, team.admin)).toEqual([]);
    const [row] = await notificationRowsOf(stack, cy, { withAddedToProject: true });
    expect(row).toMatchObject({ project_id: rawId(team.project.id), work_item_id: null, sprint_id: null });
  });
});

describe('sprints', () => {
  it('notifies the assignees of its items when it starts and when it completes, not the actor', async () => {
    const team = await seedProjectTeam(stack);
    const projectId = team.project.id;
    const mine = await createWorkItem(stack, team.admin.token, { projectId, assigneeId: team.admin.userId });
    const theirs = await createWorkItem(stack, team.admin.token, { projectId, assigneeId: team.member.userId });
    const also = await createWorkItem(stack, team.admin.token, { projectId, assigneeId: team.member.userId });
    const nobody = await createWorkItem(stack, team.admin.token, { projectId });
    const sprintId = await createSprint(stack, team.admin.token, projectId, {
      name: 'Sprint 4',
      startDate: isoDay(0),
      endDate: isoDay(9),
    });
    await addItemsToSprint(stack, team.admin.token, sprintId, [mine.id, theirs.id, also.id, nobody.id]);
    await untilNotificationsCaughtUp(stack);

    await startSprint(stack, team.admin.token, sprintId);
    await untilNotificationsCaughtUp(stack);
    await completeSprint(stack, team.admin.token, sprintId);
    await untilNotificationsCaughtUp(stack);

    const sprintRows = (await notificationRowsOf(stack, team.member)).filter((row) => row.sprint_id);
    expect(sprintRows).toEqual([
      expect.objectContaining({
        type: 'SPRINT_STARTED',
        summary: 'Sprint “Sprint 4” started.',
        sprint_id: rawId(sprintId),
        project_id: rawId(projectId),
        work_item_id: null,
        actor_id: rawId(team.admin.userId),
      }),
      expect.objectContaining({ type: 'SPRINT_COMPLETED', summary: 'Sprint “Sprint 4” was completed.' }),
    ]);
    expect(await inboxOf(stack, team.admin)).toEqual([]);
    expect((await inboxOf(stack, team.viewer)).filter((line) => line.startsWith('SPRINT'))).toEqual([]);
  });
});

describe('channel preferences', () => {
  it('keeps an email-only row without a live event when in-app is off, and nothing when both are off', async () => {
    const { team, itemId, key } = await teamWithItem();
    await setChannels(stack, team.member, 'ASSIGNED', { inApp: false, email: true });
    await setChannels(stack, team.admin, 'STATE_CHANGED', { inApp: false, email: false });
    await assignItem(stack, team.admin.token, itemId, team.member);
    await transitionItem(stack, team.member.token, itemId, 'Done');
    await untilNotificationsCaughtUp(stack);

    expect(await notificationRowsOf(stack, team.member)).toEqual([
      expect.objectContaining({
        type: 'ASSIGNED',
        in_app: false,
        summary: `Ada Admin assigned ${key} “Fix login” to you.`,
        email_delivery_id: expect.any(String),
      }),
    ]);
    expect(await liveEventsOf(rawId(team.member.userId))).toEqual([]);
    expect(await notificationRowsOf(stack, team.admin)).toEqual([]);
  });

  it('emails nothing when email is off but keeps the in-app entry', async () => {
    const { team, itemId } = await teamWithItem();
    await setChannels(stack, team.member, 'ASSIGNED', { inApp: true, email: false });
    await assignItem(stack, team.admin.token, itemId, team.member);
    await untilNotificationsCaughtUp(stack);
    const assigned = (await notificationRowsOf(stack, team.member)).find((r) => r.type === 'ASSIGNED');
    expect(assigned).toMatchObject({ in_app: true, email_delivery_id: null });
  });
});
