import { conflict } from '../../../lib/errors';
import type { Prisma, User } from '../generated/prisma/client';
import type { UsersPrisma, UsersTx } from '../db';
import { isRecordNotFound, isUniqueViolation } from '../../../lib/db/errors';

/** A new account; CONFLICT on `input.email` when the address has one. One INSERT: no transaction needed. */
export async function createUser(
  tx: UsersTx,
  data: { email: string; name: string; passwordHash: string },
): Promise<User> {
  try {
    return await tx.user.create({ data });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('An account with this email address already exists.', { field: 'input.email' });
    }
    throw error;
  }
}

export function findUserByEmail(prisma: UsersPrisma, normalisedEmail: string): Promise<User | null> {
  return prisma.user.findUnique({ where: { email: normalisedEmail } });
}

/**
 * A stronger hash of the same password, written only if the stored hash is still the one that was
 * checked (a concurrent password change wins). One UPDATE: no transaction needed.
 */
export async function replacePasswordHash(
  prisma: UsersPrisma,
  id: string,
  checkedHash: string,
  passwordHash: string,
): Promise<void> {
  await prisma.user.updateMany({ where: { id, passwordHash: checkedHash }, data: { passwordHash } });
}

/** Null when the user no longer exists (P2025). One UPDATE: no transaction needed. */
export async function updateUser(tx: UsersTx, id: string, data: Prisma.UserUpdateInput): Promise<User | null> {
  try {
    return await tx.user.update({ where: { id }, data });
  } catch (error) {
    if (isRecordNotFound(error)) return null;
    throw error;
  }
}

/** Names, addresses and time zones of the accounts with these raw ids, in one statement. */
export function findUserContacts(
  prisma: UsersPrisma,
  ids: string[],
): Promise<Pick<User, 'id' | 'name' | 'email' | 'timeZone'>[]> {
  return prisma.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, email: true, timeZone: true },
  });
}
