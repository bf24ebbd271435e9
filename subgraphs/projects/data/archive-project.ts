import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { projectArchived, projectRestored, writeProjectEvents } from '../events/project-events';
import { lockedProject } from './project-locks';

/**
 * Archives (`archived: true`) or restores the locked project, with `project.archived` or
 * `project.restored`; a project already in that state is answered as it is, with no write and no event.
 */
export async function setProjectArchived(
  tx: ProjectsTx,
  actorId: string,
  projectId: string,
  archived: boolean,
): Promise<{ project: Project; changed: boolean }> {
  const current = await lockedProject(tx, projectId);
  if ((current.archivedAt !== null) === archived) return { project: current, changed: false };
  const project = await tx.project.update({
    where: { id: projectId },
    data: { archivedAt: archived ? new Date() : null },
  });
  await writeProjectEvents(tx, [archived ? projectArchived(actorId, project) : projectRestored(actorId, project)]);
  return { project, changed: true };
}
