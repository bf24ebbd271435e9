import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { createPrismaClient } from '../../lib/db/prisma';
import { createLogger } from '../../lib/logger';
import { createServiceClient } from '../../lib/server/service-client';
import { startMailer } from '../../subgraphs/notifications/email/mailer';
import { scheduleEmail } from '../../subgraphs/notifications/email/schedule';
import { PrismaClient } from '../../subgraphs/notifications/generated/prisma/client';
import { parseEmail, type ReceivedEmail } from './email-message';
import { querySql, rawId, signUpUser, useTestStack, type TestUser } from '../testkit';

// The mailer against a real SMTP server in this process: what arrives (recipient, subject, both
// bodies, one-click unsubscribe), that the unsubscribe link works through the router, retries with
// backoff and the recorded delivery state, digests, quiet hours, and .eml files without SMTP_URL.
// Notifications are inserted directly and attached with scheduleEmail, as the projection does;
// the mailer is driven with explicit times (`runDue(now)`), so no clock is faked.

type Received = ReceivedEmail & { envelopeTo: string[]; raw: string };
const inbox: Received[] = [];
/** Recipients whose next RCPT TO is refused (count), or always (Infinity). */
const refuse = new Map<string, number>();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    const left = refuse.get(address.address.toLowerCase()) ?? 0;
    if (left > 0) {
      refuse.set(address.address.toLowerCase(), left - 1);
      const error = new Error('Mailbox temporarily unavailable') as Error & { responseCode: number };
      error.responseCode = 451;
      return callback(error);
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const envelopeTo = session.envelope.rcptTo.map((a) => a.address.toLowerCase());
      inbox.push({ ...parseEmail(raw), envelopeTo, raw });
      callback();
    });
  },
});
const email = {
  smtpUrl: 'smtp://127.0.0.1:1',
  publicUrl: 'https://workgraph.example.com',
  outboxDir: path.join(os.tmpdir(), `workgraph-email-test-unused-${process.pid}`),
};
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  email.smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

// The stack reads `email` when it starts, after the beforeAll above has set the port.
const stack = useTestStack({ email });

let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient(PrismaClient, { url: stack.databaseUrl, domain: 'notifications', poolSize: 2 });
});
afterAll(async () => {
  await prisma?.$disconnect();
});

const routerBase = () => stack.routerUrl.replace(/\/graphql$/, '');

function takeEmails(to: TestUser): Received[] {
  const taken = inbox.filter((mail) => mail.envelopeTo.includes(to.email.toLowerCase()));
  for (const mail of taken) inbox.splice(inbox.indexOf(mail), 1);
  return taken;
}

/** A notification row for `user` and its email delivery, as the projection would create them. */
async function notify(
  user: TestUser | string,
  at: Date,
  overrides: { type?: string; summary?: string; timeZone?: string } = {},
): Promise<{ notificationId: string; deliveryId: string }> {
  const recipientId = typeof user === 'string' ? user : rawId(user.userId);
  const notificationId = randomUUID();
  await prisma.notification.create({
    data: {
      id: notificationId,
      recipientId,
      type: overrides.type ?? 'ASSIGNED',
      eventId: randomUUID(),
      summary: overrides.summary ?? 'Ada Admin assigned WEB-3 “Fix login” to you.',
      createdAt: at,
    },
  });
  const deliveryId = await prisma.$transaction((tx) =>
    scheduleEmail(tx, { recipientId, notificationId, at, timeZone: overrides.timeZone ?? 'UTC' }),
  );
  return { notificationId, deliveryId };
}

interface DeliveryRow {
  kind: string;
  status: string;
  attempts: number;
  last_error: string | null;
  due_at: Date;
  sent_at: Date | null;
  message_id: string | null;
}

async function deliveryOf(id: string): Promise<DeliveryRow> {
  const [row] = await querySql<DeliveryRow>(
    stack,
    `SELECT kind, status, attempts, last_error, due_at, sent_at, message_id
       FROM notifications.email_delivery WHERE id = $1::uuid`,
    [id],
  );
  return row!;
}

const plus = (at: Date, ms: number) => new Date(at.getTime() + ms);

