import {
  addOrganizationMember,
  addProjectMember,
  dataOf,
  graphql,
  querySql,
  rawId,
  signUpUser,
  type ProjectTeam,
  type TestStack,
  type TestUser,
} from '../testkit';

// Helpers of the notifications projection tests: actions through the router (failing the test on
// any GraphQL error) and the rows the projection wrote.

export interface NotificationRow {
  id: string;
  type: string;
  summary: string;
  actor_id: string | null;
  project_id: string | null;
  work_item_id: string | null;
  sprint_id: string | null;
  in_app: boolean;
  email_delivery_id: string | null;
}

/**
 * A user's notification rows (in-app or not), oldest first; without the ADDED_TO_PROJECT and
 * INVITED_TO_ORGANIZATION ones (every seeded teammate was invited to the organization and added to
 * the project) unless `withAddedToProject` / `withInvitations`.
 */
export function notificationRowsOf(
  stack: TestStack,
  user: TestUser,
  { withAddedToProject = false, withInvitations = false } = {},
): Promise<NotificationRow[]> {
  return querySql<NotificationRow>(
    stack,
    `SELECT id::text, type, summary, actor_id::text, project_id::text, work_item_id::text, sprint_id::text, in_app,
            email_delivery_id::text
       FROM notifications.notification
      WHERE recipient_id = $1::uuid AND ($2 OR type <> 'ADDED_TO_PROJECT') AND ($3 OR type <> 'INVITED_TO_ORGANIZATION')
      ORDER BY created_at, id`,
    [rawId(user.userId), withAddedToProject, withInvitations],
  );
}

/** A user's notifications as `TYPE: summary`, oldest first (see notificationRowsOf). */
export async function inboxOf(
  stack: TestStack,
  user: TestUser,
  options: { withAddedToProject?: boolean; withInvitations?: boolean } = {},
): Promise<string[]> {
  return (await notificationRowsOf(stack, user, options)).map((row) => `${row.type}: ${row.summary}`);
}

async function versionOf(stack: TestStack, token: string, workItemId: string): Promise<number> {
  const res = await graphql<{ workItem: { version: number } }>(
    stack.routerUrl,
    `
      query ($id: ID!) {
        workItem(id: $id) {
          version
        }
      }
    `,
    { id: workItemId },
    { token },
  );
  return dataOf(res).workItem.version;
}

/** Assigns the item (null: unassigns). */
export async function assignItem(
  stack: TestStack,
  token: string,
  workItemId: string,
  assignee: TestUser | null,
): Promise<void> {
  const expectedVersion = await versionOf(stack, token, workItemId);
  dataOf(
    await graphql(
      stack.routerUrl,
      `
        mutation ($input: UpdateWorkItemInput!) {
          updateWorkItem(input: $input) {
            workItem {
              id
            }
          }
        }
      `,
      { input: { id: workItemId, expectedVersion, assigneeId: assignee?.userId ?? null } },
      { token },
    ),
  );
}

/** Comments on the item, mentioning the users (`<@ID>`) after the text. */
export async function commentOn(
  stack: TestStack,
  token: string,
  workItemId: string,
  text: string,
  mentions: TestUser[] = [],
): Promise<void> {
  const body = [text, ...mentions.map((user) => `<@${user.userId}>`)].join(' ');
  dataOf(
    await graphql(
      stack.routerUrl,
      `
        mutation ($input: AddCommentInput!) {
          addComment(input: $input) {
            comment {
              id
            }
          }
        }
      `,
      { input: { workItemId, body } },
      { token },
    ),
  );
}

/** A new organization member added to the team's project by its admin. */
export async function addTeammate(
  stack: TestStack,
  team: ProjectTeam,
  name: string,
  role: 'ADMIN' | 'MEMBER' | 'VIEWER' = 'MEMBER',
): Promise<TestUser> {
  const user = await signUpUser(stack, { name });
  await addOrganizationMember(stack, team.admin.token, team.organizationId, user, 'MEMBER');
  await addProjectMember(stack, team.admin.token, team.project.id, user.userId, role);
  return user;
}

/** Sets a user's channels for one type directly (a missing row means both on). */
export async function setChannels(
  stack: TestStack,
  user: TestUser,
  type: string,
  channels: { inApp: boolean; email: boolean },
): Promise<void> {
  await querySql(
    stack,
    `INSERT INTO notifications.channel_preference (user_id, type, in_app, email) VALUES ($1::uuid, $2, $3, $4)
     ON CONFLICT (user_id, type) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email`,
    [rawId(user.userId), type, channels.inApp, channels.email],
  );
}
