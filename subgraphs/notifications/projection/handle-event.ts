import type { Delivery, StreamEvent } from '../../../lib/events/bus';
import type { AnyEventEnvelope, EventEnvelope } from '../../../lib/events/envelope';
import { markProcessed } from '../../../lib/events/processed-events';
import type { Logger } from '../../../lib/logger';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { NotificationsPrisma, NotificationsTx } from '../db';
import { fetchUserContacts, type ContactCache, type UserContact } from './contacts';
import { scheduleDashboardReportEmail } from '../email/dashboard-reports';
import { invitationEmailFacts, invitationEmailScheduler, scheduleInvitationEmail } from '../email/invitations';
import {
  notify,
  type EmailScheduler,
  type NotificationSubject,
  type NotifyResult,
  type PlannedNotification,
} from './notify';
import { askUsersFor, organizationAdminIdsFor } from './organization-admins';
import { projectKeyFor } from './project-keys';
import { assigneeIdsOf, upsertWorkItemOnce, watcherIdsOf, workItemNameOf } from './read-model';
import {
  autoWatchesOf,
  newAttachmentOf,
  recipientsOf,
  sprintItemIdsOf,
  workItemIdOf,
  type Recipient,
  type RecipientFacts,
} from './recipients';
import { summaryOf, type SummaryFacts } from './summaries';
import { applyAutoWatches, unwatchProjectItems } from './watchers';

/** The consumer group (and processed-events consumer name) of the notifications service. */
export const notificationsGroup = 'notifications';

type Executor = NotificationsPrisma | NotificationsTx;

/** Events with effects besides notifying recipients and starting watches (see the transaction below). */
const effectfulTypes: ReadonlySet<string> = new Set([
  'project.member_removed',
  'dashboard.report_due',
  'organization.invitation_created',
]);

/** What was fetched before the transaction: contacts, and the key of a project someone joined. */
interface Known {
  contacts: Map<string, UserContact>;
  projectKey: string | null;
}

/** `organizationAdminIds`: asked of the users service before the transaction, for the events that need them. */
async function factsOf(
  executor: Executor,
  envelope: AnyEventEnvelope,
  organizationAdminIds: readonly string[],
): Promise<RecipientFacts> {
  const workItemId = workItemIdOf(envelope);
  return {
    watcherIds: workItemId ? await watcherIdsOf(executor, workItemId) : [],
    sprintAssigneeIds: await assigneeIdsOf(executor, sprintItemIdsOf(envelope)),
    organizationAdminIds,
  };
}

/**
 * Marks the event processed, with a work-item event's snapshot in the read model in the same
 * statement; false when it was processed before (and nothing is written).
 */
function markOnce(executor: NotificationsPrisma | NotificationsTx, envelope: AnyEventEnvelope): Promise<boolean> {
  const event = { consumer: notificationsGroup, eventId: envelope.id };
  if (envelope.type.startsWith('work_item.') && 'workItem' in envelope.payload) {
    const deleted = envelope.type === 'work_item.deleted';
    return upsertWorkItemOnce(executor, event, envelope.payload.workItem, envelope.organizationId, deleted);
  }
  return markProcessed(executor, 'notifications', notificationsGroup, envelope.id);
}

async function isProcessed(prisma: NotificationsPrisma, eventId: string): Promise<boolean> {
  const seen = await prisma.processedEvent.findUnique({
    where: { consumer_eventId: { consumer: notificationsGroup, eventId } },
    select: { eventId: true },
  });
  return seen !== null;
}

/** What the notifications of the event link to. */
function subjectOf(envelope: AnyEventEnvelope): NotificationSubject {
  const base = {
    event: envelope,
    actorId: envelope.actorId,
    createdAt: new Date(envelope.occurredAt),
    invitationId: envelope.type === 'organization.invitation_created' ? envelope.payload.invitationId : null,
  };
  if ('workItem' in envelope.payload && envelope.type.startsWith('work_item.')) {
    const item = envelope.payload.workItem;
    return { ...base, projectId: item.projectId, workItemId: item.id, sprintId: null };
  }
  if ('sprint' in envelope.payload && envelope.type.startsWith('sprint.')) {
    const sprint = envelope.payload.sprint;
    return { ...base, projectId: sprint.projectId, workItemId: null, sprintId: sprint.id };
  }
  // An attachment's notification is about the item it is attached to, not the file or link.
  const workItemId = newAttachmentOf(envelope)?.workItemId ?? null;
  return { ...base, projectId: envelope.projectId, workItemId, sprintId: null };
}