describe('notification emails over SMTP', () => {
  it('sends one email with both bodies and a one-click unsubscribe that works through the router', async () => {
    const mo = await signUpUser(stack, { name: 'Mo Member' });
    const at = new Date('2030-01-10T12:15:00Z');
    const { deliveryId } = await notify(mo, at);

    expect(await stack.mailer.runDue(plus(at, -1000))).toBe(0);
    expect(await stack.mailer.runDue(at)).toBe(1);
    const [mail, ...others] = takeEmails(mo);
    expect(others).toHaveLength(0);
    expect(mail!.envelopeTo).toEqual([mo.email.toLowerCase()]);
    expect(mail!.headers.get('to')).toContain(mo.email);
    expect(mail!.headers.get('from')).toContain('@');
    expect(mail!.subject).toBe('Ada Admin assigned WEB-3 “Fix login” to you.');
    expect(mail!.text).toContain('Hello Mo,');
    expect(mail!.text).toContain('Ada Admin assigned WEB-3 “Fix login” to you.');
    expect(mail!.html).toContain('<html lang="en">');
    expect(mail!.html).toMatch(/<main>[\s\S]*<h1>[\s\S]*<li><p>Ada Admin assigned WEB-3 “Fix login” to you\.<\/p>/);
    expect(mail!.html).toContain('>Stop emails about work items assigned to you</a>');
    expect(mail!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const header = mail!.headers.get('list-unsubscribe')!;
    const link = /^<(https:\/\/workgraph\.example\.com\/unsubscribe\?token=([^>]+))>$/.exec(header.replace(/\s+/g, ''));
    expect(link).not.toBeNull();
    expect(header).not.toContain('mailto:');
    // The header's link is the one in both bodies.
    expect(mail!.text).toContain(link![1]);
    expect(mail!.html).toContain(link![1]!.replace(/&/g, '&amp;'));

    const delivery = await deliveryOf(deliveryId);
    expect(delivery).toMatchObject({ kind: 'IMMEDIATE', status: 'SENT', attempts: 1, last_error: null });
    expect(delivery.sent_at).toEqual(at);
    expect(delivery.message_id).toBe(mail!.headers.get('message-id'));

    // GET only shows a confirmation form: link scanners change nothing.
    const token = decodeURIComponent(link![2]!);
    const page = await fetch(`${routerBase()}/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<form method="post" action="\/unsubscribe">[\s\S]*<button type="submit">/);
    const preference = () =>
      querySql<{ in_app: boolean; email: boolean }>(
        stack,
        `SELECT in_app, email FROM notifications.channel_preference WHERE user_id = $1::uuid AND type = 'ASSIGNED'`,
        [rawId(mo.userId)],
      );
    expect(await preference()).toEqual([]);

    // RFC 8058 one-click: POST to the header's URL with `List-Unsubscribe=One-Click`.
    const oneClick = await fetch(`${routerBase()}/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('no more emails about work items assigned to you');
    expect(await preference()).toEqual([{ in_app: true, email: false }]);

    // The confirmation form posts the token in its body; doing it again is harmless.
    const confirmed = await fetch(`${routerBase()}/unsubscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toMatch(/<h1>You are unsubscribed<\/h1>/);

    // A tampered token is refused.
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const refused = await fetch(`${routerBase()}/unsubscribe?token=${encodeURIComponent(tampered)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toBe('Invalid unsubscribe token.\n');
  });

  it('retries a refused email with backoff, then records it sent', async () => {
    const vi = await signUpUser(stack, { name: 'Vi Viewer' });
    refuse.set(vi.email.toLowerCase(), 2);
    const t0 = new Date('2030-01-11T09:00:00Z');
    const { deliveryId } = await notify(vi, t0, { type: 'MENTIONED', summary: 'Ada Admin mentioned you.' });

    expect(await stack.mailer.runDue(t0)).toBe(1);
    let delivery = await deliveryOf(deliveryId);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, sent_at: null });
    expect(delivery.last_error).toMatch(/451|temporarily unavailable/i);
    expect(delivery.due_at).toEqual(plus(t0, 30_000));

    // Not due again before the backoff is over.
    expect(await stack.mailer.runDue(plus(t0, 29_000))).toBe(0);
    const t1 = plus(t0, 30_000);
    expect(await stack.mailer.runDue(t1)).toBe(1);
    delivery = await deliveryOf(deliveryId);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(delivery.due_at).toEqual(plus(t1, 60_000));

    const t2 = plus(t1, 60_000);
    expect(await stack.mailer.runDue(t2)).toBe(1);
    delivery = await deliveryOf(deliveryId);
    expect(delivery).toMatchObject({ status: 'SENT', attempts: 3, last_error: null });
    expect(delivery.sent_at).toEqual(t2);
    const [mail] = takeEmails(vi);
    expect(mail!.subject).toBe('Ada Admin mentioned you.');
    expect(delivery.message_id).toBe(mail!.headers.get('message-id'));
    expect(takeEmails(vi)).toHaveLength(0);
  });

  it('gives up after the fifth attempt and records the last error', async () => {
    const otto = await signUpUser(stack, { name: 'Otto Outsider' });
    refuse.set(otto.email.toLowerCase(), Infinity);
    let now = new Date('2030-01-12T09:00:00Z');
    const { deliveryId } = await notify(otto, now);
    const waits = [30_000, 60_000, 120_000, 240_000];
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await stack.mailer.runDue(now)).toBe(1);
      const delivery = await deliveryOf(deliveryId);
      expect(delivery.attempts).toBe(attempt);
      expect(delivery.last_error).toMatch(/temporarily unavailable/i);
      if (attempt < 5) {
        expect(delivery.status).toBe('PENDING');
        expect(delivery.due_at).toEqual(plus(now, waits[attempt - 1]!));
        now = delivery.due_at;
      } else {
        expect(delivery.status).toBe('FAILED');
      }
    }
    expect(await stack.mailer.runDue(plus(now, 24 * 3600_000))).toBe(0);
    expect(takeEmails(otto)).toHaveLength(0);
    refuse.delete(otto.email.toLowerCase());
  });

  it('fails a delivery to a user the users service does not know, with a clear error', async () => {
    const at = new Date('2030-01-13T09:00:00Z');
    const { deliveryId } = await notify(randomUUID(), at);
    expect(await stack.mailer.runDue(at)).toBe(1);
    const delivery = await deliveryOf(deliveryId);
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 1, sent_at: null });
    expect(delivery.last_error).toBe('The recipient is unknown or has no email address.');
  });

  it('batches notifications into one digest email at the next full hour', async () => {
    const ada = await signUpUser(stack, { name: 'Ada Admin' });
    await querySql(
      stack,
      `INSERT INTO notifications.email_settings (user_id, digest, updated_at) VALUES ($1::uuid, 'HOURLY', now())`,
      [rawId(ada.userId)],
    );
    const at = new Date('2030-01-14T09:10:00Z');
    const first = await notify(ada, at, { summary: 'Mo Member assigned WEB-1 “One” to you.' });
    const second = await notify(ada, plus(at, 60_000), {
      type: 'COMMENTED',
      summary: 'Mo Member commented on WEB-1 “One”.',
    });
    const third = await notify(ada, plus(at, 120_000), {
      type: 'COMMENTED',
      summary: 'Vi Viewer commented on WEB-1 “One”.',
    });
    expect(second.deliveryId).toBe(first.deliveryId);
    expect(third.deliveryId).toBe(first.deliveryId);
    const digest = await deliveryOf(first.deliveryId);
    expect(digest).toMatchObject({ kind: 'DIGEST', status: 'PENDING' });
    expect(digest.due_at).toEqual(new Date('2030-01-14T10:00:00Z'));

    expect(await stack.mailer.runDue(plus(at, 10 * 60_000))).toBe(0);
    expect(await stack.mailer.runDue(new Date('2030-01-14T10:00:00Z'))).toBe(1);
    const [mail, ...others] = takeEmails(ada);
    expect(others).toHaveLength(0);
    expect(mail!.subject).toBe('Your Workgraph digest: 3 notifications');
    expect(mail!.html).toMatch(
      /<ol>[\s\S]*WEB-1 “One” to you[\s\S]*Mo Member commented[\s\S]*Vi Viewer commented[\s\S]*<\/ol>/,
    );
    expect(mail!.text).toMatch(/1\. Mo Member assigned[\s\S]*2\. Mo Member commented[\s\S]*3\. Vi Viewer commented/);
    // The header unsubscribes from the digest's most frequent type; the body has a link per type.
    expect(mail!.text).toContain('Stop emails about comments on work items you watch');
    expect(mail!.text).toContain('Stop emails about work items assigned to you');
    expect(mail!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect((await deliveryOf(first.deliveryId)).status).toBe('SENT');

    // The sent digest takes no more: the next notification starts a new one.
    const later = await notify(ada, new Date('2030-01-14T10:05:00Z'));
    expect(later.deliveryId).not.toBe(first.deliveryId);
    expect((await deliveryOf(later.deliveryId)).due_at).toEqual(new Date('2030-01-14T11:00:00Z'));
    expect(await stack.mailer.runDue(new Date('2030-01-14T11:00:00Z'))).toBe(1);
    expect(takeEmails(ada).map((m) => m.subject)).toEqual(['Your Workgraph digest: 1 notification']);
  });

  it('sends each due email once when two mailers run at the same time', async () => {
    const users = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => signUpUser(stack, { name: `Pat ${n}` })));
    const at = new Date('2030-01-17T09:00:00Z');
    for (const user of users) await notify(user, at);
    const usersClient = createServiceClient({
      url: stack.subgraphUrls.users,
      signingSecret: stack.signingSecret,
      caller: 'notifications',
    });
    const other = startMailer({
      prisma,
      email: { ...email, from: 'Workgraph <notifications@workgraph.example.com>' },
      signingSecret: stack.signingSecret,
      logger: createLogger('test', 'silent'),
      usersClient,
      pollMs: 0,
    });
    try {
      const counts = await Promise.all([stack.mailer.runDue(at), other.runDue(at), stack.mailer.runDue(at)]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    } finally {
      await other.stop();
      await usersClient.close();
    }
    for (const user of users) expect(takeEmails(user)).toHaveLength(1);
  });

  it('holds immediate emails until the recipient’s quiet hours end, in their time zone', async () => {
    const qi = await signUpUser(stack, { name: 'Qi Quiet' });
    // 22:00-07:00 local.
    await querySql(
      stack,
      `INSERT INTO notifications.email_settings (user_id, quiet_start, quiet_end, digest, updated_at)
       VALUES ($1::uuid, 1320, 420, 'NONE', now())`,
      [rawId(qi.userId)],
    );
    // 23:30 in Tokyo (UTC+9) → 07:00 Tokyo the next day = 22:00 UTC.
    const at = new Date('2030-01-15T14:30:00Z');
    const { deliveryId } = await notify(qi, at, { timeZone: 'Asia/Tokyo' });
    expect((await deliveryOf(deliveryId)).due_at).toEqual(new Date('2030-01-15T22:00:00Z'));
    expect(await stack.mailer.runDue(plus(at, 60_000))).toBe(0);
    expect(await stack.mailer.runDue(new Date('2030-01-15T22:00:00Z'))).toBe(1);
    expect(takeEmails(qi)).toHaveLength(1);
  });
});

