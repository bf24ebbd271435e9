import { createHmac, timingSafeEqual } from 'node:crypto';
import { notificationTypes, type NotificationType } from '../notification-types';

// One-click unsubscribe links: the token names a user and a notification type and carries an
// HMAC-SHA256 of both, so following the link needs no login and cannot be forged for anyone else.
// Tokens do not expire: a link in an old email keeps working.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A key of its own for unsubscribe tokens, derived from the signing secret. */
function unsubscribeKey(signingSecret: string): Buffer {
  return createHmac('sha256', signingSecret).update('unsubscribe').digest();
}

function mac(signingSecret: string, payload: string): Buffer {
  return createHmac('sha256', unsubscribeKey(signingSecret)).update(payload).digest();
}

/** `<base64url(userId:type)>.<base64url(hmac)>` */
export function createUnsubscribeToken(signingSecret: string, userId: string, type: NotificationType): string {
  const payload = `${userId.toLowerCase()}:${type}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(signingSecret, payload).toString('base64url')}`;
}

/** The user and type of a valid token, or null for anything malformed or tampered with. */
export function verifyUnsubscribeToken(
  signingSecret: string,
  token: string,
): { userId: string; type: NotificationType } | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token.trim());
  if (!match) return null;
  const payload = Buffer.from(match[1]!, 'base64url').toString('utf8');
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = mac(signingSecret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, type, ...rest] = payload.split(':');
  if (rest.length || !userId || !uuidPattern.test(userId)) return null;
  if (!(notificationTypes as readonly string[]).includes(type ?? '')) return null;
  return { userId, type: type as NotificationType };
}

/** The link in emails (and the List-Unsubscribe header): the router's one-click endpoint. */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/unsubscribe?token=${encodeURIComponent(token)}`;
}
