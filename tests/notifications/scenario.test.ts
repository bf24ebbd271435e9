import os from 'node:os';
import path from 'node:path';
import type { Client } from 'graphql-ws';
import { notificationTypes } from '../../subgraphs/notifications/notification-types';
import type { ReceivedEmail } from './email-message';
import { useSmtpInbox } from './smtp-inbox';
import {
  addOrganizationMember,
  addProjectMember,
  connectSubscriptions,
  createOrganization,
  createProject,
  createWorkItem,
  dataOf,
  graphql,
  signUpUser,
  subscribe,
  untilNotificationsCaughtUp,
  useTestStack,
  workflowStates,
  type LiveSubscription,
  type TestUser,
} from '../testkit';
import { fakeDateFrom } from '../testkit/fake-date';
import { commentOn } from './support';

// The scenario through the router, with a real SMTP server in this process: Ada assigns an
// item to Mo and mentions Vi in a comment; each gets the right inbox entry, live message and email.
// Then Mo turns email off for assignments, and Vi asks for an hourly digest.
//
// Only Date is faked (from 10:05 UTC, running on), so the hourly digest is due at 11:00 UTC, which
// the test reaches by giving the mailer an explicit `now` (access tokens stay valid).
fakeDateFrom(new Date('2026-03-02T10:05:00Z'));

// ---- The SMTP server, started before the stack so the stack's SMTP_URL can name its port. ----

const { email, takeEmails } = useSmtpInbox({
  outboxDir: path.join(os.tmpdir(), `workgraph-scenario-unused-${process.pid}`),
});
const stack = useTestStack({ email });

/** Lets the notifications consumer handle every event so far, then sends the emails due by `now`. */
async function sendDueEmails(now?: Date): Promise<number> {
  await untilNotificationsCaughtUp(stack);
  return stack.mailer.runDue(now);
}

interface InboxEntry {
  type: string;
  summary: string;
  actor: { name: string } | null;
  workItem: { key: string; title: string } | null;
  project: { key: string } | null;
  readAt: string | null;
}

async function inboxOf(user: TestUser): Promise<{ entries: InboxEntry[]; unread: number }> {
  const res = await graphql<{
    notifications: { totalCount: number; edges: { node: InboxEntry }[] };
    unreadNotificationCount: number;
  }>(
    stack.routerUrl,
    `
      {
        notifications(first: 50) {
          totalCount
          edges {
            node {
              type
              summary
              actor {
                name
              }
              workItem {
                key
                title
              }
              project {
                key
              }
              readAt
            }
          }
        }
        unreadNotificationCount
      }
    `,
    {},
    { token: user.token },
  );
  const data = dataOf(res);
  expect(data.notifications.totalCount).toBe(data.notifications.edges.length);
  return { entries: data.notifications.edges.map((edge) => edge.node), unread: data.unreadNotificationCount };
}

const liveQuery = `subscription { notificationReceived { type summary actor { name } workItem { key } } }`;

interface Live {
  client: Client;
  live: LiveSubscription;
}

async function nextLive(user: Live): Promise<{ type: string; summary: string }> {
  const result = await user.live.next(10_000);
  expect(result.errors).toBeUndefined();
  return (result.data as { notificationReceived: { type: string; summary: string } }).notificationReceived;
}

/** The one-click unsubscribe link of an email, from its List-Unsubscribe header. */
function unsubscribeLinkOf(mail: ReceivedEmail): URL {
  const header = mail.headers.get('list-unsubscribe') ?? '';
  const link = /<([^>]+)>/.exec(header)?.[1]?.replace(/\s+/g, '');
  expect(link).toBeDefined();
  return new URL(link!);
}

