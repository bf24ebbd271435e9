import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { Logger } from '../../../lib/logger';
import { startPollLoop } from '../../../lib/server/poll-loop';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { NotificationsPrisma } from '../db';
import { safeTimeZone } from './quiet-hours';
import { createInvitationToken, invitationUrl } from '../../../lib/invitation-token';
import type { NotificationType } from '../notification-types';
import { forgetChartLinks, parseDashboardReportFacts } from './dashboard-reports';
import { renderDashboardReportEmail } from './dashboard-report-template';
import type { InvitationEmailFacts } from './invitations';
import { renderEmail, renderInvitationEmail } from './templates';
import { createEmailTransport, type EmailTransport } from './transport';
import { createUnsubscribeToken, unsubscribeUrl } from './unsubscribe';

export interface EmailOptions {
  /** smtp:// or smtps:// URL; without one, emails are written as .eml files to `outboxDir`. */
  smtpUrl?: string;
  from: string;
  outboxDir: string;
  /** The router's public URL, for links in emails (unsubscribe, invitations); read at each send. */
  publicUrl: string | (() => string);
}

export interface Mailer {
  /** Sends every delivery due by `now` (default: now); resolves with how many were attempted. */
  runDue(now?: Date): Promise<number>;
  stop(): Promise<void>;
}

/** Attempts before a delivery is given up as FAILED. */
export const maxAttempts = 5;
/** How long a picked delivery is reserved for the instance sending it (if that one dies, another retries after). */
const leaseMs = 10 * 60_000;
const batchSize = 50;

/** The wait before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, … at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

const DueDeliveryRow = z.object({ id: z.string() });

const PickedDeliveryRow = z.object({
  id: z.string(),
  /** Null for an invitation to an address without an account. */
  recipient_id: z.string().nullable(),
  kind: z.string(),
  attempts: z.number().int(),
});
type PickedDelivery = z.infer<typeof PickedDeliveryRow>;

interface UserContact {
  id: string;
  name: string;
  email: string;
  timeZone: string;
}

const contactsQuery = `query ($ids: [ID!]!) { userContacts(ids: $ids) { id name email timeZone } }`;

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000);
}

/**
 * Sends due email deliveries. Each round picks due PENDING rows with FOR UPDATE SKIP LOCKED in a
 * short transaction that counts the attempt and leases the row (due_at moved ahead), so several
 * instances never send the same delivery; then renders and sends outside the transaction and
 * records SENT, or the error and the next attempt's time (FAILED after the last attempt).
 */
