import type { ProjectRole } from '../../../lib/roles';
import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { projectMemberRoleChanged, writeProjectEvents } from '../events/project-events';
import { takesAwayAdmin } from '../rules/last-admin';
import { assertAnotherAdmin, lockDirectMember } from './project-locks';

/**
 * Changes a direct member's role under the project's lock; a member who already has the role
 * changes nothing and no event is written. The last direct ADMIN cannot be demoted.
 */
export async function changeProjectMemberRole(
  tx: ProjectsTx,
  actorId: string,
  project: Project,
  change: { userId: string; role: ProjectRole },
): Promise<void> {
  const { userId, role } = change;
  const current = await lockDirectMember(tx, project.id, userId);
  if (current.role === role) return;
  if (takesAwayAdmin(current.role, role)) {
    await assertAnotherAdmin(tx, project.id, 'The last ADMIN of a project cannot be demoted.');
  }
  await tx.projectMember.update({ where: { projectId_userId: { projectId: project.id, userId } }, data: { role } });
  await writeProjectEvents(tx, [
    projectMemberRoleChanged(actorId, project, { userId, role, previousRole: current.role }),
  ]);
}