function expectEmail(mail: ReceivedEmail & { envelopeTo: string[] }, to: TestUser, summary: string): void {
  expect(mail.envelopeTo).toEqual([to.email.toLowerCase()]);
  expect(mail.headers.get('to')).toContain(to.email);
  expect(mail.subject).toBe(summary);
  expect(mail.text).toContain(summary);
  expect(mail.html).toContain(summary);
  expect(mail.html).toMatch(/<html lang="en">/);
  const link = unsubscribeLinkOf(mail);
  expect(link.pathname).toBe('/unsubscribe');
  expect(link.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  // The same link is in both bodies, for readers whose client ignores the header.
  expect(mail.text).toContain(link.toString());
  expect(mail.html).toContain(link.toString().replace(/&/g, '&amp;'));
}

describe('notifications from assignment to digest, through the router', () => {
  let ada: TestUser;
  let mo: TestUser;
  let vi: TestUser;
  let project: { id: string; key: string };
  const live: Record<'ada' | 'mo' | 'vi', Live> = {} as never;
  let fixLogin: { id: string; key: string; version: number };
  let updateDocs: { id: string; key: string };
  /** The token of the one-click unsubscribe link in Mo's assignment email. */
  let moUnsubscribeToken: string;

  afterAll(async () => {
    await Promise.all(Object.values(live).map(({ client }) => client.dispose()));
  });

  it('tells Mo and Vi they were added to the project, live and by email; Ada, the actor, hears nothing', async () => {
    [ada, mo, vi] = await Promise.all([
      signUpUser(stack, { name: 'Ada Admin' }),
      signUpUser(stack, { name: 'Mo Member' }),
      signUpUser(stack, { name: 'Vi Viewer' }),
    ]);
    // Everyone's app is open before anything happens.
    const before = stack.activeSubscriptions();
    for (const [name, user] of [
      ['ada', ada],
      ['mo', mo],
      ['vi', vi],
    ] as const) {
      const client = await connectSubscriptions(stack.routerUrl, user.token);
      live[name] = { client, live: subscribe(client, liveQuery) };
    }
    const deadline = Date.now() + 5000;
    while (stack.activeSubscriptions() < before + 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(stack.activeSubscriptions()).toBe(before + 3);

    const organization = await createOrganization(stack, ada.token);
    await addOrganizationMember(stack, ada.token, organization.id, mo, 'MEMBER');
    await addOrganizationMember(stack, ada.token, organization.id, vi, 'MEMBER');
    project = await createProject(stack, ada.token, organization.id, { key: 'WEB', name: 'Website' });
    await addProjectMember(stack, ada.token, project.id, mo.userId, 'MEMBER');
    await addProjectMember(stack, ada.token, project.id, vi.userId, 'VIEWER');

    // They joined the organization by accepting Ada's invitation, which they heard of first.
    const invited = /^Ada Admin invited you to join .+ as a member\.$/;
    const added = /^Ada Admin added you to (the project WEB|a project)\.$/;
    for (const user of [live.mo, live.vi]) {
      expect(await nextLive(user)).toMatchObject({
        type: 'INVITED_TO_ORGANIZATION',
        summary: expect.stringMatching(invited),
      });
      expect(await nextLive(user)).toMatchObject({ type: 'ADDED_TO_PROJECT', summary: expect.stringMatching(added) });
    }

    expect(await sendDueEmails()).toBe(4);
    for (const user of [mo, vi]) {
      const subjects = takeEmails(user).map((mail) => mail.subject);
      expect(subjects).toHaveLength(2);
      expect(subjects).toContainEqual(expect.stringMatching(/^Ada Admin invited you to join .+ on Workgraph$/));
      expect(subjects).toContainEqual(expect.stringMatching(added));
    }
    expect(takeEmails()).toEqual([]);
  });

  it('Ada mentions Vi in a comment and assigns the item to Mo: one notification each, of the right type', async () => {
    fixLogin = await createWorkItem(stack, ada.token, { projectId: project.id, title: 'Fix login' });
    expect(fixLogin.key).toBe('WEB-1');
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
        { input: { workItemId: fixLogin.id, body: `<@${vi.userId}> can you check the error copy?` } },
        { token: ada.token },
      ),
    );
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: UpdateWorkItemInput!) {
            updateWorkItem(input: $input) {
              workItem {
                version
              }
            }
          }
        `,
        { input: { id: fixLogin.id, expectedVersion: fixLogin.version, assigneeId: mo.userId } },
        { token: ada.token },
      ),
    );
    await untilNotificationsCaughtUp(stack);

    const assigned = 'Ada Admin assigned WEB-1 “Fix login” to you.';
    const mentioned = 'Ada Admin mentioned you in a comment on WEB-1 “Fix login”.';

    // In-app: newest first, unread, linked to the item and the project through federation.
    const moInbox = await inboxOf(mo);
    expect(moInbox.unread).toBe(3);
    expect(moInbox.entries[0]).toEqual({
      type: 'ASSIGNED',
      summary: assigned,
      actor: { name: 'Ada Admin' },
      workItem: { key: 'WEB-1', title: 'Fix login' },
      project: { key: 'WEB' },
      readAt: null,
    });
    expect(moInbox.entries.map((entry) => entry.type)).toEqual([
      'ASSIGNED',
      'ADDED_TO_PROJECT',
      'INVITED_TO_ORGANIZATION',
    ]);
    const viInbox = await inboxOf(vi);
    expect(viInbox.unread).toBe(3);
    expect(viInbox.entries[0]).toEqual({
      type: 'MENTIONED',
      summary: mentioned,
      actor: { name: 'Ada Admin' },
      workItem: { key: 'WEB-1', title: 'Fix login' },
      project: { key: 'WEB' },
      readAt: null,
    });
    expect(viInbox.entries.map((entry) => entry.type)).toEqual([
      'MENTIONED',
      'ADDED_TO_PROJECT',
      'INVITED_TO_ORGANIZATION',
    ]);
    expect(await inboxOf(ada)).toEqual({ entries: [], unread: 0 });

    // Live: each on their own connection.
    expect(await nextLive(live.mo)).toEqual({
      type: 'ASSIGNED',
      summary: assigned,
      actor: { name: 'Ada Admin' },
      workItem: { key: 'WEB-1' },
    });
    expect(await nextLive(live.vi)).toEqual({
      type: 'MENTIONED',
      summary: mentioned,
      actor: { name: 'Ada Admin' },
      workItem: { key: 'WEB-1' },
    });

    // Email: one each, through the SMTP server.
    expect(await sendDueEmails()).toBe(2);
    const toMo = takeEmails(mo);
    const toVi = takeEmails(vi);
    expect(toMo).toHaveLength(1);
    expect(toVi).toHaveLength(1);
    expect(takeEmails()).toEqual([]);
    expectEmail(toMo[0]!, mo, assigned);
    expectEmail(toVi[0]!, vi, mentioned);
    moUnsubscribeToken = unsubscribeLinkOf(toMo[0]!).searchParams.get('token')!;
    // Nothing is sent twice.
    expect(await sendDueEmails()).toBe(0);
    expect(takeEmails()).toEqual([]);
  });

  it('Mo follows the link in his email to stop assignment emails: the next one is in his inbox and live, but not emailed', async () => {
    const unsubscribe = `mutation ($input: UnsubscribeFromEmailsInput!) { unsubscribeFromEmails(input: $input) { type } }`;
    // No sign-in: the signed token is the proof; a token that is not one is bad input.
    const bad = await graphql(stack.routerUrl, unsubscribe, { input: { token: `${moUnsubscribeToken}x` } });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const res = await graphql(stack.routerUrl, unsubscribe, { input: { token: moUnsubscribeToken } });
    expect(dataOf(res).unsubscribeFromEmails).toEqual({ type: 'ASSIGNED' });
    const prefs = await graphql(
      stack.routerUrl,
      `
        {
          notificationPreferences {
            channels {
              type
              inApp
              email
            }
            digest
          }
        }
      `,
      {},
      { token: mo.token },
    );
    const channels = dataOf(prefs).notificationPreferences.channels as { type: string; email: boolean }[];
    expect(channels.filter((channel) => !channel.email)).toEqual([{ type: 'ASSIGNED', inApp: true, email: false }]);
    expect(channels).toHaveLength(notificationTypes.length);

    updateDocs = await createWorkItem(stack, ada.token, {
      projectId: project.id,
      title: 'Update docs',
      assigneeId: mo.userId,
    });
    expect(updateDocs.key).toBe('WEB-2');
    await untilNotificationsCaughtUp(stack);

    const assigned = 'Ada Admin assigned WEB-2 “Update docs” to you.';
    const moInbox = await inboxOf(mo);
    expect(moInbox.unread).toBe(4);
    expect(moInbox.entries[0]).toMatchObject({ type: 'ASSIGNED', summary: assigned, workItem: { key: 'WEB-2' } });
    expect(await nextLive(live.mo)).toMatchObject({ type: 'ASSIGNED', summary: assigned });

    expect(await sendDueEmails()).toBe(0);
    expect(takeEmails()).toEqual([]);
  });

  it('Vi asks for an hourly digest: several notifications arrive as one email at the next full hour', async () => {
    const prefs = await graphql(
      stack.routerUrl,
      `
        mutation ($input: UpdateNotificationPreferencesInput!) {
          updateNotificationPreferences(input: $input) {
            preferences {
              digest
              timeZone
            }
          }
        }
      `,
      { input: { digest: 'HOURLY' } },
      { token: vi.token },
    );
    expect(dataOf(prefs).updateNotificationPreferences.preferences).toEqual({ digest: 'HOURLY', timeZone: 'UTC' });

    // Vi watches WEB-1; Ada moves it to In progress and comments on it, and mentions Vi on WEB-2.
    const watch = await graphql(
      stack.routerUrl,
      `
        mutation ($input: WatchWorkItemInput!) {
          watchWorkItem(input: $input) {
            workItem {
              viewerIsWatching
            }
          }
        }
      `,
      { input: { workItemId: fixLogin.id } },
      { token: vi.token },
    );
    expect(dataOf(watch).watchWorkItem.workItem).toEqual({ viewerIsWatching: true });
    const states = await workflowStates(stack, ada.token, project.id);
    const inProgress = states.find((state) => state.category === 'IN_PROGRESS')!;
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: TransitionWorkItemInput!) {
            transitionWorkItem(input: $input) {
              workItem {
                version
              }
            }
          }
        `,
        { input: { id: fixLogin.id, toStateId: inProgress.id } },
        { token: ada.token },
      ),
    );
    await commentOn(stack, ada.token, fixLogin.id, 'The fix is on its way.');
    await commentOn(stack, ada.token, updateDocs.id, 'The new login steps need screenshots, please', [vi]);
    await untilNotificationsCaughtUp(stack);

    const summaries = [
      'Ada Admin moved WEB-1 “Fix login” to In progress.',
      'Ada Admin commented on WEB-1 “Fix login”.',
      'Ada Admin mentioned you in a comment on WEB-2 “Update docs”.',
    ];
    // In-app and live as usual.
    const viInbox = await inboxOf(vi);
    expect(viInbox.entries.slice(0, 3).map((entry) => entry.summary)).toEqual([...summaries].reverse());
    for (const summary of summaries) expect(await nextLive(live.vi)).toMatchObject({ summary });

    // Mo watches both items as their assignee: he hears of the state change and both comments, live
    // and by email at once (he turned off assignment emails only).
    const forMo = [summaries[0], summaries[1], 'Ada Admin commented on WEB-2 “Update docs”.'];
    expect(await nextLive(live.mo)).toMatchObject({ type: 'STATE_CHANGED', summary: forMo[0] });
    expect(await nextLive(live.mo)).toMatchObject({ type: 'COMMENTED', summary: forMo[1] });
    expect(await nextLive(live.mo)).toMatchObject({ type: 'COMMENTED', summary: forMo[2] });
    expect(await sendDueEmails()).toBe(3);
    expect(takeEmails(mo).map((mail) => mail.subject)).toEqual(forMo);
    expect(takeEmails(vi)).toEqual([]);

    // Nothing for Vi before 11:00 UTC...
    expect(await sendDueEmails(new Date('2026-03-02T10:59:00Z'))).toBe(0);
    expect(takeEmails()).toEqual([]);
    // ...then one email with all three.
    expect(await sendDueEmails(new Date('2026-03-02T11:00:00Z'))).toBe(1);
    const [digest, ...more] = takeEmails();
    expect(more).toEqual([]);
    expect(digest!.envelopeTo).toEqual([vi.email.toLowerCase()]);
    expect(digest!.subject).toBe('Your Workgraph digest: 3 notifications');
    for (const summary of summaries) {
      expect(digest!.text).toContain(summary);
      expect(digest!.html).toContain(summary);
    }
    expect(digest!.text.indexOf(summaries[0]!)).toBeLessThan(digest!.text.indexOf(summaries[2]!));
    expect(unsubscribeLinkOf(digest!).pathname).toBe('/unsubscribe');
    expect(await sendDueEmails(new Date('2026-03-02T12:00:00Z'))).toBe(0);
  });

  it('delivered each notification live to its recipient only: nothing reached Ada', async () => {
    // A last change for Mo, so anything still on its way to the others would have arrived by now.
    await createWorkItem(stack, ada.token, { projectId: project.id, title: 'Last one', assigneeId: mo.userId });
    expect(await nextLive(live.mo)).toMatchObject({ type: 'ASSIGNED' });
    expect(live.ada.live.results).toEqual([]);
    expect(
      live.mo.live.results.map((r) => (r.data as { notificationReceived: { type: string } }).notificationReceived.type),
    ).toEqual([
      'INVITED_TO_ORGANIZATION',
      'ADDED_TO_PROJECT',
      'ASSIGNED',
      'ASSIGNED',
      'STATE_CHANGED',
      'COMMENTED',
      'COMMENTED',
      'ASSIGNED',
    ]);
    expect(
      live.vi.live.results.map((r) => (r.data as { notificationReceived: { type: string } }).notificationReceived.type),
    ).toEqual(['INVITED_TO_ORGANIZATION', 'ADDED_TO_PROJECT', 'MENTIONED', 'STATE_CHANGED', 'COMMENTED', 'MENTIONED']);
  });
});