/** `attachedTo`: the key and title of the item an attachment event names, from the read model. */
function summaryFactsOf(
  envelope: AnyEventEnvelope,
  actorName: string | null,
  projectKey: string | null,
  attachedTo: { key: string; title: string } | null,
): SummaryFacts {
  const facts: SummaryFacts = { actorName, projectKey };
  if ('workItem' in envelope.payload && envelope.type.startsWith('work_item.')) {
    const item = envelope.payload.workItem;
    Object.assign(facts, { itemKey: item.key, itemTitle: item.title, stateCategory: item.stateCategory });
  }
  if ('sprint' in envelope.payload && envelope.type.startsWith('sprint.'))
    facts.sprintName = envelope.payload.sprint.name;
  if (envelope.type === 'organization.invitation_created') {
    Object.assign(facts, { organizationName: envelope.payload.organizationName, role: envelope.payload.role });
  }
  if (envelope.type === 'webhook_endpoint.disabled') {
    facts.webhook = { url: envelope.payload.url, reason: envelope.payload.reason };
  }
  const attachment = newAttachmentOf(envelope);
  if (attachment) {
    const { kind, name, onComment } = attachment;
    Object.assign(facts, {
      itemKey: attachedTo?.key,
      itemTitle: attachedTo?.title,
      attachment: { kind, name, onComment },
    });
  }
  return facts;
}

/**
 * Handles one event, once: every event is marked processed (relevant or not) in the transaction of
 * its effects: the work-item read model, watchers, notifications, their email scheduling and their
 * `notification.created` events, or a dashboard report's email (an event that notifies no one: its
 * read-model row and mark in one statement). User contacts, and an organization's
 * admins for the events told to them, are fetched before the transaction (contacts again inside it
 * only for a recipient that appeared meanwhile). Errors propagate: the bus retries, and for as long
 * as it takes when the users service does not answer for an event told to an organization's admins.
 */
