import type { ProjectRole } from '../../../lib/roles';
import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { projectMemberAdded, writeProjectEvents } from '../events/project-events';
import { conflictOnDuplicate } from './conflicts';

/** Makes an organization member a direct member; CONFLICT on `input.userId` when they are one already. */
export async function addProjectMember(
  tx: ProjectsTx,
  actorId: string,
  project: Project,
  member: { userId: string; role: ProjectRole },
): Promise<void> {
  await conflictOnDuplicate(
    tx.projectMember.create({ data: { projectId: project.id, userId: member.userId, role: member.role } }),
    'The user is already a direct member of the project.',
    'input.userId',
  );
  await writeProjectEvents(tx, [projectMemberAdded(actorId, project, member.userId, member.role)]);
}
