import { signToken, verifyToken } from '../../../lib/signed-token';
import { notificationTypes, type NotificationType } from '../notification-types';

// One-click unsubscribe links: the token names a user and a notification type and carries an
// HMAC-SHA256 of both, so following the link needs no login and cannot be forged for anyone else.
// Tokens do not expire: a link in an old email keeps working.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const purpose = 'unsubscribe';

/** `<base64url(userId:type)>.<base64url(hmac)>` */
export function createUnsubscribeToken(signingSecret: string, userId: string, type: NotificationType): string {
  return signToken(signingSecret, purpose, `${userId.toLowerCase()}:${type}`);
}

/** The user and type of a valid token, or null for anything malformed or tampered with. */
export function verifyUnsubscribeToken(
  signingSecret: string,
  token: string,
): { userId: string; type: NotificationType } | null {
  const payload = verifyToken(signingSecret, purpose, token, 200);
  if (payload === null) return null;
  const [userId, type, ...rest] = payload.split(':');
  if (rest.length || !userId || !uuidPattern.test(userId)) return null;
  if (!(notificationTypes as readonly string[]).includes(type ?? '')) return null;
  return { userId, type: type as NotificationType };
}

/** The link in emails (and the List-Unsubscribe header): the router's one-click endpoint. */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/unsubscribe?token=${encodeURIComponent(token)}`;
}
