import { randomUUID } from 'node:crypto';
import { createEventBus } from '../../../lib/events';
import {
  createEvent,
  streamOf,
  type AnyEventEnvelope,
  type FileSnapshot,
  type LinkAttachmentSnapshot,
} from '../../../lib/events/envelope';
import { createLogger } from '../../../lib/logger';
import {
  createWorkItem,
  dataOf,
  querySql,
  rawId,
  seedProjectTeam,
  useSubgraph,
  type CreatedWorkItem,
  type ProjectTeam,
  type TestUser,
} from '../../testkit';

// The notifications service on a bus of the file's own (in process), its projection consuming it.
// Names and emails come from users, roles from projects, items from work-items: real servers on this
// file's database. The files service is not built here: its events are published onto the bus as
// its outbox relay would publish them, next to the work-items events the items' creation wrote.
const bus = createEventBus({ logger: createLogger('test-bus', 'silent') });
const notifications = useSubgraph('notifications', { with: ['users', 'projects', 'work-items'], bus });
// Declared after useSubgraph: its afterAll stops the projection first, then the bus closes.
afterAll(() => bus.close());

interface NotificationRow {
  recipient: string;
  type: string;
  summary: string;
  work_item_id: string | null;
  project_id: string | null;
  actor_id: string | null;
  in_app: boolean;
  emailed: boolean;
}