describe('notification emails without SMTP_URL', () => {
  const outboxDir = path.join(os.tmpdir(), `workgraph-email-test-${process.pid}-${randomUUID()}`);
  afterAll(() => rmSync(outboxDir, { recursive: true, force: true }));

  it('writes each email as an .eml file named after its delivery, and logs the path', async () => {
    const lines: { message: string; fields?: Record<string, unknown> }[] = [];
    const silent = createLogger('test', 'silent');
    const logger = {
      ...silent,
      info: (message: string, fields?: Record<string, unknown>) => lines.push({ message, fields }),
    };
    const usersClient = createServiceClient({
      url: stack.subgraphUrls.users,
      signingSecret: stack.signingSecret,
      caller: 'notifications',
    });
    const mailer = startMailer({
      prisma,
      email: { from: 'Workgraph <notifications@workgraph.example.com>', outboxDir, publicUrl: email.publicUrl },
      signingSecret: stack.signingSecret,
      logger,
      usersClient,
      pollMs: 0,
    });
    try {
      const eve = await signUpUser(stack, { name: 'Eve Example' });
      const at = new Date('2030-01-16T09:00:00Z');
      const { deliveryId } = await notify(eve, at, { type: 'SPRINT_STARTED', summary: 'Sprint “Sprint 4” started.' });
      expect(await mailer.runDue(at)).toBe(1);
      const file = path.join(outboxDir, `${deliveryId}.eml`);
      expect(existsSync(file)).toBe(true);
      const mail = parseEmail(readFileSync(file, 'utf8'));
      expect(mail.headers.get('to')).toContain(eve.email);
      expect(mail.subject).toBe('Sprint “Sprint 4” started.');
      expect(mail.text).toContain('Sprint “Sprint 4” started.');
      expect(mail.html).toContain('<h1>Workgraph notification</h1>');
      expect(mail.headers.get('list-unsubscribe')).toMatch(/^<https:\/\/workgraph\.example\.com\/unsubscribe\?token=/);
      expect(lines).toContainEqual(expect.objectContaining({ fields: expect.objectContaining({ deliveryId, file }) }));
      expect(await deliveryOf(deliveryId)).toMatchObject({ status: 'SENT', attempts: 1 });
      expect(inbox).toHaveLength(0);
    } finally {
      await mailer.stop();
      await usersClient.close();
    }
  });
});
