// Email bodies: one notification, or a digest of several. Both an HTML and a plain-text part.
// The HTML is plain semantic markup (lang, <main>, one <h1>, lists, links whose text says where
// they lead), no images, no layout tables, and no meaning carried by colour: it reads the same in
// a screen reader, a text-only client or with styles stripped.

import { notificationTopics, type NotificationType } from '../notification-types';

export interface EmailNotification {
  type: string;
  /** The notification's plain-text sentence. */
  summary: string;
  createdAt: Date;
}

export interface RenderInput {
  kind: 'IMMEDIATE' | 'DIGEST';
  recipientName: string;
  /** The recipient's IANA time zone, for the times shown. */
  timeZone: string;
  /** Oldest first. */
  notifications: EmailNotification[];
  /** The one-click unsubscribe link for a type. */
  unsubscribeUrl(type: NotificationType): string;
  productName?: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  /** The type the List-Unsubscribe header turns off: the (most frequent) type of the email. */
  unsubscribeType: NotificationType;
}

function isType(type: string): type is NotificationType {
  return type in notificationTopics;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function formatTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(at);
}

/** The document up to the opening of `<main>`: every kind of email shares it. */
export const pageStart = (title: string) => `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <main>`;

/** Subject lines stay on one line and short enough for inbox lists. */
export function oneLine(text: string, max = 150): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

/** The types in order of frequency (ties: first seen), restricted to known ones. */
function typesByFrequency(notifications: EmailNotification[]): NotificationType[] {
  const counts = new Map<NotificationType, number>();
  for (const { type } of notifications) if (isType(type)) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([type]) => type);
}

export function renderEmail(input: RenderInput): RenderedEmail {
  const product = input.productName ?? 'Workgraph';
  const { notifications, timeZone } = input;
  if (!notifications.length) throw new Error('An email needs at least one notification.');
  const types = typesByFrequency(notifications);
  const unsubscribeType = types[0] ?? 'ASSIGNED';
  const digest = input.kind === 'DIGEST';
  const count = notifications.length;
  const countText = `${count} notification${count === 1 ? '' : 's'}`;
  const subject = digest ? `Your ${product} digest: ${countText}` : oneLine(notifications[0]!.summary);
  const heading = digest ? `Your ${product} digest: ${countText}` : `${product} notification`;
  const greeting = `Hello ${firstName(input.recipientName)},`;
  const intro = digest ? 'Here is what happened since your last digest.' : 'Here is what happened.';
  const ordered = [...types];
  for (const { type } of notifications) if (isType(type) && !ordered.includes(type)) ordered.push(type);

  const htmlItems = notifications
    .map(
      (n) =>
        `      <li><p>${escapeHtml(n.summary)}</p><p>Time: <time datetime="${n.createdAt.toISOString()}">${escapeHtml(
          formatTime(n.createdAt, timeZone),
        )}</time></p></li>`,
    )
    .join('\n');
  const htmlLinks = ordered
    .map(
      (type) =>
        `        <li><a href="${escapeHtml(input.unsubscribeUrl(type))}">Stop emails about ${escapeHtml(
          notificationTopics[type],
        )}</a></li>`,
    )
    .join('\n');
  const html = `${pageStart(subject)}
      <h1>${escapeHtml(heading)}</h1>
      <p>${escapeHtml(greeting)}</p>
      <p>${escapeHtml(intro)}</p>
      <${digest ? 'ol' : 'ul'}>
${htmlItems}
      </${digest ? 'ol' : 'ul'}>
    </main>
    <footer>
      <p>You get this email because email notifications are on for ${escapeHtml(
        ordered.map((type) => notificationTopics[type]).join(', '),
      )}. Each link below turns off one kind of email; your in-app notifications stay on.</p>
      <ul>
${htmlLinks}
      </ul>
    </footer>
  </body>
</html>
`;

  const textItems = notifications
    .map((n, index) => `${digest ? `${index + 1}.` : '-'} ${n.summary}\n   Time: ${formatTime(n.createdAt, timeZone)}`)
    .join('\n\n');
  const textLinks = ordered
    .map((type) => `- Stop emails about ${notificationTopics[type]}:\n  ${input.unsubscribeUrl(type)}`)
    .join('\n');
  const text = `${heading}

${greeting}

${intro}

${textItems}

--
You get this email because email notifications are on for ${ordered
    .map((type) => notificationTopics[type])
    .join(', ')}. Each link below turns off one kind of email; your in-app notifications stay on.
${textLinks}
`;
  return { subject, html, text, unsubscribeType };
}

export interface InvitationEmailInput {
  organizationName: string;
  /** An organization role: OWNER, ADMIN, MEMBER or GUEST. */
  role: string;
  inviterName: string | null;
  /** The invitee's name when the address has an account; null: the email also asks them to sign up. */
  recipientName: string | null;
  acceptUrl: string;
  expiresAt: Date;
  timeZone: string;
  productName?: string;
}

/** The invitation email: who invites whom to what, the link to accept, and when it stops working. */
export function renderInvitationEmail(input: InvitationEmailInput): { subject: string; html: string; text: string } {
  const product = input.productName ?? 'Workgraph';
  const inviter = input.inviterName ?? 'Someone';
  const role = input.role.toLowerCase();
  const subject = oneLine(`${inviter} invited you to join ${input.organizationName} on ${product}`);
  const greeting = input.recipientName ? `Hello ${firstName(input.recipientName)},` : 'Hello,';
  const invitation = `${inviter} invited you to join ${input.organizationName} on ${product}, with the role ${role}.`;
  const howTo = input.recipientName
    ? `Open the link below to accept, signed in to ${product}. You can also accept or decline the invitation in ${product} itself.`
    : `You need a ${product} account to accept: open the link below, sign up (or sign in), and the invitation is accepted for the account you use.`;
  const once = 'The link works once. If you did not expect this invitation, ignore this email.';
  const expires = `Expires: ${formatTime(input.expiresAt, input.timeZone)}`;
  const html = `${pageStart(subject)}
      <h1>${escapeHtml(`Join ${input.organizationName} on ${product}`)}</h1>
      <p>${escapeHtml(greeting)}</p>
      <p>${escapeHtml(invitation)}</p>
      <p>${escapeHtml(howTo)}</p>
      <p><a href="${escapeHtml(input.acceptUrl)}">Accept the invitation to ${escapeHtml(input.organizationName)}</a></p>
      <p>${escapeHtml(once)}</p>
      <p>Expires: <time datetime="${input.expiresAt.toISOString()}">${escapeHtml(
        formatTime(input.expiresAt, input.timeZone),
      )}</time></p>
    </main>
  </body>
</html>
`;
  const text = `Join ${input.organizationName} on ${product}

${greeting}

${invitation}

${howTo}

Accept the invitation:
${input.acceptUrl}

${once}
${expires}
`;
  return { subject, html, text };
}