/** Waits until the notifications consumer marked these events processed (it marks every event). */
async function untilHandled(events: AnyEventEnvelope[]): Promise<void> {
  const ids = events.map((event) => event.id);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [{ handled }] = (await querySql<{ handled: number }>(
      notifications,
      `SELECT count(*)::int AS handled FROM notifications.processed_events
        WHERE consumer = 'notifications' AND event_id = ANY($1::uuid[])`,
      [ids],
    )) as [{ handled: number }];
    if (handled === ids.length) return;
    if (Date.now() > deadline) throw new Error(`${ids.length - handled} events were not handled within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Publishes the events on their streams, as the relays do after the commit, and waits until they are handled. */
async function publish(...events: AnyEventEnvelope[]): Promise<void> {
  for (const event of events) await bus.publish(streamOf(event.type), event);
  await untilHandled(events);
}

/** The item's events the work-items service wrote to its outbox (no relay runs here), oldest first. */
async function workItemEventsOf(item: CreatedWorkItem): Promise<AnyEventEnvelope[]> {
  const rows = await querySql<{ envelope: AnyEventEnvelope }>(
    notifications,
    `SELECT envelope FROM work_items.outbox WHERE envelope->>'aggregateId' = $1 ORDER BY seq`,
    [rawId(item.id)],
  );
  return rows.map((row) => row.envelope);
}

/** The notifications of one event, by recipient. */
function notificationsOf(event: AnyEventEnvelope): Promise<NotificationRow[]> {
  return querySql<NotificationRow>(
    notifications,
    `SELECT recipient_id::text AS recipient, type, summary, work_item_id::text, project_id::text, actor_id::text,
            in_app, email_delivery_id IS NOT NULL AS emailed
       FROM notifications.notification WHERE event_id = $1::uuid ORDER BY recipient_id`,
    [event.id],
  );
}

describe('notifications of attachments', () => {
  let team: ProjectTeam;
  let item: CreatedWorkItem;
  const fileBy = (actor: TestUser, overrides: Partial<FileSnapshot> = {}) => {
    const file: FileSnapshot = {
      id: randomUUID(),
      projectId: rawId(team.project.id),
      targetKind: 'WORK_ITEM',
      targetId: rawId(item.id),
      workItemId: rawId(item.id),
      name: 'login-flow.pdf',
      contentType: 'application/pdf',
      byteSize: 48_213,
      versionNumber: 1,
      uploadedBy: rawId(actor.userId),
      deleted: false,
      ...overrides,
    };
    return file;
  };
  /** An envelope as the files service's outbox holds it: the project, the file or link, the person. */
  const envelopeBase = (actor: TestUser, aggregateId: string) => ({
    actorId: rawId(actor.userId),
    organizationId: rawId(team.organizationId),
    projectId: rawId(team.project.id),
    aggregateId,
  });
  const attached = (actor: TestUser, file = fileBy(actor)) =>
    createEvent({ type: 'file.attached', ...envelopeBase(actor, file.id), payload: { file } });
  const linkUpserted = (actor: TestUser, created: boolean, linkAttachment: LinkAttachmentSnapshot) =>
    createEvent({
      type: 'link_attachment.upserted',
      ...envelopeBase(actor, linkAttachment.id),
      payload: { linkAttachment, created },
    });

  beforeAll(async () => {
    team = await seedProjectTeam(notifications);
    // Mo reports it and Vi is its assignee: both watch it from its work_item.created on.
    item = await createWorkItem(notifications, team.member.token, {
      projectId: team.project.id,
      title: 'Fix login',
      assigneeId: team.viewer.userId,
    });
    await publish(...(await workItemEventsOf(item)));
  });

  it('tells the item’s watchers of a new file, not the person who attached it nor anyone else', async () => {
    const event = attached(team.member);
    await publish(event);

    expect(await notificationsOf(event)).toEqual([
      {
        recipient: rawId(team.viewer.userId),
        type: 'ATTACHMENT_ADDED',
        summary: `Mo Member attached “login-flow.pdf” to ${item.key} “Fix login”.`,
        work_item_id: rawId(item.id),
        project_id: rawId(team.project.id),
        actor_id: rawId(team.member.userId),
        in_app: true,
        emailed: true,
      },
    ]);
    const live = await querySql<{ recipient: string }>(
      notifications,
      `SELECT envelope->'payload'->>'recipientId' AS recipient FROM notifications.outbox
        WHERE type = 'notification.created' AND envelope->'payload'->>'type' = 'ATTACHMENT_ADDED'
          AND envelope->>'occurredAt' = $1`,
      [event.occurredAt],
    );
    expect(live).toEqual([{ recipient: rawId(team.viewer.userId) }]);
  });

  it('lists it in the watcher’s inbox under its type', async () => {
    const event = attached(team.admin, fileBy(team.admin, { name: 'screenshot.png', contentType: 'image/png' }));
    await publish(event);
    const inbox = `query { notifications(filter: { types: [ATTACHMENT_ADDED] }, first: 100) { edges { node { type summary } } } }`;
    const edges = dataOf(await notifications.execute(team.viewer, inbox)).notifications.edges;
    expect(edges[0].node).toEqual({
      type: 'ATTACHMENT_ADDED',
      summary: `Ada Admin attached “screenshot.png” to ${item.key} “Fix login”.`,
    });
    // Mo reported the item, so this time Mo hears of it too; Ada, who attached it, does not.
    expect((await notificationsOf(event)).map((row) => row.recipient).sort()).toEqual(
      [rawId(team.member.userId), rawId(team.viewer.userId)].sort(),
    );
  });

  it('names the comment a file was attached to, and follows the watcher’s email preference', async () => {
    const preferences = `mutation($input: UpdateNotificationPreferencesInput!) {
      updateNotificationPreferences(input: $input) { preferences { channels { type inApp email } } }
    }`;
    const input = { channels: [{ type: 'ATTACHMENT_ADDED', email: false }] };
    const channels = dataOf(await notifications.execute(team.viewer, preferences, { input }))
      .updateNotificationPreferences.preferences.channels;
    expect(channels).toContainEqual({ type: 'ATTACHMENT_ADDED', inApp: true, email: false });

    const onComment = fileBy(team.member, { targetKind: 'COMMENT', targetId: randomUUID(), name: 'trace.log' });
    const event = attached(team.member, onComment);
    await publish(event);
    expect(await notificationsOf(event)).toEqual([
      expect.objectContaining({
        recipient: rawId(team.viewer.userId),
        summary: `Mo Member attached “trace.log” to a comment on ${item.key} “Fix login”.`,
        in_app: true,
        emailed: false,
      }),
    ]);
  });

  it('tells watchers of a new link once, not when it is upserted again, nor of project documents', async () => {
    const link: LinkAttachmentSnapshot = {
      id: randomUUID(),
      projectId: rawId(team.project.id),
      targetKind: 'WORK_ITEM',
      targetId: rawId(item.id),
      workItemId: rawId(item.id),
      url: 'https://git.example.com/web/pull/42',
      title: 'Fix the login redirect',
    };
    const created = linkUpserted(team.member, true, link);
    const edited = linkUpserted(team.member, false, { ...link, title: 'Fix the login redirect loop' });
    const document = attached(
      team.member,
      fileBy(team.member, { targetKind: 'PROJECT', targetId: rawId(team.project.id), workItemId: null }),
    );
    await publish(created, edited, document);

    expect((await notificationsOf(created)).map((row) => [row.recipient, row.summary])).toEqual([
      [rawId(team.viewer.userId), `Mo Member attached the link “Fix the login redirect” to ${item.key} “Fix login”.`],
    ]);
    expect(await notificationsOf(edited)).toEqual([]);
    expect(await notificationsOf(document)).toEqual([]);
  });
});
