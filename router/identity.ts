import { verifyAccessToken } from '../lib/auth/access-token';

export type CallerIdentity =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; expiresAt: Date }
  | { kind: 'invalid'; reason: 'expired' | 'invalid' };

/** Who is calling, from `Authorization: Bearer <token>`; no header means anonymous. */
export async function resolveIdentity(authorization: string | undefined, jwtSecret: string): Promise<CallerIdentity> {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) return { kind: 'invalid', reason: 'invalid' };
  const check = await verifyAccessToken(jwtSecret, match[1]);
  if (!check.ok) return { kind: 'invalid', reason: check.reason };
  // Subgraphs read a `service:` prefix as another service calling; a user id can never claim that.
  if (check.userId.startsWith('service:')) return { kind: 'invalid', reason: 'invalid' };
  return { kind: 'user', userId: check.userId, expiresAt: check.expiresAt };
}