export function createNotificationsEventHandler(options: {
  prisma: NotificationsPrisma;
  usersClient: ServiceClient;
  /** Keys of projects people are added to. */
  projectsClient: ServiceClient;
  logger: Logger;
  /** Recipients' contacts kept across events; without it every event asks the users service. */
  contactCache?: ContactCache;
}): (event: Pick<StreamEvent, 'envelope'>, delivery?: Delivery) => Promise<void> {
  const { prisma, usersClient, projectsClient, logger, contactCache } = options;
  const contactsOf = (ids: Iterable<string>) => fetchUserContacts(usersClient, ids, contactCache);
  return async ({ envelope }, delivery) => {
    // Only a redelivery can find its event processed (the bus publishes an envelope id once); the
    // check in the transaction below is what keeps it once, this one spares the calls before it.
    if ((!delivery || delivery.attempt > 1) && (await isProcessed(prisma, envelope.id))) {
      logger.debug('event already notified', { eventId: envelope.id });
      return;
    }
    const adminIds = await organizationAdminIdsFor(usersClient, envelope);
    // Who is likely to be notified (or emailed a report), to fetch their contacts outside the transaction.
    const likely = recipientsOf(envelope, await factsOf(prisma, envelope, adminIds)).map((r) => r.userId);
    if (envelope.type === 'dashboard.report_due') likely.push(envelope.payload.recipientId);
    if (!likely.length && !autoWatchesOf(envelope).length && !effectfulTypes.has(envelope.type)) {
      // Most events notify no one (an edit, a move within a column): the read model's row and the
      // mark are all they change, in one statement instead of a transaction.
      await markOnce(prisma, envelope);
      logger.debug('event notified no one', { eventId: envelope.id, type: envelope.type });
      return;
    }
    const contacts =
      likely.length || envelope.type === 'organization.invitation_created'
        ? await askUsersFor(envelope, "the recipients' contacts", () =>
            contactsOf([...(envelope.actorId ? [envelope.actorId] : []), ...likely]),
          )
        : new Map<string, UserContact>();
    const projectKey =
      envelope.type === 'project.member_added' && envelope.projectId
        ? await projectKeyFor(projectsClient, envelope.projectId, envelope.payload.userId)
        : null;

    await prisma.$transaction(async (tx) => {
      if (!(await markOnce(tx, envelope))) {
        logger.debug('event already notified', { eventId: envelope.id });
        return;
      }
      const now = new Date();
      const facts = await factsOf(tx, envelope, adminIds);
      const recipients = recipientsOf(envelope, facts);
      const workItemId = workItemIdOf(envelope);
      const scope = envelope.projectId
        ? { projectId: envelope.projectId, organizationId: envelope.organizationId }
        : null;
      if (workItemId && scope) await applyAutoWatches(tx, workItemId, scope, autoWatchesOf(envelope), now);
      if (envelope.type === 'project.member_removed' && scope) {
        await unwatchProjectItems(tx, scope, envelope.payload.userId, now);
      }
      if (envelope.type === 'dashboard.report_due') {
        const timeZone = contacts.get(envelope.payload.recipientId)?.timeZone ?? 'UTC';
        const emailed = await scheduleDashboardReportEmail(tx, envelope, timeZone, now);
        logger.debug('dashboard report handled', { eventId: envelope.id, emailed });
        return;
      }
      const known = { contacts, projectKey };
      const result =
        envelope.type === 'organization.invitation_created'
          ? await notifyInvitee(tx, envelope, recipients, known, now)
          : await notifyRecipients(tx, envelope, recipients, known, now);
      logger.debug('event notified', { eventId: envelope.id, type: envelope.type, ...result });
    });
  };

  /**
   * An invitation: the invitee's in-app notification, whose email is the invitation email, when the
   * address has an account (and their preferences want one); else only the email, to the address.
   */
  async function notifyInvitee(
    tx: NotificationsTx,
    envelope: EventEnvelope<'organization.invitation_created'>,
    recipients: Recipient[],
    known: Known,
    now: Date,
  ): Promise<NotifyResult | undefined> {
    const inviterName = envelope.actorId ? (known.contacts.get(envelope.actorId)?.name ?? null) : null;
    const { inviteeId, email } = envelope.payload;
    if (!inviteeId) {
      const facts = invitationEmailFacts(envelope, { inviterName, recipientName: null });
      await scheduleInvitationEmail(tx, { recipientId: null, email, facts, at: now });
      return { created: 0, inApp: 0, emailed: 1 };
    }
    const recipientName = known.contacts.get(inviteeId)?.name ?? null;
    const schedule = invitationEmailScheduler(email, invitationEmailFacts(envelope, { inviterName, recipientName }));
    return notifyRecipients(tx, envelope, recipients, known, now, schedule);
  }

  async function notifyRecipients(
    tx: NotificationsTx,
    envelope: AnyEventEnvelope,
    recipients: Recipient[],
    known: Known,
    now: Date,
    schedule?: EmailScheduler,
  ): Promise<NotifyResult | undefined> {
    const { contacts, projectKey } = known;
    if (!recipients.length) return undefined;
    const wanted = [...(envelope.actorId ? [envelope.actorId] : []), ...recipients.map((r) => r.userId)];
    const missing = wanted.filter((id) => !contacts.has(id));
    if (missing.length) {
      for (const [id, contact] of await contactsOf(missing)) contacts.set(id, contact);
    }
    const actorName = envelope.actorId ? (contacts.get(envelope.actorId)?.name ?? null) : null;
    const attachment = newAttachmentOf(envelope);
    const attachedTo = attachment ? await workItemNameOf(tx, attachment.workItemId) : null;
    const summaryFacts = summaryFactsOf(
      envelope,
      envelope.actorId && !actorName ? 'Someone' : actorName,
      projectKey,
      attachedTo,
    );
    const planned: PlannedNotification[] = recipients.map((recipient) => ({
      recipientId: recipient.userId,
      type: recipient.type,
      summary: summaryOf(recipient.type, summaryFacts),
      timeZone: contacts.get(recipient.userId)?.timeZone ?? 'UTC',
    }));
    return notify(tx, subjectOf(envelope), planned, now, schedule);
  }
}
