import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { projectMemberRemoved, writeProjectEvents } from '../events/project-events';
import { takesAwayAdmin } from '../rules/last-admin';
import { assertAnotherAdmin, lockDirectMember } from './project-locks';

/** Removes a direct member under the project's lock; the last direct ADMIN cannot be removed. */
export async function removeProjectMember(
  tx: ProjectsTx,
  actorId: string,
  project: Project,
  userId: string,
): Promise<void> {
  const current = await lockDirectMember(tx, project.id, userId);
  if (takesAwayAdmin(current.role, null)) {
    await assertAnotherAdmin(tx, project.id, 'The last ADMIN of a project cannot be removed.');
  }
  await tx.projectMember.delete({ where: { projectId_userId: { projectId: project.id, userId } } });
  await writeProjectEvents(tx, [projectMemberRemoved(actorId, project, userId, current.role)]);
}
