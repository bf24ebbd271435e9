import { conflict } from '../../../lib/errors';
import type { Prisma, User } from '../generated/prisma/client';
import type { UsersPrisma } from '../db';
import { isRecordNotFound, isUniqueViolation } from '../../../lib/db/errors';

export async function createUser(
  prisma: UsersPrisma,
  data: { email: string; name: string; passwordHash: string },
): Promise<User> {
  try {
    return await prisma.user.create({ data });
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

/** Null when the user no longer exists (P2025). */
export async function updateUser(prisma: UsersPrisma, id: string, data: Prisma.UserUpdateInput): Promise<User | null> {
  try {
    return await prisma.user.update({ where: { id }, data });
  } catch (error) {
    if (isRecordNotFound(error)) return null;
    throw error;
  }
}
