import { conflict } from '../../../lib/errors';
import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { projectDeleted, writeProjectEvents } from '../events/project-events';
import { lockedProject } from './project-locks';

/**
 * Deletes the locked project, which must be archived (CONFLICT otherwise), with `project.deleted`:
 * its members and team links go with its row (ON DELETE CASCADE), and every other service purges
 * what it holds of the project when the event reaches it. NOT_FOUND when it is already gone.
 */
export async function deleteProject(tx: ProjectsTx, actorId: string, projectId: string): Promise<Project> {
  const project = await lockedProject(tx, projectId);
  if (project.archivedAt === null) {
    throw conflict('Only an archived project can be deleted: archive it first (archiveProject).');
  }
  await writeProjectEvents(tx, [projectDeleted(actorId, project)]);
  await tx.project.delete({ where: { id: projectId } });
  return project;
}
