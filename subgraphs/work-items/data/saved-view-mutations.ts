import { notFound } from '../../../lib/errors';
import type { WorkItemsPrisma } from '../db';
import { Prisma, type SavedView } from '../generated/prisma/client';

// Saved views are one row each, owned by a person: every write is one statement, no transaction.

/** The stored forms of a view's filter and order (storedFilterOf, storedOrderOf). */
type Stored = { filter: Prisma.InputJsonValue; orderBy: Prisma.InputJsonValue };

const isMissingRow = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025';

export function createSavedView(
  db: WorkItemsPrisma,
  input: { projectId: string; ownerId: string; name: string; shared: boolean } & Stored,
): Promise<SavedView> {
  return db.savedView.create({ data: input });
}

/** Changes what is given (undefined leaves it); NOT_FOUND when the view was deleted meanwhile. */
export async function updateSavedView(
  db: WorkItemsPrisma,
  input: { id: string; name?: string; shared?: boolean } & Partial<Stored>,
): Promise<SavedView> {
  const { id, ...data } = input;
  try {
    return await db.savedView.update({ where: { id }, data: { ...data, updatedAt: new Date() } });
  } catch (error) {
    if (isMissingRow(error)) throw notFound('Saved view');
    throw error;
  }
}

/** Deletes a view; one already gone is not an error. */
export async function deleteSavedView(db: WorkItemsPrisma, input: { id: string }): Promise<void> {
  await db.savedView.deleteMany({ where: { id: input.id } });
}