export function startMailer(options: {
  prisma: NotificationsPrisma;
  email: EmailOptions;
  signingSecret: string;
  logger: Logger;
  /** Names, addresses and time zones of recipients (users' `userContacts`). */
  usersClient: Pick<ServiceClient, 'query'>;
  /** How often due deliveries are looked for; 0 disables the timer (tests call runDue). Default 1000 ms. */
  pollMs?: number;
}): Mailer {
  const { prisma, email, signingSecret, logger, usersClient } = options;
  const pollMs = options.pollMs ?? 1000;
  const publicUrl = () => (typeof email.publicUrl === 'function' ? email.publicUrl() : email.publicUrl);
  let transport: EmailTransport | undefined;
  const transportOf = () =>
    (transport ??= createEmailTransport({ smtpUrl: email.smtpUrl, outboxDir: email.outboxDir, logger }));

  async function pick(now: Date): Promise<PickedDelivery[]> {
    return prisma.$transaction(async (tx) => {
      const due = parseRows(
        'dueDeliveries',
        DueDeliveryRow,
        await tx.$queryRaw`
          SELECT id::text AS id FROM notifications.email_delivery
          WHERE status = 'PENDING' AND due_at <= ${now}
          ORDER BY due_at
          LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED`,
      );
      if (!due.length) return [];
      return parseRows(
        'leaseDeliveries',
        PickedDeliveryRow,
        await tx.$queryRaw`
          UPDATE notifications.email_delivery
          SET attempts = attempts + 1, due_at = ${new Date(now.getTime() + leaseMs)}
          WHERE id = ANY(${due.map((d) => d.id)}::uuid[])
          RETURNING id::text AS id, recipient_id::text AS recipient_id, kind, attempts`,
      );
    });
  }

  async function recordFailure(delivery: PickedDelivery, now: Date, error: string, final = false): Promise<void> {
    const failed = final || delivery.attempts >= maxAttempts;
    await prisma.emailDelivery.updateMany({
      where: { id: delivery.id, status: 'PENDING' },
      data: failed
        ? { status: 'FAILED', lastError: error }
        : { lastError: error, dueAt: new Date(now.getTime() + retryDelayMs(delivery.attempts)) },
    });
    logger.warn(failed ? 'email delivery failed for good' : 'email delivery failed; will retry', {
      deliveryId: delivery.id,
      attempts: delivery.attempts,
      error,
    });
  }

  const unsubscribeLink = (recipientId: string, type: NotificationType) =>
    unsubscribeUrl(publicUrl(), createUnsubscribeToken(signingSecret, recipientId, type));

  const unsubscribeHeaders = (recipientId: string, type: NotificationType): Record<string, string> => ({
    'List-Unsubscribe': `<${unsubscribeLink(recipientId, type)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'Auto-Submitted': 'auto-generated',
  });

  /** Sends and records SENT, or records the failure (to retry). */
  async function deliver(
    delivery: PickedDelivery,
    now: Date,
    email: {
      to: { name: string; address: string };
      subject: string;
      html: string;
      text: string;
      headers: Record<string, string>;
    },
  ): Promise<boolean> {
    let messageId: string;
    try {
      ({ messageId } = await transportOf().send({ deliveryId: delivery.id, from: options.email.from, ...email }));
    } catch (error) {
      await recordFailure(delivery, now, errorText(error));
      return false;
    }
    await prisma.emailDelivery.updateMany({
      where: { id: delivery.id, status: 'PENDING' },
      data: { status: 'SENT', sentAt: now, messageId, lastError: null },
    });
    return true;
  }

  /** Rebuilds the link from the invitation's nonce, sends it, then forgets the nonce. */
  async function sendInvitation(delivery: PickedDelivery, contact: UserContact | null, now: Date): Promise<void> {
    const row = await prisma.emailDelivery.findUnique({
      where: { id: delivery.id },
      select: { recipientEmail: true, invitation: true },
    });
    const facts = row?.invitation as InvitationEmailFacts | null | undefined;
    if (!row?.recipientEmail || !facts?.nonce) {
      return recordFailure(delivery, now, 'The invitation email has no address or no link to send.', true);
    }
    const token = createInvitationToken(signingSecret, facts.invitationId, facts.nonce);
    const rendered = renderInvitationEmail({
      organizationName: facts.organizationName,
      role: facts.role,
      inviterName: facts.inviterName,
      recipientName: facts.recipientName,
      acceptUrl: invitationUrl(publicUrl(), token),
      expiresAt: new Date(facts.expiresAt),
      timeZone: safeTimeZone(contact?.timeZone ?? 'UTC'),
    });
    // An address without an account has no preferences to change: no unsubscribe link.
    const headers = delivery.recipient_id
      ? unsubscribeHeaders(delivery.recipient_id, 'INVITED_TO_ORGANIZATION')
      : { 'Auto-Submitted': 'auto-generated' };
    const sent = await deliver(delivery, now, {
      to: { name: facts.recipientName ?? '', address: row.recipientEmail },
      ...rendered,
      headers,
    });
    if (!sent) return;
    // Sent: the link need not (and should not) be rebuildable from this row any more.
    await prisma.$executeRaw`
      UPDATE notifications.email_delivery SET invitation = invitation - 'nonce' WHERE id = ${delivery.id}::uuid`;
    logger.info('email sent', { deliveryId: delivery.id, kind: delivery.kind });
  }

  /** A dashboard's weekly report, as the analytics service composed it; its chart links are forgotten once sent. */
  async function sendDashboardReport(delivery: PickedDelivery, contact: UserContact | null, now: Date): Promise<void> {
    const row = await prisma.emailDelivery.findUnique({ where: { id: delivery.id }, select: { report: true } });
    const report = parseDashboardReportFacts(row?.report);
    if (!report) return recordFailure(delivery, now, 'The dashboard report email has no report to send.', true);
    if (!contact?.email) return recordFailure(delivery, now, 'The recipient is unknown or has no email address.', true);
    const rendered = renderDashboardReportEmail({
      ...report,
      recipientName: contact.name,
      unsubscribeUrl: unsubscribeLink(contact.id, 'DASHBOARD_REPORT'),
    });
    const to = { name: contact.name, address: contact.email };
    const headers = unsubscribeHeaders(contact.id, 'DASHBOARD_REPORT');
    const sent = await deliver(delivery, now, { to, ...rendered, headers });
    if (!sent) return;
    await forgetChartLinks(prisma, delivery.id);
    logger.info('email sent', { deliveryId: delivery.id, kind: delivery.kind, widgets: report.widgets.length });
  }

  async function sendOne(delivery: PickedDelivery, contact: UserContact | null, now: Date): Promise<void> {
    if (delivery.kind === 'INVITATION') return sendInvitation(delivery, contact, now);
    if (delivery.kind === 'DASHBOARD_REPORT') return sendDashboardReport(delivery, contact, now);
    const notifications = await prisma.notification.findMany({
      where: { emailDeliveryId: delivery.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { type: true, summary: true, createdAt: true },
    });
    if (!notifications.length) {
      return recordFailure(delivery, now, 'No notifications are attached to this delivery.', true);
    }
    if (!contact || !contact.email) {
      return recordFailure(delivery, now, 'The recipient is unknown or has no email address.', true);
    }
    const rendered = renderEmail({
      kind: delivery.kind === 'DIGEST' ? 'DIGEST' : 'IMMEDIATE',
      recipientName: contact.name,
      timeZone: safeTimeZone(contact.timeZone),
      notifications,
      unsubscribeUrl: (type) => unsubscribeLink(contact.id, type),
    });
    const sent = await deliver(delivery, now, {
      to: { name: contact.name, address: contact.email },
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      headers: unsubscribeHeaders(contact.id, rendered.unsubscribeType),
    });
    if (!sent) return;
    logger.info('email sent', { deliveryId: delivery.id, kind: delivery.kind, notifications: notifications.length });
  }

  async function runDue(now: Date = new Date()): Promise<number> {
    let attempted = 0;
    for (;;) {
      const picked = await pick(now);
      if (!picked.length) return attempted;
      attempted += picked.length;
      const recipientIds = [...new Set(picked.map((d) => d.recipient_id).filter((id): id is string => id !== null))];
      let contacts: Map<string, UserContact | null>;
      try {
        contacts = new Map();
        for (let i = 0; i < recipientIds.length; i += 200) {
          const ids = recipientIds.slice(i, i + 200);
          const { userContacts } = await usersClient.query<{ userContacts: (UserContact | null)[] }>(contactsQuery, {
            ids,
          });
          ids.forEach((id, index) => contacts.set(id, userContacts[index] ?? null));
        }
      } catch (error) {
        // The users service is unreachable: every picked delivery is retried later.
        for (const delivery of picked)
          await recordFailure(delivery, now, `Recipient lookup failed: ${errorText(error)}`);
        continue;
      }
      for (const delivery of picked) {
        try {
          await sendOne(delivery, (delivery.recipient_id && contacts.get(delivery.recipient_id)) || null, now);
        } catch (error) {
          logger.error('email delivery could not be processed', { deliveryId: delivery.id, error: errorText(error) });
          await recordFailure(delivery, now, errorText(error)).catch(() => {});
        }
      }
      if (picked.length < batchSize) return attempted;
    }
  }

  const loop = startPollLoop({ pollMs, round: () => runDue(), logger, failure: 'mailer round failed' });
  return {
    runDue,
    async stop() {
      await loop.stop();
      transport?.close();
    },
  };
}
