import { z } from 'zod';
import { notFound } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import { keysetSql, type Direction } from '../../../lib/keyset';
import { timeIdStart } from '../../../lib/time-id-cursor';
import type { ApiToken } from '../generated/prisma/client';
import type { UsersPrisma, UsersTx } from '../db';
import type { ApiTokenInput } from '../rules/api-token-input';

export interface ApiTokenPageRequest {
  userId: string;
  includeRevoked: boolean;
  /** The (created, id) the page starts from; null on the first page. */
  after: { time: Date; id: string } | null;
  take: number;
  /** DESC (newest first) from `after`, ASC from `before`. */
  direction: Direction;
}

const ApiTokenRow = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  prefix: z.string(),
  tokenHash: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.date(),
  expiresAt: z.date(),
  lastUsedAt: z.date().nullable(),
  lastUsedIp: z.string().nullable(),
  revokedAt: z.date().nullable(),
}) satisfies z.ZodType<ApiToken>;

/** A page of one person's tokens (newest first), walking index (user_id, created_at, id) in the request's direction. */
export async function apiTokenPage(prisma: UsersPrisma, request: ApiTokenPageRequest): Promise<ApiToken[]> {
  const start = timeIdStart(request.direction);
  const afterTime = request.after?.time.toISOString() ?? start.time;
  const afterId = request.after?.id ?? start.id;
  const k = keysetSql(request.direction);
  return parseRows(
    'apiTokenPage',
    ApiTokenRow,
    await prisma.$queryRaw`
      SELECT t.id::text AS id, t.user_id::text AS "userId", t.name, t.prefix, t.token_hash AS "tokenHash",
        t.scopes, t.created_at AS "createdAt", t.expires_at AS "expiresAt", t.last_used_at AS "lastUsedAt",
        t.last_used_ip AS "lastUsedIp", t.revoked_at AS "revokedAt"
      FROM users.api_token t
      WHERE t.user_id = ${request.userId}::uuid AND (t.created_at, t.id) ${k.compare} (${afterTime}::timestamptz, ${afterId}::uuid)
        AND (${request.includeRevoked} OR t.revoked_at IS NULL)
      ORDER BY t.created_at ${k.order}, t.id ${k.order}
      LIMIT ${request.take}`,
  );
}

export function apiTokenCount(prisma: UsersPrisma, userId: string, includeRevoked: boolean): Promise<number> {
  return prisma.apiToken.count({ where: { userId, ...(includeRevoked ? {} : { revokedAt: null }) } });
}

export function insertApiToken(
  prisma: UsersPrisma | UsersTx,
  userId: string,
  input: ApiTokenInput,
  secret: { hash: string; displayed: string },
): Promise<ApiToken> {
  return prisma.apiToken.create({
    data: {
      userId,
      name: input.name,
      scopes: input.scopes,
      expiresAt: input.expiresAt,
      tokenHash: secret.hash,
      prefix: secret.displayed,
    },
  });
}

/** Revokes one of the owner's tokens (again: no change); another person's or an unknown one is NOT_FOUND. */
export async function revokeApiToken(tx: UsersTx, ownerId: string, id: string, now: Date): Promise<ApiToken> {
  await tx.apiToken.updateMany({ where: { id, userId: ownerId, revokedAt: null }, data: { revokedAt: now } });
  const token = await tx.apiToken.findFirst({ where: { id, userId: ownerId } });
  if (!token) throw notFound('API token');
  return token;
}

const CredentialRow = z.object({
  id: z.string(),
  userId: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.date(),
});

/**
 * The valid token with this hash, or null (unknown, revoked and expired alike), in one statement that
 * also records the use when the last recorded one is a minute old or more (reads must not all become
 * writes). The database's clock
 * decides expiry and the interval, the same for every router.
 */
export async function authenticateApiToken(
  prisma: UsersPrisma,
  tokenHash: string,
  clientAddress: string | null,
): Promise<z.infer<typeof CredentialRow> | null> {
  const rows = parseRows(
    'authenticateApiToken',
    CredentialRow,
    await prisma.$queryRaw`
      WITH found AS (
        SELECT id, user_id, scopes, expires_at, last_used_at FROM users.api_token
        WHERE token_hash = ${tokenHash} AND revoked_at IS NULL AND expires_at > now()
      ), touched AS (
        UPDATE users.api_token t SET last_used_at = now(), last_used_ip = ${clientAddress}
        FROM found
        WHERE t.id = found.id
          AND (found.last_used_at IS NULL OR found.last_used_at <= now() - interval '1 minute')
        RETURNING t.id
      )
      SELECT found.id::text AS id, found.user_id::text AS "userId", found.scopes, found.expires_at AS "expiresAt"
      FROM found`,
  );
  return rows[0] ?? null;
}
