import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { projectUpdated, writeProjectEvents } from '../events/project-events';
import { projectChanges, type ProjectEdits } from '../rules/project-changes';
import { lockedProject } from './project-locks';

/**
 * Writes the edits that change the locked project and announces the changed fields; when none
 * change, writes nothing and answers the project as it is.
 */
export async function updateProject(
  tx: ProjectsTx,
  actorId: string,
  projectId: string,
  edits: ProjectEdits,
): Promise<Project> {
  const current = await lockedProject(tx, projectId);
  const changes = projectChanges(current, edits);
  const changedFields = Object.keys(changes);
  if (!changedFields.length) return current;
  const saved = await tx.project.update({ where: { id: projectId }, data: changes });
  await writeProjectEvents(tx, [projectUpdated(actorId, saved, changedFields)]);
  return saved;
}
