import { createHash, randomBytes } from 'node:crypto';
import { uuidPattern } from './ids';
import { signToken, verifyToken } from './signed-token';

// The signed, single-use links of organization invitations. The users service issues a random nonce
// per sending and stores only the SHA-256 of the token; the notifications service, which sends the
// email, rebuilds the token from the invitation's id and nonce (carried by the event) with a key
// derived from the signing secret every service shares. So neither the stream, the outbox nor either
// database holds a usable token, and a token cannot be made up without the key.

/** The path of the links in invitation emails, after PUBLIC_URL: the web client's accept page. */
export const invitationAcceptPath = '/invitations/accept';

const purpose = 'organization invitations';

/** A fresh nonce for one sending of an invitation. */
export const newInvitationNonce = (): string => randomBytes(16).toString('hex');

/** `<base64url(invitationId:nonce)>.<base64url(hmac)>` */
export function createInvitationToken(signingSecret: string, invitationId: string, nonce: string): string {
  return signToken(signingSecret, purpose, `${invitationId.toLowerCase()}:${nonce}`);
}

/** The invitation a well-formed, correctly signed token names; null for anything else. */
export function verifyInvitationToken(signingSecret: string, token: string): { invitationId: string } | null {
  const payload = verifyToken(signingSecret, purpose, token);
  const [invitationId, nonce, ...rest] = payload?.split(':') ?? [];
  if (rest.length || !invitationId || !uuidPattern.test(invitationId) || !/^[0-9a-f]{32}$/.test(nonce ?? '')) {
    return null;
  }
  return { invitationId };
}

/** What the users service stores instead of the token. */
export const hashInvitationToken = (token: string): string => createHash('sha256').update(token.trim()).digest('hex');

/** The link in the invitation email. */
export function invitationUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${invitationAcceptPath}?token=${encodeURIComponent(token)}`;
}
